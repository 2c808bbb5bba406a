package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.Schedule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DrillPlannerSmokeTest {

    @Test
    void formatExampleIsScheduledWithChainOrder() {
        Schedule s = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(2)).withStepLimit(200L))
                .plan(TestProblems.formatExample());
        System.out.println(s);
        assertThat(s.score().orElseThrow().isFeasible()).isTrue();
        assertThat(s.assignments()).hasSize(2);
        assertThat(s.assignment("D2").orElseThrow().date())
                .isAfterOrEqualTo(s.assignment("D1").orElseThrow().date().plusDays(7));
    }
}
