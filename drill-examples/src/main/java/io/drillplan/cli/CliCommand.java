package io.drillplan.cli;

import io.drillplan.format.FormatException;
import io.drillplan.model.InvalidProblemException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: its output streams and the translation of failures into exit
 * codes, done here rather than in picocli's handlers so that a command behaves the same whether
 * it is run from {@link DrillCommand#main} or from a {@code CommandLine} built anywhere else.
 */
abstract class CliCommand implements Callable<Integer> {

    /** The command did what was asked and found nothing wrong. */
    static final int OK = 0;
    /** The schedule breaks a hard rule (or the solver found no feasible one). */
    static final int INFEASIBLE = 1;
    /** The input or an output path is unusable. */
    static final int BAD_INPUT = 2;
    /** Something failed that the input does not explain. */
    static final int UNEXPECTED = 3;

    @Spec
    CommandSpec spec;

    /** Runs the command; throws {@link BadInputException} for anything the user must fix. */
    abstract int run();

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (BadInputException e) {
            e.lines().forEach(err()::println);
            debugTrace(e);
            return BAD_INPUT;
        } catch (FormatException e) {
            err().println(e.getMessage());
            debugTrace(e);
            return BAD_INPUT;
        } catch (InvalidProblemException e) {
            err().println(e.getMessage());
            debugTrace(e);
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err().println("out of memory: give Java more heap, for example DRILL_JAVA_OPTS=-Xmx4g ./drill ...");
            return UNEXPECTED;
        } catch (RuntimeException e) {
            err().println(unexpected(e));
            debugTrace(e);
            return UNEXPECTED;
        }
    }

    /** The one line shown for a failure nobody anticipated. */
    static String unexpected(Throwable e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return "internal error: " + io.drillplan.model.Excerpt.printable(what) + " (rerun with --debug to see the stack trace)";
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Whether {@code --debug} was given anywhere on the command line. */
    boolean debug() {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            ParseResult parsed = s.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private void debugTrace(Throwable e) {
        if (debug()) {
            e.printStackTrace(err());
        }
    }
}
