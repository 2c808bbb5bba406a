package io.drillplan.model;

import java.util.List;
import java.util.Optional;

/**
 * A plan for a problem, as in {@code drillplan-schedule/1}: every drill either assigned or
 * listed as unscheduled with a reason.
 *
 * <p>It lives in the model package rather than the solver's because schedules also come from
 * files, from other programs and from the simulator, and {@code check} reads them without any
 * solver involved.
 *
 * @param problem the problem's name
 * @param score the engine's score, or {@code null} when the schedule was not made by the engine
 * @param feasible whether the engine found no hard-rule violation, or {@code null} when unknown
 * @param assignments the scheduled drills
 * @param unscheduled the drills left out
 */
public record Schedule(
        String problem, String score, Boolean feasible,
        List<Assignment> assignments, List<Unscheduled> unscheduled) {

    /**
     * Makes the lists immutable; an absent list is empty.
     *
     * @param problem the problem's name
     * @param score the engine's score, or {@code null} when the schedule was not made by the engine
     * @param feasible whether the engine found no hard-rule violation, or {@code null} when unknown
     * @param assignments the scheduled drills
     * @param unscheduled the drills left out
     */
    public Schedule {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        unscheduled = unscheduled == null ? List.of() : List.copyOf(unscheduled);
    }

    /**
     * The assignment of a drill.
     *
     * @param drillId a drill id
     * @return its assignment, or empty when it is not scheduled
     */
    public Optional<Assignment> assignment(String drillId) {
        return assignments.stream().filter(a -> a.drill().equals(drillId)).findFirst();
    }
}
