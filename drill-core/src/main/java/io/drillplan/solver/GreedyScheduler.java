package io.drillplan.solver;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Precedence;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * A fast scheduler that places each drill at its earliest date and slot that keeps every hard
 * rule, nearest free teams first. Drills go in precedence order, higher priority first, tighter
 * windows first. It never breaks a hard rule and needs no solver: a fallback when there is no
 * time to solve, the baseline the benchmarks compare the solver against, and the starting point
 * the solver improves.
 */
public final class GreedyScheduler {

    /** The reason given to drills left out because planning was stopped before their turn. */
    public static final String STOPPED = "not placed: planning was stopped before a place was found for it";

    static final BooleanSupplier NEVER = () -> false;

    private GreedyScheduler() {}

    /** A conflict-free schedule of the whole problem, built greedily. */
    public static Schedule schedule(DrillProblem problem) {
        return schedule(problem, NEVER);
    }

    /**
     * A conflict-free schedule of the problem, built greedily until {@code stop} says so; drills
     * not placed by then are listed as unscheduled with the reason {@link #STOPPED}. Checked
     * before each drill, so a stop is honoured within one drill's placement.
     */
    public static Schedule schedule(DrillProblem problem, BooleanSupplier stop) {
        ProblemValidator.validate(problem);
        Occupancy occupancy = new Occupancy(problem);
        placeAll(occupancy, problem.drills(), problem.horizon().start(), stop);
        return toSchedule(problem, occupancy, "greedy", problem.horizon().start(), stop.getAsBoolean());
    }

    /**
     * Places {@code drillIds} (drills not in {@code fixed}) at their earliest feasible slot on or
     * after {@code notBefore}, keeping every assignment of {@code fixed} as it is. Drills that find
     * no slot are listed as unscheduled with a reason. {@code fixed} itself must keep the rules.
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
        placeAll(occupancy, todo, notBefore, NEVER);
        return toSchedule(problem, occupancy, fixed.score(), notBefore, false);
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

    /**
     * Places {@code todo} in precedence order until {@code stop} says so; returns nothing, books
     * into {@code occupancy}.
     */
    static void placeAll(Occupancy occupancy, List<DrillRequest> todo, LocalDate notBefore, BooleanSupplier stop) {
        for (DrillRequest drill : placementOrder(occupancy.problem(), todo)) {
            if (stop.getAsBoolean()) {
                return;
            }
            Optional<Assignment> placement = occupancy.earliest(drill, notBefore);
            placement.ifPresent(occupancy::add);
        }
    }

    /**
     * {@code todo} in an order where every drill comes after its prerequisites in {@code todo},
     * and otherwise higher priority first, then fewer candidate days, then input order.
     */
    static List<DrillRequest> placementOrder(DrillProblem problem, List<DrillRequest> todo) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < todo.size(); i++) {
            position.put(todo.get(i).id(), i);
        }
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<DrillRequest>> dependants = new HashMap<>();
        for (DrillRequest drill : todo) {
            int waiting = 0;
            for (Precedence p : drill.after()) {
                if (position.containsKey(p.drill())) {
                    waiting++;
                    dependants.computeIfAbsent(p.drill(), k -> new ArrayList<>()).add(drill);
                }
            }
            waitingOn.put(drill.id(), waiting);
        }
        Comparator<DrillRequest> order = Comparator
                .comparingInt((DrillRequest d) -> -d.priority())
                .thenComparingLong(d -> windowDays(problem, d))
                .thenComparingInt(d -> position.get(d.id()));
        PriorityQueue<DrillRequest> ready = new PriorityQueue<>(order);
        todo.stream().filter(d -> waitingOn.get(d.id()) == 0).forEach(ready::add);
        List<DrillRequest> result = new ArrayList<>(todo.size());
        while (!ready.isEmpty()) {
            DrillRequest next = ready.poll();
            result.add(next);
            for (DrillRequest dependant : dependants.getOrDefault(next.id(), List.of())) {
                if (waitingOn.merge(dependant.id(), -1, Integer::sum) == 0) {
                    ready.add(dependant);
                }
            }
        }
        return result;
    }

    private static long windowDays(DrillProblem problem, DrillRequest drill) {
        var window = drill.windowIn(problem.horizon());
        return window.to().toEpochDay() - window.from().toEpochDay();
    }

    static Schedule toSchedule(DrillProblem problem, Occupancy occupancy, String score, LocalDate notBefore,
            boolean stopped) {
        List<Assignment> assignments = new ArrayList<>();
        List<Unscheduled> unscheduled = new ArrayList<>();
        UnscheduledReasons reasons = new UnscheduledReasons(occupancy, notBefore);
        for (DrillRequest drill : problem.drills()) {
            if (occupancy.isPlaced(drill.id())) {
                assignments.add(occupancy.placement(drill.id()));
            } else {
                // After a stop the reasons would take as long as the placing: say what happened instead.
                unscheduled.add(new Unscheduled(drill.id(), stopped ? STOPPED : reasons.reason(drill)));
            }
        }
        return new Schedule(problem.name(), score, null, assignments, unscheduled);
    }
}
