package io.drillplan.check;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a schedule against the ten hard rules of docs/rules.md, independently of the solver.
 *
 * <p>The problem is taken as valid (as {@code ProblemValidator} leaves it); the schedule may be
 * anything: unknown ids, a drill listed twice or not at all, times that do not match the slots.
 * All of that is reported, never thrown. A drill's times are read from the problem's slots, and
 * a drill whose slot cannot be read is left out of the time-based rules (6, 8 and the same-day
 * part of 9) after rule 1 or 2 has reported it. A drill listed twice counts by its first
 * assignment. One fault may break several rules, for example an unknown team breaks rule 1 and
 * leaves a role of rule 4 unfilled; each broken rule is reported.
 *
 * <p>The work is grouped by team and date, unit and date, and region and date, so a schedule of
 * tens of thousands of drills is checked in about linear time.
 */
public final class ScheduleChecker {
    private ScheduleChecker() {}

    /**
     * Every hard-rule violation of {@code schedule} under {@code problem}.
     *
     * @param problem a problem that passed validation
     * @param schedule any schedule, read as written
     * @return the violations, ordered by rule number; empty when the schedule is feasible
     * @throws NullPointerException when an argument is null
     */
    public static CheckReport check(DrillProblem problem, Schedule schedule) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(schedule, "schedule");
        Findings findings = new Findings();
        Map<String, Placement> placed = ScheduleReading.read(problem, schedule, findings);
        Collection<Placement> placements = placed.values();
        SiteRules.unitOpen(problem, placements, findings);
        TeamRules.roles(problem, placements, findings);
        TeamRules.available(placements, findings);
        TeamRules.onePlaceAtATime(problem, placements, findings);
        TeamRules.workload(placements, findings);
        SiteRules.oneDrillAtATime(placements, findings);
        OrderRules.after(placed, findings);
        SiteRules.regionCaps(problem, placements, findings);
        return findings.report();
    }
}
