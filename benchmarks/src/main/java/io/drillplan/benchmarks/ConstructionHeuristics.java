package io.drillplan.benchmarks;

import io.drillplan.solver.engine.ChainLink;
import io.drillplan.solver.engine.DrillConstraints;
import io.drillplan.solver.engine.DrillSolution;
import io.drillplan.solver.engine.PlannedDrill;
import io.drillplan.solver.engine.TeamSeat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionSorterWeightFactory;

/**
 * Benchmarks only: solver configurations made of OptaPlanner's construction heuristic alone,
 * run on the empty solution, as a baseline for the greedy scheduler and the tuned search.
 *
 * <p>The engine cannot derive a construction heuristic for this model by itself: with two
 * entity classes it asks for one placer per class, and First Fit Decreasing needs a difficulty
 * order that the planning entities do not declare. Both are supplied here. Drills are sorted
 * prerequisites first (chain depth), then higher priority, fewer candidate slots and more seats
 * first, the order the greedy scheduler uses.
 *
 * <p>A drill only counts as held when its slot and every seat are set, so placing the slot alone
 * trades "drill unscheduled" for "role unfilled" at the same medium cost and adds soft cost;
 * with null allowed the heuristic then keeps every drill out. {@link Order#TEAMS_FIRST} therefore
 * first gives every seat a team (never none; among equal scores the nearest eligible team, the
 * first of its value range) and then places drills First Fit Decreasing.
 */
public final class ConstructionHeuristics {

    private static final String DRILL_SELECTOR = "drillPlacer";
    private static final String SEAT_SELECTOR = "seatPlacer";

    /** Which variable the heuristic assigns first. */
    public enum Order {
        /** Slots (First Fit Decreasing) then teams (First Fit), both allowed to stay empty. */
        SLOTS_FIRST,
        /** Teams (First Fit, never empty) then slots (First Fit Decreasing). */
        TEAMS_FIRST
    }

    private ConstructionHeuristics() {}

    /** A solver that runs the construction heuristic in {@code order} and nothing else. */
    public static SolverConfig config(Order order, Duration timeLimit, long seed) {
        ConstructionHeuristicPhaseConfig slots = phase(PlannedDrill.class, DRILL_SELECTOR, PlannedDrill.SLOT, true,
                false);
        ConstructionHeuristicPhaseConfig teams = phase(TeamSeat.class, SEAT_SELECTOR, TeamSeat.TEAM, false,
                order == Order.TEAMS_FIRST);
        return new SolverConfig()
                .withSolutionClass(DrillSolution.class)
                .withEntityClasses(PlannedDrill.class, TeamSeat.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(DrillConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withPhases(order == Order.TEAMS_FIRST ? new ConstructionHeuristicPhaseConfig[] {teams, slots}
                        : new ConstructionHeuristicPhaseConfig[] {slots, teams});
    }

    private static ConstructionHeuristicPhaseConfig phase(Class<?> entityClass, String selectorId, String variable,
            boolean decreasingDifficulty, boolean neverEmpty) {
        EntitySelectorConfig entities = new EntitySelectorConfig(entityClass).withId(selectorId);
        if (decreasingDifficulty) {
            entities.withCacheType(SelectionCacheType.PHASE)
                    .withSelectionOrder(SelectionOrder.SORTED)
                    .withSorterWeightFactoryClass(DrillDifficulty.class)
                    .withSorterOrder(SelectionSorterOrder.DESCENDING);
        }
        ValueSelectorConfig values = new ValueSelectorConfig(variable);
        if (neverEmpty) {
            values.setFilterClass(AssignedValue.class);
        }
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(entities)
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(selectorId))
                        .withValueSelectorConfig(values)));
    }

    /** Difficulty of a drill for First Fit Decreasing: the greater, the earlier it is placed. */
    public static final class DrillDifficulty implements SelectionSorterWeightFactory<DrillSolution, PlannedDrill> {

        private DrillSolution depthsOf;
        private Map<Integer, Integer> depths;

        /** Instantiated by the engine. */
        public DrillDifficulty() {}

        @Override
        public Comparable<?> createSorterWeight(DrillSolution solution, PlannedDrill drill) {
            if (depthsOf != solution) {
                depths = chainDepths(solution);
                depthsOf = solution;
            }
            return new Weight(-depths.getOrDefault(drill.index(), 0), drill.priority(), -drill.getSlotRange().size(),
                    drill.seats().size(), -drill.index());
        }

        /** Longest run of prerequisites before each drill, by drill index. */
        private static Map<Integer, Integer> chainDepths(DrillSolution solution) {
            Map<Integer, List<Integer>> before = new HashMap<>();
            for (ChainLink link : solution.chainLinks()) {
                before.computeIfAbsent(link.laterIndex(), k -> new ArrayList<>()).add(link.earlierIndex());
            }
            Map<Integer, Integer> depths = new HashMap<>();
            for (PlannedDrill drill : solution.drills()) {
                depth(drill.index(), before, depths);
            }
            return depths;
        }

        private static int depth(int drill, Map<Integer, List<Integer>> before, Map<Integer, Integer> depths) {
            Integer known = depths.get(drill);
            if (known != null) {
                return known;
            }
            // Chains are a few links long and acyclic (the validator rejects cycles).
            int depth = 0;
            for (int earlier : before.getOrDefault(drill, List.of())) {
                depth = Math.max(depth, depth(earlier, before, depths) + 1);
            }
            depths.put(drill, depth);
            return depth;
        }
    }

    /** Lexicographic sort weight of a drill. */
    record Weight(int shallowness, int priority, int fewerSlots, int seats, int earlierInInput)
            implements Comparable<Weight> {
        @Override
        public int compareTo(Weight o) {
            int c = Integer.compare(shallowness, o.shallowness);
            c = c != 0 ? c : Integer.compare(priority, o.priority);
            c = c != 0 ? c : Integer.compare(fewerSlots, o.fewerSlots);
            c = c != 0 ? c : Integer.compare(seats, o.seats);
            return c != 0 ? c : Integer.compare(earlierInInput, o.earlierInInput);
        }
    }

    /** Keeps the construction heuristic from leaving a seat empty. */
    public static final class AssignedValue implements SelectionFilter<DrillSolution, Object> {

        /** Instantiated by the engine. */
        public AssignedValue() {}

        @Override
        public boolean accept(ScoreDirector<DrillSolution> scoreDirector, Object value) {
            return value != null;
        }
    }
}
