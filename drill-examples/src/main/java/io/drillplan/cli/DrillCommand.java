package io.drillplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code drill} command: plans the drills of a Safety Production Month and exports the result
 * for teams and units.
 *
 * <pre>{@code
 * ./drill plan                        # plans the pilot sample, writes out/pilot-schedule.json and out/pilot-report.html
 * ./drill validate problem.json schedule.json
 * }</pre>
 *
 * <p>Run it with {@link #main}, or embed it as {@code new CommandLine(new DrillCommand()).execute(args)}:
 * both give the same exit codes (0 success, 1 infeasible or violations, 2 bad input, 3 unexpected
 * failure) and print failures as one message on stderr.
 */
@Command(name = "drill",
        mixinStandardHelpOptions = true,
        versionProvider = DrillCommand.Version.class,
        description = "Plans the emergency drills of the Safety Production Month.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            GenerateCommand.class,
            PlanCommand.class,
            ExplainCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            ReplanCommand.class,
            SimulateCommand.class,
            TemplateCommand.class,
            ImportCommand.class,
            SummaryCommand.class,
        },
        footer = {"", "Exit codes: 0 success, 1 infeasible schedule or hard-rule violations,",
            "2 bad input, 3 unexpected failure.", "Run 'drill COMMAND --help' for a command's options."})
public final class DrillCommand implements Callable<Integer> {

    /** The bundle of the usage help's texts; picocli looks each option and command up in it. */
    static final String HELP_BUNDLE = "io.drillplan.cli.Help";

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace too.")
    boolean debug;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages, help, headers and labels: zh (Chinese) or en (English). "
                    + "Default: from LC_ALL, LC_MESSAGES or LANG (zh_* gives Chinese).")
    String lang;

    /** Creates the command; picocli fills in its options. */
    public DrillCommand() {
        // The options are injected by picocli.
    }

    /** Without a subcommand: shows the usage on stderr and ends with exit code 2. */
    @Override
    public Integer call() {
        Language language = lang == null ? Language.of(System.getenv())
                : java.util.Objects.requireNonNullElse(Language.named(lang), Language.EN);
        spec.commandLine().getErr().println(Messages.of(language).text("drill.missingCommand"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliCommand.BAD_INPUT;
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine(languageOf(args)).execute(args));
    }

    /**
     * The command line as {@link #main} runs it, in the environment's language: failures that
     * escape a command (out of memory, a failure inside picocli) still end as one line on stderr
     * with exit code 3.
     *
     * @return a configured command line
     */
    public static CommandLine commandLine() {
        return commandLine(Language.of(System.getenv()));
    }

    /**
     * The language {@code --lang} asks for among {@code args}, else the environment's: the help
     * is worded before any command runs, so the arguments are looked at here already.
     */
    static Language languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null && Language.named(value) != null) {
                return Language.named(value);
            }
        }
        return Language.of(System.getenv());
    }

    /** The command line with its help and its own messages in {@code language}. */
    static CommandLine commandLine(Language language) {
        CommandLine cl = new CommandLine(new DrillCommand());
        cl.setResourceBundle(Messages.bundle(HELP_BUNDLE, language));
        Messages text = Messages.of(language);
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println(CliCommand.unexpected(e, text));
            if (parsed.expandedArgs().contains("--debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return CliCommand.UNEXPECTED;
        });
        // A mistyped option gets its message and a pointer to the help, not the whole help page.
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            // The message quotes the argument as typed, escape sequences included.
            ParseErrors.lines(e, text).forEach(line -> failed.getErr().println(io.drillplan.model.Excerpt.printable(line)));
            failed.getErr().println(text.text("drill.seeHelp", failed.getCommandSpec().qualifiedName()));
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DrillCommand.class.getPackage().getImplementationVersion();
            return new String[] {"drill " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
        }
    }
}
