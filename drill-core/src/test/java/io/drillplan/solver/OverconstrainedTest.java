package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.Role;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** More drills than teams can guide, and a skill no team has: drills are left out, rules never broken. */
class OverconstrainedTest {

    private final DrillPlanner planner = DrillPlanner.create(
            PlannerOptions.DEFAULT.withStepLimit(2_000L).withTimeLimit(Duration.ofSeconds(30)));

    @Test
    void excessDrillsAreLeftOutWithReasonsAndNoRuleIsBroken() {
        // 3 units x 14 drills in a fortnight with 3 teams: far beyond their weekly limits.
        DrillProblem problem = TestProblems.crowded(14).toBuilder()
                .drill(new DrillRequest("HZ1", "U1", ExerciseType.ACTUAL_COMBAT_SIMULATION, "TOXIC_LEAK", 1,
                        List.of(new Role("HAZMAT", 1)), null, List.of(), 5, 30))
                .build();

        Schedule schedule = planner.plan(problem);

        assertThat(schedule.score().orElseThrow().isFeasible()).isTrue();
        assertThat(schedule.score().orElseThrow().hard()).isZero();
        assertThat(schedule.assignments().size() + schedule.unscheduled().size()).isEqualTo(problem.drills().size());
        assertThat(schedule.unscheduled()).extracting(Unscheduled::drill).contains("HZ1");
        assertThat(schedule.unscheduled()).filteredOn(u -> u.drill().equals("HZ1"))
                .extracting(Unscheduled::reason).containsExactly("no team has skill HAZMAT");
        assertThat(schedule.unscheduled()).hasSizeGreaterThan(5);
        assertThat(schedule.unscheduled()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
    }

    @Test
    void skillOutOfReachIsExplainedWithTheNearestTeam() {
        DrillProblem base = TestProblems.crowded(1);
        DrillProblem problem = base.toBuilder()
                .team(new io.drillplan.model.RescueTeam("HZ-far", "Far hazmat", "HAZMAT", java.util.Set.of("HAZMAT"),
                        new io.drillplan.model.GeoPoint(36.0, 111.5), "taiyuan", 50.0, 2, 5, java.util.Set.of()))
                .drill(new DrillRequest("HZ1", "U1", ExerciseType.ACTUAL_COMBAT_SIMULATION, "TOXIC_LEAK", 1,
                        List.of(new Role("HAZMAT", 1)), null, List.of(), 5, 30))
                .build();

        Schedule schedule = planner.plan(problem);

        assertThat(schedule.unscheduled()).filteredOn(u -> u.drill().equals("HZ1")).singleElement()
                .satisfies(u -> assertThat(u.reason())
                        .startsWith("no team with skill HAZMAT within reach of Mine (nearest: HZ-far, ")
                        .endsWith("km away, serves 50 km)"));
    }
}
