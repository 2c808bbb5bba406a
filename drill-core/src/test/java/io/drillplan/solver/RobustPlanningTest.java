package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RobustPlanningTest {

    @Test
    void windowsLoseTheirLastDaysButNeverEndBeforeTheyStart() {
        DrillProblem problem = TestProblems.formatExample();
        DrillProblem slack = RobustPlanning.withSlack(problem, 3);
        DateWindow d1 = slack.drill("D1").orElseThrow().window();
        assertThat(d1.to()).isEqualTo(problem.drill("D1").orElseThrow().window().to().minusDays(3));
        DrillProblem tooMuch = RobustPlanning.withSlack(problem, 400);
        for (DrillRequest d : tooMuch.drills()) {
            DateWindow w = d.windowIn(tooMuch.horizon());
            assertThat(w.to()).isEqualTo(w.from());
        }
    }

    @Test
    void aRobustPlanKeepsTheRulesOfTheOriginalAndTheSlackWhereItCan() {
        DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.TINY);
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(300L));

        Schedule robust = RobustPlanning.plan(planner, problem, 2, ProgressListener.NONE);

        assertThat(ScheduleChecker.check(problem, robust).feasible()).isTrue();
        assertThat(robust.score().orElseThrow().isFeasible()).isTrue();
        assertThat(robust.assignments().size() + robust.unscheduled().size()).isEqualTo(problem.drills().size());
        Map<String, DrillRequest> drills = problem.drillsById();
        long inSlack = robust.assignments().stream().filter(a -> {
            DateWindow w = drills.get(a.drill()).windowIn(problem.horizon());
            return a.date().isAfter(w.to().minusDays(2)) && !w.to().minusDays(2).isBefore(w.from());
        }).count();
        // Every drill with room before its last two days is planned there.
        assertThat(inSlack).isZero();
        assertThat(robust.assignments()).extracting(Assignment::drill).doesNotHaveDuplicates();
    }
}
