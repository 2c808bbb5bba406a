package io.drillplan.solver.engine;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Precedence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * The greedy placement behind {@link io.drillplan.solver.GreedyScheduler}: each drill at its
 * earliest free slot, in precedence order. The search's start, its gap filling and re-planning
 * use it on their own {@link Occupancy}.
 *
 * <p>Public for {@code GreedyScheduler}, {@code EjectionSearch} and {@code DrillPlanner}.
 */
public final class GreedyPlacement {

    /** A stop that never comes. */
    public static final BooleanSupplier NEVER = () -> false;

    private GreedyPlacement() {}

    /**
     * Places {@code todo} in precedence order until {@code stop} says so; returns nothing, books
     * into {@code occupancy}.
     */
    public static void placeAll(Occupancy occupancy, List<DrillRequest> todo, LocalDate notBefore, BooleanSupplier stop) {
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
    public static List<DrillRequest> placementOrder(DrillProblem problem, List<DrillRequest> todo) {
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
}
