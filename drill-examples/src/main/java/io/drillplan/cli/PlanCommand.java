package io.drillplan.cli;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.ProblemLimits;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.report.PlanReport;
import io.drillplan.report.ScheduleSummary;
import io.drillplan.samples.SampleProblems.Preset;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.Explanation;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.RobustPlanning;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill plan}: plans a month, writes the schedule and its HTML report, and summarises. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plans a month of drills: writes the schedule and an HTML report and prints a summary.",
            "Without a problem file it plans a sample (the pilot unless --preset says otherwise).",
            "Ctrl-C stops the search early; the best schedule found so far is still written.",
            "Exit code 0 when the schedule is feasible, 1 when it is not, 2 on bad input.",
            "",
            "Input limits (a larger problem is refused with exit code 2; see docs/limits.md):",
            "  at most " + ProblemLimits.MAX_DRILLS + " drills, " + ProblemLimits.MAX_UNITS + " units, "
                    + ProblemLimits.MAX_TEAMS + " teams, " + ProblemLimits.MAX_REGIONS + " regions;",
            "  a horizon of at most " + ProblemLimits.MAX_HORIZON_DAYS + " days and "
                    + ProblemLimits.MAX_SLOTS_PER_DAY + " slots a day;",
            "  at most " + ProblemLimits.MAX_TEAMS_PER_DRILL + " teams per drill (role counts added up) and "
                    + ProblemLimits.MAX_PREREQUISITES + " prerequisites;",
            "  after.minDays 0.." + ProblemLimits.MAX_MIN_DAYS + ", priority 1..5, participants 0.."
                    + ProblemLimits.MAX_PARTICIPANTS + ",",
            "  serviceRadiusKm 0.." + ProblemLimits.MAX_SERVICE_RADIUS_KM + ";",
            "  ids of at most " + ProblemLimits.MAX_ID_LENGTH + " characters, texts of at most "
                    + ProblemLimits.MAX_TEXT_LENGTH + ",",
            "  valid Unicode without control characters;",
            "  a regular file of at most " + DrillFormat.MAX_DOCUMENT_BYTES / (1024 * 1024)
                    + " MiB, nested at most 64 levels deep.",
            "Outputs must be regular files or new names: devices, pipes and symbolic",
            "links are refused."})
final class PlanCommand extends CliCommand {

    /** How long Ctrl-C waits for the files to be written before the JVM goes down anyway. */
    private static final long INTERRUPT_GRACE_SECONDS = 120;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROBLEM",
            description = "The problem file (drillplan-problem/1); never overwritten.")
    Path problemFile;

    @Mixin
    SampleOptions sample;

    /** The language of the report. */
    private Locale locale;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Search budget, e.g. 30s, 2m, 1m30s (default: ${DEFAULT-VALUE}); it stops earlier only "
                    + "when every drill that can be held is held and the schedule has stopped improving.")
    Duration timeLimit;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Independent searches side by side, each with its own seed; the best schedule wins. "
                    + "At most " + THREADS_PER_PROCESSOR + " per processor (default: ${DEFAULT-VALUE}).")
    int threads;

    /** Searches beyond a few per processor only wait for each other, and each holds a copy of the solution. */
    static final int THREADS_PER_PROCESSOR = 2;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Schedule file to write (default: out/<name>-schedule.json).")
    Path output;

    @Option(names = "--html", paramLabel = "FILE", description = "HTML report to write (default: out/<name>-report.html).")
    Path html;

    @Option(names = "--force", description = "Overwrite an existing problem file named by -o or --html.")
    boolean force;

    @Option(names = "--robust", arity = "0..1", fallbackValue = "2", paramLabel = "DAYS",
            description = "Keep the last DAYS days of every window free where it can (default when given: "
                    + "${FALLBACK-VALUE}), so that a drill knocked out on its date still has days to go to.")
    Integer robust;

    /** Set by the Ctrl-C hook, so that the summary says the search was cut short. */
    private volatile boolean interrupted;

    @Override
    int run() {
        // A bad --lang is refused before the search, not after it.
        locale = locale();
        if (problemFile != null && sample.preset != null) {
            throw BadInputException.of("plan.fileOrPreset", problemFile, SampleOptions.stem(sample.preset));
        }
        if (threads < 1) {
            throw BadInputException.of("plan.threadsNotPositive", threads);
        }
        int processors = Runtime.getRuntime().availableProcessors();
        if (threads > THREADS_PER_PROCESSOR * processors) {
            throw BadInputException.of("plan.threadsTooMany", threads, THREADS_PER_PROCESSOR * processors,
                    THREADS_PER_PROCESSOR, processors);
        }
        if (robust != null && robust < 0) {
            throw BadInputException.of("plan.robustNegative", robust);
        }
        String name;
        List<Path> inputs = new ArrayList<>();
        if (problemFile != null) {
            name = stem(problemFile);
            inputs.add(problemFile);
        } else {
            name = SampleOptions.stem(sample.presetOr(Preset.PILOT));
        }
        Path schedulePath = output != null ? output : Path.of("out", name + "-schedule.json");
        Path htmlPath = html != null ? html : Path.of("out", name + "-report.html");
        if (OutputFiles.sameFile(schedulePath, htmlPath)) {
            throw BadInputException.of("output.sameFile", "-o", "--html", schedulePath);
        }
        OutputFiles.checkFile(schedulePath, "-o", inputs, force);
        OutputFiles.checkFile(htmlPath, "--html", inputs, force);

        DrillProblem problem = problemFile != null
                ? InputFiles.problem(problemFile)
                : sample.generate(sample.presetOr(Preset.PILOT), language());
        InputFiles.validate(problem, problemFile != null ? problemFile.toString() : text().text("plan.sampleSource", name));

        PlannerOptions options = PlannerOptions.DEFAULT.withTimeLimit(timeLimit).withThreads(threads)
                .withSeed(sample.seed);
        DrillPlanner planner = DrillPlanner.create(options);
        err().println(text().text("plan.starting", problem.name(), problem.drills().size(), problem.teams().size(),
                problem.units().size(), DurationConverter.format(timeLimit)));
        err().flush();

        CountDownLatch written = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            interrupted = true;
            err().println();
            err().println(text().text("plan.interrupted"));
            err().flush();
            planner.terminateEarly();
            try {
                written.await(INTERRUPT_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "drill-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return planAndWrite(planner, problem, schedulePath, htmlPath);
        } finally {
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and now lets the JVM exit.
            }
        }
    }

    private int planAndWrite(DrillPlanner planner, DrillProblem problem, Path schedulePath, Path htmlPath) {
        long started = System.nanoTime();
        Schedule schedule;
        try (ProgressDisplay progress = new ProgressDisplay(err(), problem.drills().size(), text())) {
            schedule = robust != null && robust > 0
                    ? RobustPlanning.plan(planner, problem, robust, progress)
                    : planner.plan(problem, progress);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Explanation explanation = null;
        String explainFailure = null;
        if (interrupted) {
            // Scoring the whole schedule again takes as long as building the first one: after
            // Ctrl-C the user wants the files now.
            explainFailure = text().text("plan.explainSkipped");
        } else {
            try {
                explanation = planner.explain(problem, schedule);
            } catch (RuntimeException e) {
                explainFailure = e.getMessage();
            }
        }
        ScheduleSummary summary = new ScheduleSummary(problem, schedule);
        // Both files at once, the report's old version removed first: a kill never leaves a new
        // schedule next to the report of an old one.
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(schedulePath, DrillFormat.scheduleToJson(schedule));
        try {
            files.put(htmlPath, PlanReport.html(summary, explanation, explainFailure, locale));
        } catch (RuntimeException e) {
            // The search's result is worth keeping even when its report cannot be made; the old
            // report goes, as it describes another schedule.
            try {
                java.nio.file.Files.deleteIfExists(htmlPath);
            } catch (java.io.IOException ignored) {
                // The report failure below is what gets reported.
            }
            OutputFiles.writeAll(files, "-o");
            throw e;
        }
        OutputFiles.writeAll(files, "-o and --html");
        CheckReport check = ScheduleChecker.check(problem, schedule);

        out().println(problem.name());
        out().println(text().text(interrupted ? "plan.plannedStopped" : "plan.planned", DurationConverter.format(took),
                schedule.score().map(Score::toString).orElse("-")));
        boolean feasible = check.feasible() && schedule.score().map(Score::isFeasible).orElse(true);
        if (feasible) {
            out().println(text().text("plan.feasible"));
        } else if (!check.feasible()) {
            out().println(text().text("plan.infeasible", check.summary(locale())));
        } else {
            out().println(text().text("plan.infeasibleScoreOnly"));
        }
        out().println();
        ConsoleSummary.print(out(), summary, text());
        out().println();
        out().println(text().text("output.wrote", schedulePath));
        out().println(text().text("output.wrote", htmlPath));
        out().flush();
        return feasible ? OK : INFEASIBLE;
    }

    /** {@code pilot} for {@code data/pilot.json}: the file name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
