package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Re-plans under FULL_ASSERT (the engine recomputes the score after every move and fails on any
 * difference), from published versions that leave drills out, with drills added and teams lost,
 * and the promises of "today": nothing before it changes, nothing moves to it.
 */
class ReplanTest {

    private static final LocalDate JUNE_5 = LocalDate.of(2026, 6, 5);

    /**
     * A short time limit as well as the steps: with few drills free to move, a late acceptance
     * step may find no acceptable move and wait for the time limit. Every assertion below holds
     * whenever the search stops.
     */
    private static DrillPlanner fullAssert(long steps) {
        return DrillPlanner.create(PlannerOptions.DEFAULT.withFullAssert(true).withStepLimit(steps)
                .withTimeLimit(Duration.ofSeconds(8)).withUnimprovedLimit(null));
    }

    private static Schedule published(DrillProblem problem) {
        return DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(300L)).plan(problem);
    }

    /** {@code schedule} with the drills {@code out} moved to its unscheduled list. */
    private static Schedule leaveOut(Schedule schedule, Set<String> out) {
        List<Unscheduled> unscheduled = new ArrayList<>(schedule.unscheduled());
        out.forEach(id -> unscheduled.add(new Unscheduled(id, "left out")));
        return new Schedule(schedule.problem(),
                schedule.assignments().stream().filter(a -> !out.contains(a.drill())).toList(), unscheduled);
    }

    private static void assertKeepsThePast(Schedule published, Schedule next, LocalDate today) {
        Map<String, Assignment> now = next.assignments().stream()
                .collect(Collectors.toMap(Assignment::drill, Function.identity()));
        for (Assignment a : published.assignments()) {
            if (a.date().isBefore(today)) {
                assertThat(now.get(a.drill())).as("held drill %s", a.drill()).isEqualTo(a);
            }
        }
        Map<String, Assignment> was = published.assignments().stream()
                .collect(Collectors.toMap(Assignment::drill, Function.identity()));
        for (Assignment a : next.assignments()) {
            if (!a.equals(was.get(a.drill()))) {
                assertThat(a.date()).as("changed drill %s", a.drill()).isAfterOrEqualTo(today);
            }
        }
    }

    @Test
    void publishedVersionLeavingDrillsOutReplansUnderFullAssert() {
        DrillProblem problem = TestProblems.crowded(5);
        Schedule full = published(problem);
        Set<String> out = full.assignments().stream().map(Assignment::drill).limit(4).collect(Collectors.toSet());
        Schedule published = leaveOut(full, out);

        Replan replan = fullAssert(200).replan(problem, published, problem.horizon().start());

        assertThat(ScheduleChecker.check(problem, replan.schedule()).feasible()).isTrue();
        assertThat(replan.schedule().score().orElseThrow().isFeasible()).isTrue();
        // The four left out had room in the full plan; the start places them greedily again.
        assertThat(replan.changes()).filteredOn(c -> c.kind() == DrillChange.Kind.ADDED)
                .extracting(DrillChange::drill).containsAnyElementsOf(out);
    }

    @Test
    void addedDrillsAndALostTeamReplanUnderFullAssertWithoutTouchingThePast() {
        DrillProblem original = TestProblems.crowded(5);
        Schedule published = published(original);
        // F2 is called away for the rest of the horizon, and two drills are added.
        Set<LocalDate> away = new TreeSet<>(original.team("F2").orElseThrow().unavailable());
        original.horizon().dates().stream().filter(d -> !d.isBefore(JUNE_5)).forEach(away::add);
        DrillProblem.Builder b = DrillProblem.builder().name(original.name()).horizon(original.horizon());
        original.regions().forEach(b::region);
        original.teams().forEach(t -> b.team(!t.id().equals("F2") ? t
                : new RescueTeam(t.id(), t.name(), t.kind(), t.skills(), t.base(), t.region(), t.serviceRadiusKm(),
                        t.maxDrillsPerDay(), t.maxDrillsPerWeek(), away)));
        original.units().forEach(b::unit);
        original.drills().forEach(b::drill);
        b.drill(new DrillRequest("NEW-1", "U2", ExerciseType.DIGITAL_DEDUCTION, null, 1,
                List.of(new Role("FIRE", 1)), null, List.of(), 5, 10));
        b.drill(new DrillRequest("NEW-2", "U3", ExerciseType.DIGITAL_DEDUCTION, null, 1,
                List.of(new Role("MEDICAL", 1)), null, List.of(), 4, 10));
        DrillProblem changed = b.build();

        Replan replan = fullAssert(200).replan(changed, published, JUNE_5, Set.of(), ProgressListener.NONE);

        Schedule next = replan.schedule();
        assertThat(ScheduleChecker.check(changed, next).feasible()).isTrue();
        assertKeepsThePast(published, next, JUNE_5);
        assertThat(next.assignments()).noneMatch(a -> !a.date().isBefore(JUNE_5)
                && a.teams().stream().anyMatch(t -> t.team().equals("F2")));
        assertThat(next.assignments()).extracting(Assignment::drill).contains("NEW-1", "NEW-2");
        assertThat(replan.changes()).extracting(DrillChange::drill).contains("NEW-1", "NEW-2");
        // Every drill F2 guided from June 5 had to change: it is listed as changed.
        List<String> hit = published.assignments().stream().filter(a -> !a.date().isBefore(JUNE_5)
                && a.teams().stream().anyMatch(t -> t.team().equals("F2"))).map(Assignment::drill).toList();
        assertThat(hit).isNotEmpty();
        assertThat(replan.changes()).extracting(DrillChange::drill).containsAll(hit);
    }

    @Test
    void aTeamDroppedFromTheProblemReplansUnderFullAssert() {
        DrillProblem tiny = SampleProblems.generate(SampleProblems.Preset.TINY);
        Schedule published = published(tiny);
        String lost = published.assignments().stream().filter(a -> a.date().isAfter(JUNE_5))
                .flatMap(a -> a.teams().stream()).map(TeamAssignment::team).findFirst().orElseThrow();
        // The team is gone for good, and the drills it guided before June 5 were cancelled with it.
        Set<String> itsPast = published.assignments().stream().filter(a -> a.date().isBefore(JUNE_5)
                && a.teams().stream().anyMatch(t -> t.team().equals(lost))).map(Assignment::drill)
                .collect(Collectors.toSet());
        DrillProblem.Builder b = DrillProblem.builder().name(tiny.name()).horizon(tiny.horizon()).travel(tiny.travel());
        tiny.regions().forEach(b::region);
        tiny.teams().stream().filter(t -> !t.id().equals(lost)).forEach(b::team);
        tiny.units().forEach(b::unit);
        tiny.drills().stream().filter(d -> !itsPast.contains(d.id()))
                .map(d -> new DrillRequest(d.id(), d.unit(), d.type(), d.scenario(), d.durationSlots(), d.roles(),
                        d.window(), d.after().stream().filter(p -> !itsPast.contains(p.drill())).toList(),
                        d.priority(), d.participants()))
                .forEach(b::drill);
        DrillProblem changed = b.build();

        Replan replan = fullAssert(150).replan(changed, published, JUNE_5);

        Schedule next = replan.schedule();
        assertThat(ScheduleChecker.check(changed, next).feasible()).isTrue();
        assertThat(next.assignments()).noneMatch(a -> a.teams().stream().anyMatch(t -> t.team().equals(lost)));
        assertThat(replan.changes()).isNotEmpty();
    }

    @Test
    void nothingIsPlacedBeforeTodayEvenWhenAnEarlierSlotIsFree() {
        DrillProblem problem = TestProblems.crowded(3);
        Schedule full = published(problem);
        Assignment early = full.assignments().stream()
                .filter(a -> problem.drills().stream().noneMatch(d -> d.after().stream()
                        .anyMatch(p -> p.drill().equals(a.drill()))))
                .min(java.util.Comparator.comparing(Assignment::date)).orElseThrow();
        Schedule published = leaveOut(full, Set.of(early.drill()));
        LocalDate today = early.date().plusDays(1);

        Replan replan = fullAssert(100).replan(problem, published, today);

        replan.schedule().assignment(early.drill())
                .ifPresent(a -> assertThat(a.date()).isAfterOrEqualTo(today));
        assertKeepsThePast(published, replan.schedule(), today);
        replan.schedule().unscheduled().stream().filter(u -> u.drill().equals(early.drill()))
                .forEach(u -> assertThat(u.reason()).doesNotContain(early.date().toString()));
    }

    @Test
    void stabilityCostCountsDaysMovedDroppedDrillsAndTeamsReplaced() {
        DrillProblem problem = TestProblems.crowded(5);
        Schedule published = published(problem);
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(100L)
                .withWeights(PreferenceWeights.DEFAULT.withStability(7)));

        Replan replan = planner.replan(problem, published, LocalDate.of(2026, 6, 8));

        long units = 0;
        for (DrillChange c : DrillChange.between(published, replan.schedule())) {
            units += c.daysMoved(30) + c.teamsReplaced();
        }
        assertThat(replan.changes()).isEqualTo(DrillChange.between(published, replan.schedule()));
        assertThat(replan.stabilityCost()).isEqualTo(7 * units);
    }

    @Test
    void drillChangesNameMovesTeamChangesDropsAndAdditions() {
        LocalDate d1 = LocalDate.of(2026, 6, 2);
        Assignment a = new Assignment("A", d1, "AM", null, null, List.of(new TeamAssignment("FIRE", "F1")));
        Assignment b = new Assignment("B", d1, "PM", null, null, List.of(new TeamAssignment("FIRE", "F1")));
        Assignment c = new Assignment("C", d1, "AM", null, null, List.of(new TeamAssignment("FIRE", "F2")));
        Schedule before = new Schedule("p", List.of(a, b, c), List.of());
        Schedule after = new Schedule("p", List.of(
                new Assignment("A", d1.plusDays(3), "AM", null, null, a.teams()),
                new Assignment("B", d1, "PM", null, null, List.of(new TeamAssignment("FIRE", "F2"))),
                new Assignment("D", d1, "PM", null, null, List.of(new TeamAssignment("FIRE", "F1")))),
                List.of(new Unscheduled("C", "no room")));

        List<DrillChange> changes = DrillChange.between(before, after);

        assertThat(changes).extracting(DrillChange::drill, DrillChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", DrillChange.Kind.MOVED),
                org.assertj.core.groups.Tuple.tuple("B", DrillChange.Kind.TEAMS_CHANGED),
                org.assertj.core.groups.Tuple.tuple("C", DrillChange.Kind.DROPPED),
                org.assertj.core.groups.Tuple.tuple("D", DrillChange.Kind.ADDED));
        assertThat(changes.get(0).daysMoved(30)).isEqualTo(3);
        assertThat(changes.get(1).teamsReplaced()).isEqualTo(1);
        assertThat(changes.get(1).teams()).containsExactly("F1", "F2");
        assertThat(changes.get(2).reason()).isEqualTo("no room");
        assertThat(changes.get(2).daysMoved(30)).isEqualTo(30);
    }
}
