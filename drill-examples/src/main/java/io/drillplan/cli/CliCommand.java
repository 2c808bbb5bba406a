package io.drillplan.cli;

import io.drillplan.changes.InvalidChangeException;
import io.drillplan.format.FormatException;
import io.drillplan.model.Excerpt;
import io.drillplan.model.InvalidProblemException;
import java.io.PrintWriter;
import java.util.List;
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

    /** The language chosen, once asked for. */
    private Language language;

    /** Runs the command; throws {@link BadInputException} for anything the user must fix. */
    abstract int run();

    @Override
    public final Integer call() {
        try {
            language();
            return run();
        } catch (BadInputException e) {
            e.lines(text()).forEach(err()::println);
            debugTrace(e);
            return BAD_INPUT;
        } catch (FormatException e) {
            err().println(e.message(locale()));
            debugTrace(e);
            return BAD_INPUT;
        } catch (InvalidProblemException e) {
            printInvalid("problem", e.messages(locale()));
            debugTrace(e);
            return BAD_INPUT;
        } catch (InvalidChangeException e) {
            printInvalid("change", e.messages(locale()));
            debugTrace(e);
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err().println(text().text("error.outOfMemory"));
            return UNEXPECTED;
        } catch (RuntimeException e) {
            err().println(unexpected(e, text()));
            debugTrace(e);
            return UNEXPECTED;
        }
    }

    /** "invalid problem: ..." or "invalid problem, N errors:" and the list ({@code what} is problem or change). */
    private void printInvalid(String what, List<String> problems) {
        err().println(problems.size() == 1 ? text().text(what + ".invalidOne", problems.get(0))
                : text().text(what + ".invalidMany", problems.size(), String.join("\n  ", problems)));
    }

    /** The one line shown for a failure nobody anticipated. */
    static String unexpected(Throwable e, Messages text) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return text.text("error.internal", Excerpt.printable(what));
    }

    /**
     * The language of this run: {@code --lang} when given anywhere on the command line, else the
     * environment's (see {@link Language}).
     *
     * @throws BadInputException when {@code --lang} names no language there are texts for
     */
    Language language() {
        if (language == null) {
            // Set first, so that when languageOf refuses an unknown --lang, its message is worded
            // in the environment's language.
            language = Language.of(System.getenv());
            language = languageOf(spec);
        }
        return language;
    }

    /**
     * The language of a run of the command {@code spec}: {@code --lang} when given anywhere on its
     * command line, else the environment's.
     *
     * @throws BadInputException when {@code --lang} names no language there are texts for
     */
    static Language languageOf(CommandSpec spec) {
        String option = null;
        for (CommandSpec s = spec; s != null && option == null; s = s.parent()) {
            ParseResult parsed = s.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--lang")) {
                option = parsed.matchedOptionValue("--lang", null);
            }
        }
        return option == null ? Language.of(System.getenv()) : Language.resolve(option, System.getenv());
    }

    /** The texts of this run's language. */
    Messages text() {
        return Messages.of(language());
    }

    /** The locale drill-core's texts are asked for. */
    java.util.Locale locale() {
        return language().locale();
    }

    /** The words of the spreadsheet commands in this run's language. */
    SheetLabels labels() {
        return SheetLabels.of(language().code());
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
