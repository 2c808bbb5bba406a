package io.drillplan.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan for a problem, as in {@code drillplan-schedule/1}: every drill either assigned or
 * listed as unscheduled with a reason.
 *
 * <p>It lives in the model package rather than the solver's because schedules also come from
 * files, from other programs and from the simulator, and {@code check} reads them without any
 * solver involved.
 *
 * <p>The score is the engine's: present on what the planner returns, absent on a schedule built
 * by hand, by the greedy scheduler or read from a file without one. Whether the engine found the
 * schedule feasible is {@code score().map(Score::isFeasible)}; the independent checker
 * ({@code io.drillplan.check.ScheduleChecker}) decides it for any schedule.
 *
 * @param problem the problem's name
 * @param score the engine's score, or empty when the engine did not score the schedule
 * @param assignments the scheduled drills
 * @param unscheduled the drills left out
 */
public record Schedule(
        String problem, Optional<Score> score,
        List<Assignment> assignments, List<Unscheduled> unscheduled) {

    /**
     * Makes the lists immutable; an absent list is empty.
     *
     * @param problem the problem's name
     * @param score the engine's score, or empty when the engine did not score the schedule
     * @param assignments the scheduled drills
     * @param unscheduled the drills left out
     * @throws NullPointerException when {@code score} is null (use {@code Optional.empty()})
     */
    public Schedule {
        Objects.requireNonNull(score, "score");
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        unscheduled = unscheduled == null ? List.of() : List.copyOf(unscheduled);
    }

    /**
     * A schedule without a score.
     *
     * @param problem the problem's name
     * @param assignments the scheduled drills
     * @param unscheduled the drills left out
     */
    public Schedule(String problem, List<Assignment> assignments, List<Unscheduled> unscheduled) {
        this(problem, Optional.empty(), assignments, unscheduled);
    }

    /**
     * This schedule with other assignments and unscheduled drills, keeping its name and score.
     *
     * @param newAssignments the scheduled drills
     * @param newUnscheduled the drills left out
     * @return the copy
     */
    public Schedule withDrills(List<Assignment> newAssignments, List<Unscheduled> newUnscheduled) {
        return new Schedule(problem, score, newAssignments, newUnscheduled);
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
