package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.ScheduleConstraint;
import io.drillplan.model.ScoreLevel;
import io.drillplan.model.TeamAssignment;
import io.drillplan.solver.engine.DrillConstraints;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExplainTest {

    private final DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT);

    @Test
    void overbookedTeamIsTracedToTheDrillsOfThatDay() {
        DrillProblem base = TestProblems.crowded(2);
        // F2 may hold one drill a day; give it U1-D1 in the morning and U2-D1 in the afternoon.
        DrillProblem problem = new DrillProblem(base.name(), base.horizon(), base.travel(), base.regions(),
                base.teams(), base.units(), base.drills());
        Schedule schedule = new Schedule("crowded", List.of(
                new Assignment("U1-D0", LocalDate.of(2026, 6, 1), "AM", LocalTime.of(8, 30), LocalTime.of(12, 0),
                        List.of(new TeamAssignment("FIRE", "F1"))),
                new Assignment("U1-D1", LocalDate.of(2026, 6, 2), "AM", LocalTime.of(8, 30), LocalTime.of(12, 0),
                        List.of(new TeamAssignment("EVACUATION", "F2"))),
                new Assignment("U2-D0", LocalDate.of(2026, 6, 1), "PM", LocalTime.of(14, 0), LocalTime.of(17, 30),
                        List.of(new TeamAssignment("FIRE", "F1"))),
                new Assignment("U2-D1", LocalDate.of(2026, 6, 2), "PM", LocalTime.of(14, 0), LocalTime.of(17, 30),
                        List.of(new TeamAssignment("EVACUATION", "F2")))),
                List.of(new io.drillplan.model.Unscheduled("U3-D0", "test"),
                        new io.drillplan.model.Unscheduled("U3-D1", "test")));

        Explanation explanation = planner.explain(problem, schedule);

        assertThat(explanation.feasible()).isFalse();
        assertThat(explanation.constraints()).filteredOn(c -> c.level() == ScoreLevel.HARD)
                .extracting(ConstraintTotal::constraint, ConstraintTotal::penalty, ConstraintTotal::matches)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScheduleConstraint.TEAM_DAILY_LIMIT, 1L, 1));
        assertThat(explanation.drills()).filteredOn(d -> d.hard() > 0).extracting(DrillImpact::drill)
                .containsExactlyInAnyOrder("U1-D1", "U2-D1");
        assertThat(explanation.drills()).filteredOn(d -> d.drill().equals("U1-D1")).singleElement()
                .satisfies(d -> assertThat(d.constraints()).startsWith(ScheduleConstraint.TEAM_DAILY_LIMIT));
        assertThat(explanation.drills().get(0).hard()).isEqualTo(1);
        assertThat(explanation.constraints()).filteredOn(c -> c.level() == ScoreLevel.MEDIUM)
                .extracting(ConstraintTotal::constraint).containsExactly(ScheduleConstraint.UNSCHEDULED);
        RescueTeam unused = problem.teams().get(2);
        assertThat(unused.skills()).isEqualTo(Set.of("MEDICAL"));
    }

    @Test
    void everyConstraintWeightNamesAConstraintOfTheEnum() {
        // The weights' names are written out (an annotation takes constants only): they must
        // still be titles of ScheduleConstraint, or explain could not name their matches.
        List<String> names = java.util.Arrays.stream(io.drillplan.solver.engine.DrillWeights.class.getDeclaredFields())
                .map(f -> f.getAnnotation(org.optaplanner.core.api.domain.constraintweight.ConstraintWeight.class))
                .filter(java.util.Objects::nonNull).map(w -> w.value()).toList();
        assertThat(names).hasSize(9).allSatisfy(name -> assertThat(ScheduleConstraint.byTitle(name)).isPresent());
    }
}
