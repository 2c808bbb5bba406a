package io.drillplan.cli;

import io.drillplan.changes.ChangedMonth;
import io.drillplan.changes.DrillAdded;
import io.drillplan.changes.DrillCancelled;
import io.drillplan.changes.InvalidChangeException;
import io.drillplan.changes.MonthChange;
import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.format.ChangeFormat;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.report.CalendarExport;
import io.drillplan.report.ChangeReport;
import io.drillplan.report.ScheduleSummary;
import io.drillplan.solver.DrillChange;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.solver.Replan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code drill replan}: the month as it happens. Applies a changes file to the published
 * schedule from a given day on, writes the new version and says who must be told what.
 */
@Command(name = "replan", mixinStandardHelpOptions = true,
        description = {"Re-plans a published schedule after the changes in a",
            "drillplan-changes/1 file (teams away, units closed, drills cancelled,",
            "added, held or not held), from --today on: nothing before that day moves.",
            "Writes the new schedule and a change report (every drill moved, dropped",
            "or added, and what each team and unit must be told), also printed.",
            "Exit code 0 when the new schedule is feasible, 1 when it is not,",
            "2 on bad input."})
final class ReplanCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem file (drillplan-problem/1).")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "PUBLISHED", description = "The published schedule (drillplan-schedule/1).")
    Path publishedFile;

    @Parameters(index = "2", paramLabel = "CHANGES", description = "What happened (drillplan-changes/1, see docs/changes.md).")
    Path changesFile;

    @Option(names = "--today", required = true, paramLabel = "DATE",
            description = "The day the re-plan starts (YYYY-MM-DD): drills before it are held and stay, "
                    + "nothing moves to an earlier date.")
    LocalDate today;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "New schedule file (default: out/<problem>-schedule-<today>.json).")
    Path output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Change report; .html gives a web page, anything else text (default: out/<problem>-changes-<today>.txt).")
    Path report;

    @Option(names = "--changed-problem", paramLabel = "FILE",
            description = "Also write the problem with the changes applied: validate the new schedule against it "
                    + "when drills were added or cancelled.")
    Path changedProblem;

    @Option(names = "--ics", paramLabel = "DIR",
            description = "Write the new version's iCalendar files into DIR: same UIDs as 'drill export --ics', "
                    + "SEQUENCE raised for every changed event, cancelled events for dropped drills.")
    Path ics;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Search budget (default: ${DEFAULT-VALUE}); it stops earlier only when every drill "
                    + "that can be held is held and the schedule has stopped improving.")
    Duration timeLimit;

    @Option(names = "--stability", paramLabel = "W", defaultValue = "1000",
            description = "Soft penalty per day a drill moves and per team replaced (default: ${DEFAULT-VALUE}, "
                    + "high enough that only a real gain moves a published drill).")
    long stability;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Random seed of the search (default: ${DEFAULT-VALUE}).")
    long seed;


    @Option(names = "--force", description = "Overwrite an existing problem file named by -o, --report or --changed-problem.")
    boolean force;

    @Override
    int run() {
        // A bad --lang is refused before the search, not after it.
        Locale locale = locale();
        String stem = PlanCommand.stem(problemFile);
        Path schedulePath = output != null ? output : Path.of("out", stem + "-schedule-" + today + ".json");
        Path reportPath = report != null ? report : Path.of("out", stem + "-changes-" + today + ".txt");
        List<Path> inputs = List.of(problemFile, publishedFile, changesFile);
        checkOutputs(schedulePath, reportPath, inputs);

        DrillProblem problem = InputFiles.problem(problemFile);
        Schedule published = InputFiles.schedule(publishedFile, problem);
        List<MonthChange> changes = ChangeFormat.readChanges(changesFile);
        if (!problem.horizon().contains(today)) {
            throw BadInputException.of("replan.todayOutside", today, problemFile, problem.horizon().start(),
                    problem.horizon().end());
        }
        ChangedMonth month;
        try {
            month = ChangedMonth.of(problem, published, today).withAll(changes);
        } catch (InvalidChangeException e) {
            throw InputFiles.invalid(changesFile.toString(), "input.notFitProblemAndSchedule", e.problems());
        }
        InputFiles.validate(month.problem(), text().text("replan.changedSource", changesFile));

        if (stability < 1) {
            throw BadInputException.of("replan.stabilityTooLow", stability);
        }
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(timeLimit).withSeed(seed)
                .withWeights(PreferenceWeights.DEFAULT.withStability(stability)));
        err().println(text().text("replan.starting", problem.name(), today, changes.size(),
                DurationConverter.format(timeLimit)));
        err().flush();
        Replan replan;
        try (ProgressDisplay progress = new ProgressDisplay(err(), month.problem().drills().size(), text())) {
            replan = planner.replan(month.problem(), month.published(), today, month.pinned(), progress);
        }
        Schedule next = replan.schedule();
        // A drill leaves the problem only when it is cancelled, or follows one that is (rule 9).
        Set<String> cancelled = new LinkedHashSet<>();
        problem.drills().stream().map(DrillRequest::id).filter(id -> month.problem().drill(id).isEmpty())
                .forEach(cancelled::add);
        List<DrillChange> differences = DrillChange.between(published, next);
        ChangeReport changeReport = new ChangeReport(problem.name(), today, differences, replan.stabilityCost(),
                problem, month.problem(), cancelled);

        DrillFormat.writeSchedule(next, schedulePath);
        String reportText = reportPath.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")
                ? changeReport.html(locale) : changeReport.text(locale);
        OutputFiles.write(reportPath, reportText, "--report");
        if (changedProblem != null) {
            DrillFormat.writeProblem(month.problem(), changedProblem);
        }
        CheckReport check = ScheduleChecker.check(month.problem(), next);
        out().print(changeReport.text(locale));
        out().println();
        boolean feasible = check.feasible() && next.score().map(Score::isFeasible).orElse(true);
        out().println(feasible ? text().text("plan.feasible")
                : check.feasible() ? text().text("replan.infeasibleScoreOnly")
                : text().text("plan.infeasible", check.summary(locale())));
        out().println(text().text("summary.scheduled", next.assignments().size(),
                month.problem().drills().size(), next.unscheduled().size()));
        if (ics != null) {
            CalendarFiles.Written w = CalendarFiles.write(ics, CalendarExport.calendars(
                    new ScheduleSummary(month.problem(), next), locale,
                    CalendarExport.Revision.of(CalendarFiles.sequences(ics), differences, problem),
                    java.time.Instant.now()), month.problem());
            out().println(text().text("output.wroteCalendars", w.teamFiles(), w.unitFiles(), ics));
        }
        out().println(text().text("output.wrote", schedulePath));
        out().println(text().text("output.wrote", reportPath));
        if (changedProblem != null) {
            out().println(text().text("output.wrote", changedProblem));
        } else if (changes.stream().anyMatch(c -> c instanceof DrillAdded || c instanceof DrillCancelled)) {
            out().println(text().text("replan.validateChanged"));
        }
        out().flush();
        return feasible ? OK : INFEASIBLE;
    }

    private void checkOutputs(Path schedulePath, Path reportPath, List<Path> inputs) {
        List<Path> outputs = changedProblem == null ? List.of(schedulePath, reportPath)
                : List.of(schedulePath, reportPath, changedProblem);
        for (int i = 0; i < outputs.size(); i++) {
            for (int j = i + 1; j < outputs.size(); j++) {
                if (OutputFiles.sameFile(outputs.get(i), outputs.get(j))) {
                    throw BadInputException.of("output.twoName", outputs.get(i));
                }
            }
        }
        OutputFiles.checkFile(schedulePath, "-o", inputs, force);
        OutputFiles.checkFile(reportPath, "--report", inputs, force);
        if (changedProblem != null) {
            OutputFiles.checkFile(changedProblem, "--changed-problem", inputs, force);
        }
        if (ics != null) {
            if (Files.exists(ics) && !Files.isDirectory(ics)) {
                throw BadInputException.of("output.notDirectory", "--ics", ics);
            }
            OutputFiles.checkDirectory(ics, "--ics " + ics);
        }
    }
}
