package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.HardRule;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Schedule;
import io.drillplan.model.Slot;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A minimum gap of {@code Integer.MAX_VALUE} days: the validator refuses it, and the greedy
 * placement and the checker, which also serve problems that skipped validation, read it as a gap
 * never met instead of overflowing into "met".
 */
class PrecedenceOverflowTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private static DrillProblem problem(int minDays) {
        return DrillProblem.builder()
                .name("gap")
                .horizon(new Horizon(JUNE_1, LocalDate.of(2026, 6, 30), Set.of(), null))
                .region(new Region("r", "Region", null, null))
                .team(new RescueTeam("T1", "Team", null, Set.of("FIRE"), new GeoPoint(37.87, 112.55), "r", null, 2, 10,
                        Set.of()))
                .unit(new GrassrootsUnit("U1", "Unit", null, null, null, "r", new GeoPoint(37.87, 112.55), false, Set.of()))
                .drill(new DrillRequest("D1", "U1", ExerciseType.DIGITAL_DEDUCTION, null, 1, List.of(new Role("FIRE", 1)),
                        null, List.of(), 3, 0))
                .drill(new DrillRequest("D2", "U1", ExerciseType.DIGITAL_DEDUCTION, null, 1, List.of(new Role("FIRE", 1)),
                        null, List.of(new Precedence("D1", minDays)), 3, 0))
                .build();
    }

    private static Assignment on(String drill, int day) {
        return new Assignment(drill, JUNE_1.plusDays(day - 1), "AM", Slot.DEFAULT_AM.start(), Slot.DEFAULT_AM.end(),
                List.of(new TeamAssignment("FIRE", "T1")));
    }

    @Test
    void theValidatorRefusesIt() {
        assertThat(io.drillplan.model.Problem.texts(ProblemValidator.problems(problem(Integer.MAX_VALUE)), java.util.Locale.ENGLISH))
                .containsExactly("drills[1].after[0].minDays: 2147483647 is more than 366, the largest allowed");
    }

    @Test
    void greedyPlacementLeavesTheLaterDrillOut() {
        DrillProblem p = problem(Integer.MAX_VALUE);
        Schedule fixed = new Schedule("gap", List.of(on("D1", 2)), List.of());
        Schedule extended = GreedyScheduler.extend(p, fixed, List.of("D2"), JUNE_1);
        assertThat(extended.assignments()).extracting(Assignment::drill).containsExactly("D1");
        assertThat(extended.unscheduled()).extracting(Unscheduled::drill).containsExactly("D2");
        // Within reach, the same code places it.
        Schedule near = GreedyScheduler.extend(problem(3), fixed, List.of("D2"), JUNE_1);
        assertThat(near.assignment("D2")).map(Assignment::date).contains(JUNE_1.plusDays(4));
    }

    @Test
    void theCheckerReportsRuleNine() {
        Schedule schedule = new Schedule("gap", List.of(on("D1", 2), on("D2", 30)), List.of());
        assertThat(ScheduleChecker.check(problem(Integer.MAX_VALUE), schedule).ofRule(HardRule.DRILL_ORDER)).hasSize(1);
        assertThat(ScheduleChecker.check(problem(28), schedule).feasible()).isTrue();
    }
}
