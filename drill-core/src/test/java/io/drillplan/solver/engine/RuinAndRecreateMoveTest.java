package io.drillplan.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.ProgressListener;
import io.drillplan.solver.SearchAlgorithm;
import io.drillplan.solver.TestProblems;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The ruin-and-recreate moves alone, under full score assertion (the engine recalculates the
 * score from scratch after every move and fails on any difference), and what they are for:
 * holding drills that the greedy start leaves out. Also the two ways of using more threads.
 */
class RuinAndRecreateMoveTest {

    private static PlannerOptions fullAssert(long steps) {
        return PlannerOptions.DEFAULT.withFullAssert(true).withStepLimit(steps)
                .withTimeLimit(Duration.ofMinutes(2)).withUnimprovedLimit(null);
    }

    /** A solver whose only moves are ruin and recreate, started from the greedy schedule. */
    private static DrillSolution solveWithRuinAndRecreateOnly(DrillProblem problem, PlannerOptions options) {
        SolverConfig config = SolverConfigs.build(options);
        LocalSearchPhaseConfig phase = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(0);
        phase.setMoveSelectorConfig(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class));
        DrillSolution start = SolutionBuilder.build(problem, options.weights(), false);
        SolutionBuilder.apply(start, GreedyScheduler.schedule(problem), true);
        return SolverFactory.<DrillSolution>create(config).buildSolver().solve(start);
    }

    private static long heldPriority(DrillProblem problem, Schedule schedule) {
        return schedule.assignments().stream().mapToLong(a -> problem.drillsById().get(a.drill()).priority()).sum();
    }

    @Test
    void ruinAndRecreateAloneShowsNoScoreCorruptionAndHoldsMoreThanGreedy() {
        DrillProblem problem = TestProblems.crowded(6);
        PlannerOptions options = fullAssert(120);
        DrillSolution solved = solveWithRuinAndRecreateOnly(problem, options);
        HardMediumSoftLongScore score = solved.getScore();
        Schedule greedy = GreedyScheduler.schedule(problem);
        long greedyLeftOut = problem.drills().stream().mapToLong(d -> d.priority()).sum() - heldPriority(problem, greedy);
        assertThat(greedyLeftOut).as("the crowded fortnight leaves drills out greedily").isPositive();
        assertThat(score.hardScore()).isZero();
        assertThat(-score.mediumScore()).as("priority left out after the search").isLessThan(greedyLeftOut);
        Schedule schedule = new Schedule(problem.name(), Optional.of(SolutionBuilder.score(score)),
                SolutionBuilder.assignments(solved), unscheduled(solved));
        assertThat(ScheduleChecker.check(problem, schedule).feasible()).isTrue();
    }

    @Test
    void ruinAndRecreateUnderTabuSearchShowsNoScoreCorruption() {
        DrillProblem problem = TestProblems.crowded(5);
        DrillSolution solved = solveWithRuinAndRecreateOnly(problem,
                fullAssert(1).withAlgorithm(SearchAlgorithm.TABU_SEARCH));
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void ruinAndRecreateKeepsPinnedDrillsWhereTheyAre() {
        DrillProblem problem = TestProblems.crowded(5);
        Schedule published = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(200L)).plan(problem);
        List<String> pinned = published.assignments().stream().limit(4).map(a -> a.drill()).toList();
        Schedule replanned = DrillPlanner.create(fullAssert(50)).replan(problem, published,
                problem.horizon().start(), pinned, ProgressListener.NONE).schedule();
        for (String id : pinned) {
            assertThat(replanned.assignment(id)).contains(published.assignment(id).orElseThrow());
        }
    }

    @Test
    void moveThreadsShowNoScoreCorruption() {
        DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.TINY);
        Schedule schedule = DrillPlanner.create(fullAssert(150).withMoveThreads(2)).plan(problem);
        assertThat(schedule.score().orElseThrow().isFeasible()).isTrue();
        assertThat(ScheduleChecker.check(problem, schedule).feasible()).isTrue();
    }

    @Test
    void parallelSearchesAreReproducibleAndNeverWorseThanTheFirstAlone() {
        DrillProblem problem = TestProblems.crowded(6);
        PlannerOptions options = PlannerOptions.DEFAULT.withStepLimit(400L).withTimeLimit(Duration.ofMinutes(2))
                .withUnimprovedLimit(null).withSeed(7);
        Schedule one = DrillPlanner.create(options).plan(problem);
        Schedule two = DrillPlanner.create(options.withThreads(2)).plan(problem);
        Schedule twoAgain = DrillPlanner.create(options.withThreads(2)).plan(problem);
        assertThat(twoAgain).isEqualTo(two);
        assertThat(two.score().orElseThrow()).isGreaterThanOrEqualTo(one.score().orElseThrow());
        assertThat(ScheduleChecker.check(problem, two).feasible()).isTrue();
    }

    private static List<Unscheduled> unscheduled(DrillSolution solution) {
        return solution.drills().stream().filter(d -> !SolutionBuilder.isHeld(d))
                .map(d -> new Unscheduled(d.getId(), "left out")).toList();
    }
}
