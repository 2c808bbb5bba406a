package io.drillplan.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.Role;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChangedMonthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static DrillProblem problem;
    private static Schedule published;

    @BeforeAll
    static void plan() {
        problem = SampleProblems.generate(SampleProblems.Preset.TINY);
        published = GreedyScheduler.schedule(problem);
    }

    private static ChangedMonth month() {
        return ChangedMonth.of(problem, published, TODAY);
    }

    private static Assignment firstOn(boolean beforeToday) {
        return published.assignments().stream().filter(a -> a.date().isBefore(TODAY) == beforeToday)
                .findFirst().orElseThrow();
    }

    @Test
    void teamAwayAddsOnlyTheDatesFromToday() {
        String team = problem.teams().get(0).id();
        ChangedMonth changed = month().with(new TeamAway(team, TODAY.minusDays(2), TODAY.plusDays(2)));
        assertThat(changed.problem().team(team).orElseThrow().unavailable())
                .contains(TODAY, TODAY.plusDays(1), TODAY.plusDays(2))
                .doesNotContain(TODAY.minusDays(1), TODAY.minusDays(2));
    }

    @Test
    void unitClosedAddsItsDates() {
        String unit = problem.units().get(0).id();
        ChangedMonth changed = month().with(new UnitClosed(unit, TODAY.plusDays(3), TODAY.plusDays(4)));
        assertThat(changed.problem().unit(unit).orElseThrow().unavailable())
                .contains(TODAY.plusDays(3), TODAY.plusDays(4));
    }

    @Test
    void cancellingADrillTakesTheLaterStepsOfItsChainWithIt() {
        // the first step of a chain of at least three: a follower that is itself followed
        DrillRequest first = problem.drills().stream()
                .filter(d -> d.after().isEmpty() && followers(d.id()).stream().anyMatch(f -> !followers(f).isEmpty()))
                .findFirst().orElseThrow();
        Set<String> chain = new java.util.LinkedHashSet<>(List.of(first.id()));
        for (int i = 0; i < 5; i++) {
            Set<String> next = new java.util.LinkedHashSet<>(chain);
            chain.forEach(id -> next.addAll(followers(id)));
            chain = next;
        }
        assertThat(chain).hasSizeGreaterThanOrEqualTo(3);
        // On the first day nothing is held yet.
        ChangedMonth month = ChangedMonth.of(problem, published, problem.horizon().start());
        assertThat(month.cancelledWith(first.id())).containsExactlyInAnyOrderElementsOf(chain);
        ChangedMonth changed = month.with(new DrillCancelled(first.id()));
        for (String id : chain) {
            assertThat(changed.problem().drill(id)).as(id).isEmpty();
            assertThat(changed.published().assignment(id)).as(id).isEmpty();
        }
        assertThat(changed.problem().drills()).hasSize(problem.drills().size() - chain.size());
        io.drillplan.model.ProblemValidator.validate(changed.problem());
    }

    @Test
    void aChainWhoseLaterStepWasHeldCannotBeCancelled() {
        DrillRequest follower = problem.drills().stream()
                .filter(d -> !d.after().isEmpty() && published.assignment(d.id()).isPresent()).findFirst().orElseThrow();
        String prerequisite = follower.after().get(0).drill();
        LocalDate day = problem.horizon().start();
        ChangedMonth month = ChangedMonth.of(problem, published, day).with(new DrillHeld(follower.id(), day, null, null));
        assertThatThrownBy(() -> month.with(new DrillCancelled(prerequisite)))
                .isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("drill: '" + prerequisite + "' must come before '" + follower.id()
                        + "', which was held on " + day);
    }

    private List<String> followers(String drill) {
        return problem.drills().stream().filter(d -> d.after().stream().anyMatch(p -> p.drill().equals(drill)))
                .map(DrillRequest::id).toList();
    }

    @Test
    void aHeldDrillCannotBeCancelled() {
        Assignment held = firstOn(true);
        assertThatThrownBy(() -> month().with(new DrillCancelled(held.drill())))
                .isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("drill: '" + held.drill() + "' was held on " + held.date());
    }

    @Test
    void anAddedDrillIsCheckedLikeAProblemDrill() {
        DrillRequest ok = new DrillRequest("NEW", problem.units().get(0).id(), ExerciseType.DIGITAL_DEDUCTION, null, 1,
                List.of(new Role(problem.teams().get(0).skills().iterator().next(), 1)), null, List.of(), 3, 0);
        assertThat(month().with(new DrillAdded(ok)).problem().drill("NEW")).isPresent();

        DrillRequest bad = new DrillRequest("NEW", "U-nowhere", ExerciseType.DIGITAL_DEDUCTION, null, 1,
                List.of(new Role("FIRE", 1)), null, List.of(), 9, 0);
        assertThatThrownBy(() -> month().withAll(List.of(new DrillAdded(bad))))
                .isInstanceOf(InvalidChangeException.class)
                .satisfies(e -> assertThat(((InvalidChangeException) e).messages(java.util.Locale.ENGLISH))
                        .anyMatch(p -> p.startsWith("changes[0].request.unit") && p.contains("'U-nowhere'"))
                        .anyMatch(p -> p.startsWith("changes[0].request.priority") && p.contains("9")));
        String existing = problem.drills().get(0).id();
        DrillRequest twice = new DrillRequest(existing, ok.unit(), ok.type(), null, 1, ok.roles(), null, List.of(), 3, 0);
        assertThatThrownBy(() -> month().with(new DrillAdded(twice)))
                .hasMessageContaining("request.id: drill '" + existing + "' already exists");
    }

    @Test
    void heldMovesTheDrillAndPinsIt() {
        Assignment later = firstOn(false);
        ChangedMonth changed = month().with(new DrillHeld(later.drill(), TODAY, null, null));
        assertThat(changed.pinned()).contains(later.drill());
        assertThat(changed.published().assignment(later.drill()).orElseThrow().date()).isEqualTo(TODAY);
        assertThat(changed.isHeld(later.drill())).isTrue();
    }

    @Test
    void aHeldDrillDatedAfterTodayIsRefused() {
        Assignment later = firstOn(false);
        assertThatThrownBy(() -> month().withAll(List.of(new DrillHeld(later.drill(), TODAY.plusDays(1), null, null))))
                .isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("changes[0].date: " + TODAY.plusDays(1) + " is after today " + TODAY);
    }

    @Test
    void notHeldTakesThePastDrillOutOfThePublishedVersion() {
        Assignment held = published.assignments().stream().filter(a -> a.date().isBefore(TODAY))
                .filter(a -> problem.drills().stream().noneMatch(d -> d.after().stream().anyMatch(p -> p.drill().equals(a.drill()))))
                .findFirst().orElseThrow();
        ChangedMonth changed = month().with(new DrillNotHeld(held.drill()));
        assertThat(changed.published().assignment(held.drill())).isEmpty();
        assertThat(changed.isHeld(held.drill())).isFalse();
        assertThat(changed.published().unscheduled()).anyMatch(u -> u.drill().equals(held.drill()));
    }

    @Test
    void everyBadChangeIsListedWithItsFieldAndValue() {
        assertThatThrownBy(() -> month().withAll(List.of(
                new TeamAway("T-nobody", TODAY, TODAY),
                new UnitClosed(problem.units().get(0).id(), LocalDate.of(2026, 5, 30), LocalDate.of(2026, 7, 2)),
                new DrillHeld("D-nothing", TODAY, "AM", List.of(new TeamAssignment("FIRE", "T-nobody"))))))
                .isInstanceOf(InvalidChangeException.class)
                .satisfies(e -> assertThat(((InvalidChangeException) e).messages(java.util.Locale.ENGLISH)).containsExactly(
                        "changes[0].team: unknown team 'T-nobody'",
                        "changes[1].from: 2026-05-30 is outside the horizon 2026-06-01 to 2026-06-30",
                        "changes[1].to: 2026-07-02 is outside the horizon 2026-06-01 to 2026-06-30",
                        "changes[2].drill: unknown drill 'D-nothing'"));
        assertThatThrownBy(() -> ChangedMonth.of(problem, published, LocalDate.of(2026, 7, 1)))
                .hasMessageContaining("today: 2026-07-01 is outside the horizon");
    }
}
