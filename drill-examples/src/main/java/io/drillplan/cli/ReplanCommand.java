package io.drillplan.cli;

import io.drillplan.changes.ChangedMonth;
import io.drillplan.changes.DrillCancelled;
import io.drillplan.changes.DrillAdded;
import io.drillplan.changes.InvalidChangeException;
import io.drillplan.changes.MonthChange;
import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.format.ChangeFormat;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Schedule;
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
        String stem = PlanCommand.stem(problemFile);
        Path schedulePath = output != null ? output : Path.of("out", stem + "-schedule-" + today + ".json");
        Path reportPath = report != null ? report : Path.of("out", stem + "-changes-" + today + ".txt");
        List<Path> inputs = List.of(problemFile, publishedFile, changesFile);
        checkOutputs(schedulePath, reportPath, inputs);

        DrillProblem problem = InputFiles.problem(problemFile);
        Schedule published = InputFiles.schedule(publishedFile, problem);
        List<MonthChange> changes = ChangeFormat.readChanges(changesFile);
        if (!problem.horizon().contains(today)) {
            throw new BadInputException("--today " + today + ": outside the horizon of " + problemFile + " ("
                    + problem.horizon().start() + " to " + problem.horizon().end() + ")");
        }
        ChangedMonth month;
        try {
            month = ChangedMonth.of(problem, published, today).withAll(changes);
        } catch (InvalidChangeException e) {
            throw InputFiles.invalid(changesFile.toString(), "does not fit the problem and schedule", e.problems());
        }
        InputFiles.validate(month.problem(), changesFile + " (the problem with the changes applied)");

        if (stability < 1) {
            throw new BadInputException("--stability: " + stability + " must be at least 1");
        }
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(timeLimit).withSeed(seed)
                .withWeights(PreferenceWeights.DEFAULT.withStability(stability)));
        err().printf("Re-planning %s from %s after %d changes; time limit %s%n", problem.name(), today,
                changes.size(), DurationConverter.format(timeLimit));
        err().flush();
        Replan replan;
        try (ProgressDisplay progress = new ProgressDisplay(err(), month.problem().drills().size())) {
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
                ? changeReport.html() : changeReport.text();
        OutputFiles.write(reportPath, reportText, "--report");
        if (changedProblem != null) {
            DrillFormat.writeProblem(month.problem(), changedProblem);
        }
        CheckReport check = ScheduleChecker.check(month.problem(), next);
        out().print(changeReport.text());
        out().println();
        boolean feasible = check.feasible() && !Boolean.FALSE.equals(next.feasible());
        out().println(feasible ? "FEASIBLE: no hard rule broken (confirmed by the independent checker)."
                : "INFEASIBLE: " + (check.feasible() ? "the solver's score breaks a hard rule" : check.summary()));
        out().printf("Scheduled %d of %d drills; %d unscheduled.%n", next.assignments().size(),
                month.problem().drills().size(), next.unscheduled().size());
        if (ics != null) {
            CalendarExport.Written w = CalendarExport.write(new ScheduleSummary(month.problem(), next), ics,
                    CalendarExport.Revision.of(ics, differences, problem));
            out().printf("Wrote %d team and %d unit calendars to %s%n", w.teamFiles(), w.unitFiles(), ics);
        }
        out().println("Wrote " + schedulePath);
        out().println("Wrote " + reportPath);
        if (changedProblem != null) {
            out().println("Wrote " + changedProblem);
        } else if (changes.stream().anyMatch(c -> c instanceof DrillAdded || c instanceof DrillCancelled)) {
            out().println("Drills were added or cancelled: validate the new schedule against the changed problem "
                    + "(write it with --changed-problem FILE).");
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
                    throw new BadInputException("two outputs name " + outputs.get(i) + "; give them different files");
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
                throw new BadInputException("--ics " + ics + ": not a directory");
            }
            OutputFiles.checkDirectory(ics, "--ics " + ics);
        }
    }
}
