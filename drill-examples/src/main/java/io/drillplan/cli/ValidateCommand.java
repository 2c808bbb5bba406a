package io.drillplan.cli;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.check.Violation;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.HardRule;
import io.drillplan.model.Schedule;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code drill validate}: the independent checker's verdict on a schedule. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a schedule against the ten hard rules of the format, independently of the solver.",
            "Exit code 0 when no rule is broken, 1 when any is (every violation is listed, grouped by rule)."})
final class ValidateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem file (drillplan-problem/1).")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SCHEDULE", description = "The schedule file (drillplan-schedule/1).")
    Path scheduleFile;

    @Override
    int run() {
        DrillProblem problem = InputFiles.problem(problemFile);
        // The checker reports unknown ids itself (rule 1), so the schedule is read as written.
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        CheckReport report = ScheduleChecker.check(problem, schedule);
        int listed = schedule.assignments().size() + schedule.unscheduled().size();
        if (report.feasible()) {
            out().println(text().text("validate.ok", listed, schedule.assignments().size(),
                    schedule.unscheduled().size()));
            return OK;
        }
        out().println(scheduleFile + ": " + report.summary(locale()));
        for (HardRule rule : HardRule.values()) {
            List<Violation> broken = report.ofRule(rule);
            if (broken.isEmpty()) {
                continue;
            }
            out().println();
            out().println(text().text("validate.rule", rule.number()));
            broken.forEach(v -> out().println("  " + v.message(locale())));
        }
        return INFEASIBLE;
    }
}
