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
            throw BadInputException.of("option.negative", "--top", top);
        }
        DrillProblem problem = InputFiles.problem(problemFile);
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        Explanation explanation;
        try {
            explanation = DrillPlanner.create(PlannerOptions.DEFAULT).explain(problem, schedule);
        } catch (InvalidProblemException e) {
            throw InputFiles.invalid(scheduleFile.toString(), "input.notFitProblem", e.problems());
        }
        // The score sees slots only; the checker also reads each assignment's start and end
        // (rule 2) and the rest as validate does, so that explain never calls feasible what
        // validate rejects.
        CheckReport check = ScheduleChecker.check(problem, schedule);
        print(problem, schedule, explanation, check.feasible());
        if (!check.feasible()) {
            out().println();
            out().println(text().text("explain.checker", check.summary(locale())));
            List<Violation> violations = check.violations();
            violations.stream().limit(CHECKER_LINES)
                    .forEach(v -> out().println("  " + text().text("check.rule", v.rule().number(), v.message(locale()))));
            if (violations.size() > CHECKER_LINES) {
                out().println(text().text("explain.moreViolations", violations.size() - CHECKER_LINES));
            }
        }
        return explanation.feasible() && check.feasible() ? OK : INFEASIBLE;
    }

    private void print(DrillProblem problem, Schedule schedule, Explanation explanation, boolean checked) {
        out().println(text().text("explain.score", explanation.score(), text().text(!explanation.feasible()
                ? "explain.infeasible" : checked ? "explain.feasible" : "explain.infeasibleUnseen")));
        out().println();
        TextTable constraints = new TextTable(text().text("explain.col.constraint"), text().text("explain.col.level"),
                ">" + text().text("explain.col.penalty"), ">" + text().text("explain.col.matches"));
        for (ConstraintTotal t : explanation.constraints()) {
            constraints.row(t.name(), t.level().label(), t.penalty(), t.matches());
        }
        if (constraints.isEmpty()) {
            out().println(text().text("explain.nothing"));
        } else {
            constraints.print(out(), "");
        }
        if (top == 0 || explanation.drills().isEmpty()) {
            return;
        }
        out().println();
        int shown = Math.min(top, explanation.drills().size());
        out().println(text().text("explain.worst", shown, explanation.drills().size()));
        Map<String, DrillRequest> drills = problem.drillsById();
        TextTable worst = new TextTable(text().text("explain.col.drill"), text().text("explain.col.unit"),
                text().text("explain.col.date"), ">" + text().text("explain.col.hard"),
                ">" + text().text("explain.col.medium"), ">" + text().text("explain.col.soft"),
                text().text("explain.col.constraints"));
        for (DrillImpact d : explanation.drills().subList(0, shown)) {
            DrillRequest request = drills.get(d.drill());
            String unit = request == null ? "" : request.unit() + " " + problem.unit(request.unit())
                    .map(u -> TextTable.clip(u.name(), 28)).orElse("");
            String date = schedule.assignment(d.drill()).map(ExplainCommand::when)
                    .orElse(text().text("explain.unscheduled"));
            worst.row(d.drill(), unit, date, d.hard(), d.medium(), d.soft(),
                    d.constraints().stream().map(ScheduleConstraint::title).collect(Collectors.joining(", ")));
        }
        worst.print(out(), "");
    }

    private static String when(Assignment a) {
        return a.date() + " " + a.slot();
    }
}
