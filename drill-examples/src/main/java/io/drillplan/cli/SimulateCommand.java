package io.drillplan.cli;

import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Excerpt;
import io.drillplan.model.Schedule;
import io.drillplan.report.SimulationHtml;
import io.drillplan.report.SimulationTable;
import io.drillplan.simulation.DisruptionModel;
import io.drillplan.simulation.MonteCarlo;
import io.drillplan.simulation.ReplanPolicy;
import io.drillplan.simulation.SimulationOptions;
import io.drillplan.simulation.SimulationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code drill simulate}: how robust is a published schedule? Runs the month many times with
 * random incidents, heavy rain and cancellations (the June model of
 * {@link DisruptionModel#JUNE}) under each re-planning policy, and prints their comparison.
 *
 * <pre>{@code
 * drill simulate problem.json schedule.json --runs 50 --policy repair,shift,none --seed 7 --html sim.html
 * }</pre>
 *
 * <p>Exit codes: 0 done, 2 bad input (a file that cannot be read, an invalid problem, a schedule
 * that breaks a hard rule, a bad option), 3 unexpected failure. Failures print one message on
 * stderr in the run's language, no stack trace.
 */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        description = {"Simulates the month over a published schedule, with rescue teams",
            "called to incidents, heavy rain and units calling drills off, and",
            "compares the re-planning policies: NONE (a disrupted drill is lost),",
            "SHIFT (its next free slot, greedily) and REPAIR (SHIFT; where drills",
            "are still out, it moves drills not yet announced to make room, then",
            "lets the solver re-plan the rest of the month; its plan is kept only",
            "when it holds more and tells no more teams and units than SHIFT's)."},
        footer = {"", "Every policy meets the same disruptions in a replication; the same seed gives the same report.",
            "Exit codes: 0 done, 2 bad input, 3 unexpected failure."})
public final class SimulateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem (drillplan-problem/1 JSON).")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SCHEDULE",
            description = "The published schedule (drillplan-schedule/1 JSON); it must keep every hard rule.")
    Path scheduleFile;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "30",
            description = "Replications per policy (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--policy", paramLabel = "LIST", split = ",", defaultValue = "repair,shift,none",
            description = "Policies to compare, comma-separated: repair, shift, none (default: ${DEFAULT-VALUE}).")
    List<String> policies;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--notice-days", paramLabel = "DAYS", defaultValue = "2",
            description = "Days after today whose drills count as announced: REPAIR leaves them be (default: ${DEFAULT-VALUE}).")
    int noticeDays;

    @Option(names = "--repair-steps", paramLabel = "N",
            description = "Budget of each REPAIR morning: exchanges tried and solver steps (default: 200).")
    Long repairSteps;

    @Option(names = "--rate-factor", paramLabel = "X", defaultValue = "1",
            description = "Multiplies every disruption rate of the June model: 2 for a rough month, 0 for none (default: ${DEFAULT-VALUE}).")
    double rateFactor;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = {"Disruptions that happen in every replication, on top of the random ones, one a line:",
                "'away TEAM FROM TO', 'rain REGION DATE', 'cancel UNIT [DRILL] DATE'.",
                "With --rate-factor 0 the month replays exactly these."})
    Path scenario;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads to run replications on (default: the number of processors).")
    Integer threads;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write an HTML report with charts (self-contained, works offline).")
    Path html;


    @Option(names = "--log", paramLabel = "FILE",
            description = "Also write the event log of replication 1 of the first policy, one event per line.")
    Path log;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    boolean noProgress;

    /** Creates the command; picocli fills in its options. */
    public SimulateCommand() {
        // The options are injected by picocli.
    }

    /**
     * Runs the simulation and prints the comparison table.
     *
     * @return the exit code: 0 done, 2 bad input
     */
    @Override
    int run() {
        PrintWriter out = out();
        PrintWriter err = err();
        Messages text = text();
        Locale locale = locale();
        List<ReplanPolicy> chosen = policies();
        if (runs < 1) {
            throw BadInputException.of("simulate.runs", runs);
        }
        if (threads != null && threads < 1) {
            throw BadInputException.of("simulate.threads", threads);
        }
        if (!Double.isFinite(rateFactor) || rateFactor < 0) {
            throw BadInputException.of("simulate.rateFactor", rateFactor);
        }
        if (noticeDays < 0) {
            throw BadInputException.of("simulate.noticeDays", noticeDays);
        }
        if (repairSteps != null && repairSteps < 0) {
            throw BadInputException.of("simulate.repairSteps", repairSteps);
        }
        SimulationOptions options = SimulationOptions.DEFAULT.withNoticeDays(noticeDays);
        if (repairSteps != null) {
            options = options.withRepairSteps(repairSteps);
        }
        DrillProblem problem = DrillFormat.readProblem(problemFile);
        Schedule published = DrillFormat.readSchedule(scheduleFile);
        // Before the long run: an output that must not or cannot be written fails now.
        List<Path> inputs = scenario == null ? List.of(problemFile, scheduleFile)
                : List.of(problemFile, scheduleFile, scenario);
        if (html != null) {
            OutputFiles.checkFile(html, "--html", inputs, false);
        }
        if (log != null) {
            OutputFiles.checkFile(log, "--log", inputs, false);
        }
        DisruptionModel model = rateFactor == 1 ? DisruptionModel.JUNE : DisruptionModel.JUNE.scaled(rateFactor);
        SimulationScenario.Parsed script = null;
        if (scenario != null) {
            script = SimulationScenario.read(scenario);
            model = model.withScripted(script.events());
        }
        MonteCarlo monteCarlo;
        try {
            monteCarlo = MonteCarlo.of(problem, published, model);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new BadInputException(script != null && message.startsWith("disruption model: ")
                    ? SimulationScenario.locate(message.substring("disruption model: ".length()), scenario, script)
                    : scheduleFile + ": " + message);
        }
        monteCarlo = monteCarlo.withPolicies(chosen).withRuns(runs).withSeed(seed).withOptions(options)
                .withThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        SimulationReport report;
        int total = runs * chosen.size();
        if (noProgress) {
            report = monteCarlo.run();
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName(text.text("simulate.progress")).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.print('\r' + line);
                        err.flush();
                    }, 80))
                    .build()) {
                report = monteCarlo.withProgress((done, all) -> bar.stepTo(done)).run();
            }
            err.println();
        }
        out.print(SimulationTable.text(report, locale));
        if (html != null) {
            // The inputs as file names and the rate factor, which read the same in either language.
            String described = problemFile.getFileName() + " · " + scheduleFile.getFileName()
                    + (rateFactor == 1 ? "" : String.format(Locale.ROOT, " · ×%s", rateFactor))
                    + (scenario == null ? "" : " · " + scenario.getFileName());
            OutputFiles.write(html, SimulationHtml.html(report, described, locale),
                    "--html");
            out.println(text.text("output.wrote", html));
        }
        if (log != null) {
            OutputFiles.write(log, report.firstRun(chosen.get(0)).log(locale), "--log");
            out.println(text.text("output.wrote", log));
        }
        return OK;
    }

    private List<ReplanPolicy> policies() {
        List<ReplanPolicy> chosen = new ArrayList<>();
        for (String name : policies) {
            String wanted = name.trim().toUpperCase(Locale.ROOT);
            ReplanPolicy policy = null;
            for (ReplanPolicy p : ReplanPolicy.values()) {
                if (p.name().equals(wanted)) {
                    policy = p;
                }
            }
            if (policy == null) {
                throw BadInputException.of("simulate.policyUnknown", Excerpt.quote(name));
            }
            if (chosen.contains(policy)) {
                throw BadInputException.of("simulate.policyTwice", Excerpt.quote(name));
            }
            chosen.add(policy);
        }
        if (chosen.isEmpty()) {
            throw BadInputException.of("simulate.policyNone");
        }
        return chosen;
    }
}
