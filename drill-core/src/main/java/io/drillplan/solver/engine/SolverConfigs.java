package io.drillplan.solver.engine;

import io.drillplan.solver.PlannerOptions;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration for a set of {@link PlannerOptions}. There is no construction
 * heuristic phase: the greedy scheduler gives the start, and since both variables are nullable
 * the engine's construction heuristic would see nothing to initialise anyway.
 *
 * <p>Public for {@code DrillPlanner}'s search and for the benchmarks, which build variants of it.
 */
public final class SolverConfigs {

    /**
     * How often a ruin-and-recreate move is drawn, against a weight of 1 for each other kind of
     * move: at 1, one move in five. One of them costs as much as some 40 single changes, so a lower
     * weight raises the count of score calculations per second (0.25, one in 17, about tripled
     * it on the pilot) and reached the same coverage on the reference months, but left the
     * province's plan 7% worse in soft score and 35% longer in travel after 60 s
     * (benchmarks/README.md, "A score kept by hand"): the plan matters, not the count.
     */
    static final double RUIN_AND_RECREATE_WEIGHT = 1.0;

    private SolverConfigs() {}

    public static SolverConfig build(PlannerOptions options) {
        // The planner ends a search early itself (ParallelSearch): only once coverage has nowhere
        // left to go, which a plain unimproved-time limit cannot tell.
        TerminationConfig termination = new TerminationConfig().withSpentLimit(options.timeLimit());
        SolverConfig config = new SolverConfig()
                .withSolutionClass(DrillSolution.class)
                .withEntityClasses(PlannedDrill.class, TeamSeat.class)
                .withScoreDirectorFactory(options.fullAssert()
                        // Every score the search computes is compared with the constraint streams'.
                        ? incremental().withAssertionScoreDirectorFactory(constraintStreams())
                        : incremental())
                .withEnvironmentMode(options.fullAssert() ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination)
                .withPhases(localSearch(options));
        if (options.moveThreads() > 0) {
            config.setMoveThreadCount(Integer.toString(options.moveThreads()));
        }
        return config;
    }

    /**
     * The same solver scored by the constraint streams instead of {@link DrillScoreCalculator}:
     * what explains a schedule, and what the benchmarks compare the hand-kept score with.
     */
    public static SolverConfig withConstraintStreams(SolverConfig config) {
        return config.copyConfig().withScoreDirectorFactory(constraintStreams());
    }

    private static ScoreDirectorFactoryConfig incremental() {
        return new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(DrillScoreCalculator.class);
    }

    private static ScoreDirectorFactoryConfig constraintStreams() {
        return new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(DrillConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    static LocalSearchPhaseConfig localSearch(PlannerOptions options) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(PlannedDrill.class))
                .withValueSelectorConfig(new ValueSelectorConfig(PlannedDrill.SLOT)));
        moves.add(new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(TeamSeat.class))
                .withValueSelectorConfig(new ValueSelectorConfig(TeamSeat.TEAM)));
        moves.add(new SwapMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(TeamSeat.class)));
        if (options.slotAndSeatMoves()) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SlotAndSeatsMoveFactory.class));
        }
        if (options.ruinAndRecreateMoves()) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class)
                    .withFixedProbabilityWeight(RUIN_AND_RECREATE_WEIGHT));
        }
        LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
        LocalSearchForagerConfig forager = new LocalSearchForagerConfig();
        switch (options.algorithm()) {
            case LATE_ACCEPTANCE -> {
                acceptor.setLateAcceptanceSize(400);
                forager.setAcceptedCountLimit(1);
            }
            case TABU_SEARCH -> {
                acceptor.setEntityTabuRatio(0.02);
                forager.setAcceptedCountLimit(1000);
            }
            case GREAT_DELUGE -> {
                acceptor.setGreatDelugeWaterLevelIncrementRatio(0.00000005);
                forager.setAcceptedCountLimit(1);
            }
        }
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig();
        if (options.stepLimit() != null) {
            // The engine only counts steps per phase.
            phase.setTerminationConfig(new TerminationConfig().withStepCountLimit(Math.toIntExact(options.stepLimit())));
        }
        return phase
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(acceptor)
                .withForagerConfig(forager);
    }
}
