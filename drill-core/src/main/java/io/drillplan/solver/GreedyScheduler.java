package io.drillplan.solver;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Message;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.solver.engine.GreedyPlacement;
import io.drillplan.solver.engine.Occupancy;
import io.drillplan.solver.engine.UnscheduledReasons;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A fast scheduler that places each drill at its earliest date and slot that keeps every hard
 * rule, nearest free teams first. Drills go in precedence order, higher priority first, tighter
 * windows first. It never breaks a hard rule and needs no solver: a fallback when there is no
 * time to solve, the baseline the benchmarks compare the solver against, and the starting point
 * the solver improves. Its schedules carry no score ({@link Schedule#score()} is empty): give one
 * to {@link DrillPlanner#explain} for the engine's score.
 */
public final class GreedyScheduler {

    /** The reason given to drills left out because planning was stopped before their turn. */
    static final Message STOPPED_MESSAGE = Message.of("reason.stopped");

    /** The reason given to drills left out because planning was stopped before their turn, in English. */
    public static final String STOPPED = STOPPED_MESSAGE.text(Locale.ENGLISH);

    private GreedyScheduler() {}

    /**
     * A conflict-free schedule of the whole problem, built greedily.
     *
     * @param problem the month to plan
     * @return every drill placed at its earliest free slot, or listed as unscheduled with the
     *     reason it found none; without a score
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public static Schedule schedule(DrillProblem problem) {
        return schedule(problem, GreedyPlacement.NEVER);
    }

    /**
     * A conflict-free schedule of the problem, built greedily until {@code stop} says so; drills
     * not placed by then are listed as unscheduled with the reason {@link #STOPPED}. Checked
     * before each drill, so a stop is honoured within one drill's placement. The schedule has no score.
     *
     * @param problem the month to plan
     * @param stop asked before each drill; {@code true} ends the placing
     * @return the drills placed until the stop, the others unscheduled with a reason; without a score
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public static Schedule schedule(DrillProblem problem, BooleanSupplier stop) {
        ProblemValidator.validate(problem);
        Occupancy occupancy = new Occupancy(problem);
        GreedyPlacement.placeAll(occupancy, problem.drills(), problem.horizon().start(), stop);
        return toSchedule(problem, occupancy, problem.horizon().start(), stop.getAsBoolean());
    }

    /**
     * Places {@code drillIds} (drills not in {@code fixed}) at their earliest feasible slot on or
     * after {@code notBefore}, keeping every assignment of {@code fixed} as it is. Drills that find
     * no slot are listed as unscheduled with a reason. {@code fixed} itself must keep the rules.
     * The result has no score, whatever the score of {@code fixed}: it is another schedule.
     *
     * @param problem the month; {@code fixed} must belong to it
     * @param fixed the assignments to keep
     * @param drillIds the drills to place; those {@code fixed} already holds stay as they are
     * @param notBefore the first date a placed drill may take
     * @return {@code fixed} with the drills placed, every other drill of the problem unscheduled
     *     with a reason; without a score
     * @throws IllegalArgumentException when {@code drillIds} names a drill the problem lacks
     */
    public static Schedule extend(DrillProblem problem, Schedule fixed, Collection<String> drillIds,
            LocalDate notBefore) {
        Occupancy occupancy = new Occupancy(problem);
        fixed.assignments().forEach(occupancy::add);
        Map<String, DrillRequest> byId = problem.drillsById();
        List<DrillRequest> todo = new ArrayList<>();
        for (String id : drillIds) {
            DrillRequest drill = byId.get(id);
            if (drill == null) {
                throw new IllegalArgumentException("unknown drill '" + id + "'");
            }
            if (!occupancy.isPlaced(id)) {
                todo.add(drill);
            }
        }
        GreedyPlacement.placeAll(occupancy, todo, notBefore, GreedyPlacement.NEVER);
        return toSchedule(problem, occupancy, notBefore, false);
    }

    /**
     * {@code placement}'s drill on the same date and slot around {@code booked}, with as many of
     * {@code teams} as are free there and the nearest free qualified teams for the rest.
     *
     * @param problem the problem; {@code booked} must keep its rules
     * @param booked what is booked; an assignment of the same drill in it is ignored
     * @param placement where the drill goes
     * @param teams the teams to keep where they can serve
     * @return the drill with that crew, or empty when no crew is free there
     */
    public static Optional<Assignment> withCrew(DrillProblem problem, Schedule booked, Assignment placement,
            Set<String> teams) {
        Occupancy occupancy = new Occupancy(problem);
        booked.assignments().stream().filter(a -> !a.drill().equals(placement.drill())).forEach(occupancy::add);
        DrillRequest drill = problem.drillsById().get(placement.drill());
        Occupancy.Attempt attempt = occupancy.attempt(drill, placement.date(),
                problem.horizon().slotIndex(placement.slot()), teams);
        return attempt.placed() ? Optional.of(attempt.assignment()) : Optional.empty();
    }

    /** The schedule booked in {@code occupancy}, without a score: scoring it would need the solver. */
    static Schedule toSchedule(DrillProblem problem, Occupancy occupancy, LocalDate notBefore, boolean stopped) {
        List<Assignment> assignments = new ArrayList<>();
        List<Unscheduled> unscheduled = new ArrayList<>();
        UnscheduledReasons reasons = new UnscheduledReasons(occupancy, notBefore);
        for (DrillRequest drill : problem.drills()) {
            if (occupancy.isPlaced(drill.id())) {
                assignments.add(occupancy.placement(drill.id()));
            } else {
                // After a stop the reasons would take as long as the placing: say what happened instead.
                unscheduled.add(Unscheduled.of(drill.id(), stopped ? STOPPED_MESSAGE : reasons.reason(drill)));
            }
        }
        return new Schedule(problem.name(), assignments, unscheduled);
    }
}
