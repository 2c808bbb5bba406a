package io.drillplan.cli;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.check.Violation;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.InvalidProblemException;
import io.drillplan.model.Schedule;
import io.drillplan.model.ScheduleConstraint;
import io.drillplan.solver.ConstraintTotal;
import io.drillplan.solver.DrillImpact;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.Explanation;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.text.TextTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill explain}: where a schedule's score comes from. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Breaks a schedule's score down by constraint and shows the drills that cost the most.")
final class ExplainCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem file (drillplan-problem/1).")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SCHEDULE", description = "The schedule file (drillplan-schedule/1).")
    Path scheduleFile;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "How many of the worst drills to list (default: ${DEFAULT-VALUE}).")
    int top;

    /** Most checker findings listed; validate lists them all. */
    private static final int CHECKER_LINES = 20;

    @Override
    int run() {
        if (top < 0) {
            throw new BadInputException("--top: " + top + " is negative");
        }
        DrillProblem problem = InputFiles.problem(problemFile);
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        Explanation explanation;
        try {
            explanation = DrillPlanner.create(PlannerOptions.DEFAULT).explain(problem, schedule);
        } catch (InvalidProblemException e) {
            throw InputFiles.invalid(scheduleFile.toString(), "does not fit the problem", e.problems());
        }
        // The score sees slots only; the checker also reads each assignment's start and end
        // (rule 2) and the rest as validate does, so that explain never calls feasible what
        // validate rejects.
        CheckReport check = ScheduleChecker.check(problem, schedule);
        print(problem, schedule, explanation, check.feasible());
        if (!check.feasible()) {
            out().println();
            out().println("The independent checker (as 'drill validate') finds: " + check.summary());
            List<Violation> violations = check.violations();
            violations.stream().limit(CHECKER_LINES)
                    .forEach(v -> out().println("  rule " + v.rule().number() + ": " + v.message()));
            if (violations.size() > CHECKER_LINES) {
                out().println("  ... and " + (violations.size() - CHECKER_LINES) + " more; run 'drill validate' for all");
            }
        }
        return explanation.feasible() && check.feasible() ? OK : INFEASIBLE;
    }

    private void print(DrillProblem problem, Schedule schedule, Explanation explanation, boolean checked) {
        out().printf("Score %s: %s%n", explanation.score(), !explanation.feasible() ? "INFEASIBLE, hard rules broken"
                : checked ? "feasible, no hard rule broken"
                : "INFEASIBLE: the score is clean, but the schedule breaks rules it does not see (below)");
        out().println();
        TextTable constraints = new TextTable("constraint", "level", ">penalty", ">matches");
        for (ConstraintTotal t : explanation.constraints()) {
            constraints.row(t.name(), t.level().label(), t.penalty(), t.matches());
        }
        if (constraints.isEmpty()) {
            out().println("No constraint matched: the schedule costs nothing.");
        } else {
            constraints.print(out(), "");
        }
        if (top == 0 || explanation.drills().isEmpty()) {
            return;
        }
        out().println();
        int shown = Math.min(top, explanation.drills().size());
        out().printf("The %d drills that cost the most (of %d with any penalty):%n", shown, explanation.drills().size());
        Map<String, DrillRequest> drills = problem.drillsById();
        TextTable worst = new TextTable("drill", "unit", "date", ">hard", ">medium", ">soft", "constraints");
        for (DrillImpact d : explanation.drills().subList(0, shown)) {
            DrillRequest request = drills.get(d.drill());
            String unit = request == null ? "" : request.unit() + " " + problem.unit(request.unit())
                    .map(u -> TextTable.clip(u.name(), 28)).orElse("");
            String date = schedule.assignment(d.drill()).map(ExplainCommand::when).orElse("unscheduled");
            worst.row(d.drill(), unit, date, d.hard(), d.medium(), d.soft(),
                    d.constraints().stream().map(ScheduleConstraint::title).collect(Collectors.joining(", ")));
        }
        worst.print(out(), "");
    }

    private static String when(Assignment a) {
        return a.date() + " " + a.slot();
    }
}
