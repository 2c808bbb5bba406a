package io.drillplan.benchmarks;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Schedule;
import io.drillplan.model.Workload;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What an analyst compares between schedules of one problem, measured on the schedule itself
 * (not on the solver's score), and the independent checker's verdict.
 *
 * @param drills drills in the problem
 * @param scheduled drills the schedule holds
 * @param coverage priority of the held drills over the priority of all drills, 0 to 1
 * @param travelKm road km from each team's base to the unit, summed over every team of every
 *     held drill ({@link Workload#travelKm()})
 * @param teamsUsed teams that guide at least one drill
 * @param workloadStdDev population standard deviation of drills per team among the teams used
 * @param workloadRange most minus fewest drills per team among the teams used
 * @param meanHighRiskDay mean day of the month (1 = the horizon's first day) of the drills held at
 *     red or orange units, or NaN when there are none
 * @param violations hard-rule violations the {@link ScheduleChecker} finds; 0 when feasible
 * @param checkSummary the checker's summary line
 */
record ScheduleMeasures(
        int drills, int scheduled, double coverage, double travelKm, int teamsUsed,
        double workloadStdDev, int workloadRange, double meanHighRiskDay, int violations, String checkSummary) {

    /** Measures {@code schedule} of {@code problem} and checks it. */
    static ScheduleMeasures of(DrillProblem problem, Schedule schedule) {
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, GrassrootsUnit> units = problem.unitsById();
        long allPriority = problem.drills().stream().mapToLong(DrillRequest::priority).sum();
        long heldPriority = 0;
        long highRiskDays = 0;
        int highRisk = 0;
        for (Assignment a : schedule.assignments()) {
            DrillRequest drill = drills.get(a.drill());
            if (drill == null) {
                continue;
            }
            heldPriority += drill.priority();
            if (units.get(drill.unit()).isHighRisk()) {
                highRisk++;
                highRiskDays += ChronoUnit.DAYS.between(problem.horizon().start(), a.date()) + 1;
            }
        }
        Workload workload = Workload.of(problem, schedule);
        CheckReport report = ScheduleChecker.check(problem, schedule);
        return new ScheduleMeasures(problem.drills().size(), schedule.assignments().size(),
                allPriority == 0 ? 1 : (double) heldPriority / allPriority, workload.travelKm(),
                workload.teamsUsed().size(), workload.drillsPerTeamStdDev(), workload.drillsPerTeamRange(),
                highRisk == 0 ? Double.NaN : (double) highRiskDays / highRisk, report.violations().size(),
                report.summary().lines().findFirst().orElse(""));
    }
}
