package io.drillplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code drill} command in-process, as the brief's embedders would, capturing its output. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        /** Both streams, for assertions about what must never appear anywhere. */
        String all() {
            return out + err;
        }
    }

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new DrillCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
