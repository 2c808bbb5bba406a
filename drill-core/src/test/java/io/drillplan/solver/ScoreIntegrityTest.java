package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * FULL_ASSERT solves: after every move the engine recalculates the score from scratch and fails
 * on any difference from the incremental score. This is the test that catches a constraint
 * reading another entity's variable through a reference (design.md's pitfall), and a variable
 * listener or custom move that forgets to notify the engine.
 */
class ScoreIntegrityTest {

    private static PlannerOptions fullAssert(long steps) {
        return PlannerOptions.DEFAULT.withFullAssert(true).withStepLimit(steps)
                .withTimeLimit(Duration.ofMinutes(2)).withUnimprovedLimit(null);
    }

    @Test
    void tinySampleShowsNoScoreCorruption() {
        DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.TINY);
        assertThatCode(() -> DrillPlanner.create(fullAssert(250)).plan(problem)).doesNotThrowAnyException();
    }

    @Test
    void crowdedProblemShowsNoScoreCorruption() {
        DrillProblem problem = TestProblems.crowded(6);
        assertThatCode(() -> DrillPlanner.create(fullAssert(250)).plan(problem)).doesNotThrowAnyException();
    }

    @Test
    void crowdedProblemWithTabuSearchShowsNoScoreCorruption() {
        DrillProblem problem = TestProblems.crowded(5);
        assertThatCode(() -> DrillPlanner.create(fullAssert(3).withAlgorithm(SearchAlgorithm.TABU_SEARCH))
                .plan(problem)).doesNotThrowAnyException();
    }

    @Test
    void replanWithPinsAndStabilityShowsNoScoreCorruption() {
        DrillProblem problem = TestProblems.crowded(5);
        Schedule published = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(300L)).plan(problem);
        String pinned = published.assignments().get(0).drill();
        Schedule replanned = DrillPlanner.create(fullAssert(60)).replan(problem, published,
                problem.horizon().start(), java.util.List.of(pinned), ProgressListener.NONE).schedule();
        assertThat(replanned.assignment(pinned)).contains(published.assignment(pinned).orElseThrow());
    }
}
