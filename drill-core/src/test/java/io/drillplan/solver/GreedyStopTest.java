package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A stop requested during the greedy start ends it at the next drill, with an honest reason for the rest. */
class GreedyStopTest {

    @Test
    void stopEndsPlacementAtTheNextDrill() {
        DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.COUNTY);
        AtomicInteger asked = new AtomicInteger();
        Schedule partial = GreedyScheduler.schedule(problem, () -> asked.incrementAndGet() > 10);
        assertThat(partial.assignments()).hasSizeLessThanOrEqualTo(10).isNotEmpty();
        assertThat(partial.unscheduled()).hasSize(problem.drills().size() - partial.assignments().size())
                .extracting(Unscheduled::reason).containsOnly(GreedyScheduler.STOPPED);
        assertThat(ScheduleChecker.check(problem, partial).feasible()).isTrue();

        Schedule whole = GreedyScheduler.schedule(problem, () -> false);
        assertThat(whole).isEqualTo(GreedyScheduler.schedule(problem));
        assertThat(whole.unscheduled()).extracting(Unscheduled::reason).doesNotContain(GreedyScheduler.STOPPED);
    }

    @Test
    void aPlannerStoppedBeforeItStartsReturnsAtOnce() {
        DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.CITY);
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT);
        planner.terminateEarly();
        long started = System.nanoTime();
        Schedule schedule = planner.plan(problem);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(5);
        // The engine may place a few drills before it sees the stop; the rest say why they are out.
        assertThat(schedule.unscheduled()).extracting(Unscheduled::reason).containsOnly(GreedyScheduler.STOPPED);
        assertThat(schedule.assignments().size() + schedule.unscheduled().size()).isEqualTo(problem.drills().size());
        assertThat(ScheduleChecker.check(problem, schedule).feasible()).isTrue();
    }
}
