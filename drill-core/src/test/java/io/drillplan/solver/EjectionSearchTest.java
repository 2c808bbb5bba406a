package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.Horizon;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EjectionSearchTest {

    private static final LocalDate MON = LocalDate.of(2026, 6, 1);
    private static final LocalDate FRI = LocalDate.of(2026, 6, 5);
    private static final java.time.LocalTime AM_START = java.time.LocalTime.of(8, 30);
    private static final java.time.LocalTime AM_END = java.time.LocalTime.of(12, 0);

    /** One team, one drill a day; X can only be held on Friday, where B (any weekday) sits. */
    private static DrillProblem problem() {
        return DrillProblem.builder().name("one team")
                .horizon(new Horizon(MON, FRI, Set.of(), null))
                .region(new Region("r", "R", null, null))
                .team(new RescueTeam("F1", "Fire 1", "FIRE_RESCUE", Set.of("FIRE"), new GeoPoint(37.87, 112.55), "r",
                        60.0, 1, 5, Set.of()))
                .unit(TestProblems.unit("U1", 37.88, 112.56))
                .unit(TestProblems.unit("U2", 37.86, 112.54))
                .drill(new DrillRequest("B", "U2", ExerciseType.DIGITAL_DEDUCTION, null, 1,
                        List.of(new Role("FIRE", 1)), null, List.of(), 2, 0))
                .drill(new DrillRequest("X", "U1", ExerciseType.DIGITAL_DEDUCTION, null, 1,
                        List.of(new Role("FIRE", 1)), new DateWindow(FRI, FRI), List.of(), 5, 0))
                .drill(new DrillRequest("A", "U1", ExerciseType.DIGITAL_DEDUCTION, null, 1,
                        List.of(new Role("FIRE", 1)), null, List.of(), 3, 0))
                .build();
    }

    private static Schedule current() {
        // B on Friday; A fills Monday. Tuesday to Thursday are free for B.
        return new Schedule("one team", List.of(
                new Assignment("A", MON, "AM", AM_START, AM_END, List.of(new TeamAssignment("FIRE", "F1"))),
                new Assignment("B", FRI, "AM", AM_START, AM_END, List.of(new TeamAssignment("FIRE", "F1")))), List.of());
    }

    @Test
    void movesADrillNotYetAnnouncedToMakeRoom() {
        DrillProblem problem = problem();
        EjectionSearch.Result result = EjectionSearch.run(problem, current(), Set.of("A"), Map.of("X", MON),
                MON.plusDays(1), 10);

        assertThat(result.placed()).containsExactly("X");
        assertThat(result.moved()).containsExactly("B");
        assertThat(result.schedule().assignment("X").orElseThrow().date()).isEqualTo(FRI);
        assertThat(result.schedule().assignment("B").orElseThrow().date()).isBetween(MON.plusDays(1), FRI.minusDays(1));
        assertThat(result.schedule().assignment("A")).contains(current().assignment("A").orElseThrow());
        Schedule whole = new Schedule("one team", result.schedule().assignments(), List.of());
        assertThat(ScheduleChecker.check(problem, whole).violations()).isEmpty();
    }

    @Test
    void leavesFixedDrillsAndStopsAtItsBudget() {
        DrillProblem problem = problem();
        EjectionSearch.Result fixed = EjectionSearch.run(problem, current(), Set.of("A", "B"), Map.of("X", MON),
                MON.plusDays(1), 10);
        assertThat(fixed.placed()).isEmpty();
        assertThat(fixed.schedule().assignments()).containsExactlyInAnyOrderElementsOf(current().assignments());

        EjectionSearch.Result noBudget = EjectionSearch.run(problem, current(), Set.of("A"), Map.of("X", MON),
                MON.plusDays(1), 0);
        assertThat(noBudget.placed()).isEmpty();
        assertThat(noBudget.exchanges()).isZero();
    }
}
