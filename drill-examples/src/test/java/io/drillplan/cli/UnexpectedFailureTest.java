package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A failure the input does not explain: exit 3, one line and a hint; the trace only with --debug. */
class UnexpectedFailureTest {

    /** A subcommand that fails the way a bug would. */
    @Command(name = "boom")
    static final class Boom extends CliCommand {
        @Override
        int run() {
            throw new IllegalStateException("slot index -1 out of range");
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new DrillCommand()).addSubcommand("boom", new Boom());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new String[] {String.valueOf(cl.execute(args)), out.toString(), err.toString()};
    }

    @Test
    void oneLineWithAHintAndExitCode3() {
        String[] r = run("boom");
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[2].strip()).isEqualTo(
                "internal error: slot index -1 out of range (rerun with --debug to see the stack trace)");
    }

    @Test
    void debugAddsTheStackTrace() {
        assertThat(run("boom", "--debug")[2]).contains("IllegalStateException").contains("at io.drillplan.cli.");
        assertThat(run("--debug", "boom")[2]).contains("IllegalStateException");
    }

    @Test
    void noCommandShowsTheUsageAndExitCode2() {
        String[] r = run();
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("missing COMMAND").contains("plan").contains("validate");
    }
}
