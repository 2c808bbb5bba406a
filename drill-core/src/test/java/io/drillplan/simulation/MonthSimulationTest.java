package io.drillplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MonthSimulationTest {

    static final DrillProblem TINY = SampleProblems.generate(SampleProblems.Preset.TINY);
    static final Schedule TINY_PLAN = GreedyScheduler.schedule(TINY);
    static final DrillProblem COUNTY = SampleProblems.generate(SampleProblems.Preset.COUNTY);
    static final Schedule COUNTY_PLAN = GreedyScheduler.schedule(COUNTY);

    /** A rough month: three times the June rates, so every policy has plenty to do. */
    static final DisruptionModel ROUGH = DisruptionModel.JUNE.scaled(3);
    /** A small repair budget keeps the tests fast; the solver still runs. */
    static final SimulationOptions FAST = SimulationOptions.DEFAULT.withRepairSteps(4);

    static MonthSimulation simulation(DrillProblem problem, Schedule plan, DisruptionModel model, ReplanPolicy policy,
            long seed) {
        return MonthSimulation.of(problem, plan, model, policy, seed).withOptions(FAST);
    }

    @ParameterizedTest
    @EnumSource(ReplanPolicy.class)
    void withoutDisruptionEveryPolicyHoldsExactlyThePublishedSchedule(ReplanPolicy policy) {
        SimulationRun run = simulation(COUNTY, COUNTY_PLAN, DisruptionModel.NONE, policy, 7L).run();

        assertThat(run.outcome().assignments()).containsExactlyInAnyOrderElementsOf(COUNTY_PLAN.assignments());
        assertThat(run.metrics().completed()).isEqualTo(COUNTY_PLAN.assignments().size());
        assertThat(run.metrics().coverage()).isEqualTo(1.0);
        assertThat(run.metrics().moved() + run.metrics().lost() + run.metrics().disrupted()
                + run.metrics().cancelled() + run.metrics().teamDaysLost()).isZero();
        assertThat(run.events()).allMatch(e -> e.kind() == SimulationEvent.Kind.DRILL_HELD);
        assertThat(run.events()).hasSize(COUNTY_PLAN.assignments().size());
    }

    @ParameterizedTest
    @EnumSource(ReplanPolicy.class)
    void everyPublishedVersionKeepsEveryHardRuleOfTheProblemAsKnown(ReplanPolicy policy) {
        for (int replication = 1; replication <= 3; replication++) {
            List<LocalDate> days = new ArrayList<>();
            Map<String, Assignment> heldSoFar = new HashMap<>();
            SimulationRun run = simulation(COUNTY, COUNTY_PLAN, ROUGH, policy, 11L)
                    .withReplication(replication)
                    .withListener((date, known, version) -> {
                        days.add(date);
                        CheckReport report = ScheduleChecker.check(known, version);
                        assertThat(report.violations()).as("%s %s replication", date, policy).isEmpty();
                        // a drill once held stays held, where it was
                        heldSoFar.forEach((id, a) -> assertThat(version.assignment(id)).contains(a));
                        version.assignments().stream().filter(a -> a.date().equals(date))
                                .forEach(a -> heldSoFar.put(a.drill(), a));
                        // nothing unsettled is placed before tomorrow: the past is the past
                        assertThat(version.assignments()).allMatch(a -> !a.date().isBefore(date)
                                || heldSoFar.containsKey(a.drill()));
                    })
                    .run();
            assertThat(days).isEqualTo(COUNTY.horizon().dates());
            assertThat(run.repairFallbacks()).isZero();
            assertThat(run.metrics().disrupted()).as("a rough month disrupts something").isPositive();
            assertThat(ScheduleChecker.check(COUNTY, run.outcome()).feasible()).isTrue();
            assertThat(heldSoFar.keySet()).containsExactlyInAnyOrderElementsOf(
                    run.outcome().assignments().stream().map(Assignment::drill).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(ReplanPolicy.class)
    void noOutdoorDrillIsHeldUnderRainAndNoDrillWithATeamAway(ReplanPolicy policy) {
        Map<String, GrassrootsUnit> units = COUNTY.unitsById();
        Map<String, DrillRequest> drills = COUNTY.drillsById();
        for (int replication = 1; replication <= 3; replication++) {
            SimulationRun run = simulation(COUNTY, COUNTY_PLAN, ROUGH, policy, 5L)
                    .withReplication(replication).run();
            Set<String> rain = new HashSet<>();
            Map<String, Set<LocalDate>> away = new HashMap<>();
            for (SimulationEvent e : run.events()) {
                if (e.kind() == SimulationEvent.Kind.RAIN) {
                    rain.add(e.subject() + "@" + e.date());
                }
            }
            run.events().stream().filter(e -> e.kind() == SimulationEvent.Kind.INCIDENT).forEach(e -> {
                // "away today" or "away A..B (n days)"
                Set<LocalDate> dates = away.computeIfAbsent(e.subject(), k -> new HashSet<>());
                if (e.detail().endsWith("today")) {
                    dates.add(e.date());
                } else {
                    String span = e.detail().replaceAll(".*away (\\S+)\\.\\.(\\S+) .*", "$1 $2");
                    LocalDate from = LocalDate.parse(span.split(" ")[0]);
                    LocalDate to = LocalDate.parse(span.split(" ")[1]);
                    from.datesUntil(to.plusDays(1)).forEach(dates::add);
                }
            });
            assertThat(rain.size() + away.size()).isPositive();
            for (Assignment a : run.outcome().assignments()) {
                DrillRequest d = drills.get(a.drill());
                if (d.type().isOutdoor()) {
                    assertThat(rain).doesNotContain(units.get(d.unit()).region() + "@" + a.date());
                }
                for (TeamAssignment t : a.teams()) {
                    assertThat(away.getOrDefault(t.team(), Set.of())).doesNotContain(a.date());
                }
            }
        }
    }

    @Test
    void aScriptedTeamAwayKnocksOutItsDrillsThoseDays() {
        String team = "T-gujiao-fire1";
        LocalDate from = LocalDate.of(2026, 6, 8);
        LocalDate to = LocalDate.of(2026, 6, 9);
        DisruptionModel script = DisruptionModel.NONE.withScripted(List.of(new ScriptedEvent.TeamAway(team, from, to)));
        Set<String> expected = TINY_PLAN.assignments().stream()
                .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to))
                .filter(a -> a.teams().stream().anyMatch(t -> t.team().equals(team)))
                .map(Assignment::drill).collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);

        SimulationRun none = simulation(TINY, TINY_PLAN, script, ReplanPolicy.NONE, 1L).run();
        assertThat(none.events()).filteredOn(e -> e.kind() == SimulationEvent.Kind.INCIDENT)
                .singleElement().satisfies(e -> {
                    assertThat(e.date()).isEqualTo(from);
                    assertThat(e.subject()).isEqualTo(team);
                });
        assertThat(ids(none, SimulationEvent.Kind.DRILL_DISRUPTED)).containsAll(expected);
        assertThat(ids(none, SimulationEvent.Kind.DRILL_LOST)).containsAll(expected);
        assertThat(none.outcome().assignments()).extracting(Assignment::drill).doesNotContainAnyElementsOf(expected);
        assertThat(none.metrics().teamDaysLost()).isEqualTo(2);
        assertThat(none.events()).filteredOn(e -> e.kind() == SimulationEvent.Kind.DRILL_DISRUPTED)
                .allMatch(e -> e.date().equals(from));

        SimulationRun shift = simulation(TINY, TINY_PLAN, script, ReplanPolicy.SHIFT, 1L).run();
        assertThat(ids(shift, SimulationEvent.Kind.DRILL_DISRUPTED)).containsAll(expected);
        for (String id : expected) {
            LocalDate published = TINY_PLAN.assignment(id).orElseThrow().date();
            shift.outcome().assignment(id).ifPresentOrElse(
                    a -> {
                        assertThat(a.date()).as(id).isAfterOrEqualTo(published);
                        assertThat(a.date().isAfter(to) || a.teams().stream().noneMatch(t -> t.team().equals(team)))
                                .as(id + " held without the absent team").isTrue();
                    },
                    () -> assertThat(ids(shift, SimulationEvent.Kind.DRILL_LOST)).contains(id));
        }
        assertThat(shift.metrics().moved()).isPositive();
        assertThat(shift.metrics().completed()).isGreaterThan(none.metrics().completed());
        // drills nobody touched are held where published
        for (Assignment a : TINY_PLAN.assignments()) {
            if (!ids(shift, SimulationEvent.Kind.DRILL_DISRUPTED).contains(a.drill())) {
                assertThat(shift.outcome().assignment(a.drill())).contains(a);
            }
        }
    }

    @Test
    void scriptedRainCallsOffOutdoorDrillsOnlyAndScriptedCancellationsAreFinal() {
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        List<Assignment> onJune1 = TINY_PLAN.assignments().stream().filter(a -> a.date().equals(june1)).toList();
        Map<String, DrillRequest> drills = TINY.drillsById();
        Set<String> outdoor = onJune1.stream().map(Assignment::drill)
                .filter(id -> drills.get(id).type().isOutdoor()).collect(Collectors.toSet());
        Set<String> indoor = onJune1.stream().map(Assignment::drill)
                .filter(id -> !drills.get(id).type().isOutdoor()).collect(Collectors.toSet());
        assertThat(outdoor).isNotEmpty();
        assertThat(indoor).isNotEmpty();
        String cancelled = "D-gujiao-community3-acs";
        DisruptionModel script = DisruptionModel.NONE.withScripted(List.of(
                new ScriptedEvent.HeavyRain("taiyuan", june1), // a city: covers the county below it
                new ScriptedEvent.UnitCancels("U-gujiao-community3", cancelled, LocalDate.of(2026, 6, 5))));

        SimulationRun run = simulation(TINY, TINY_PLAN, script, ReplanPolicy.SHIFT, 3L).run();

        assertThat(ids(run, SimulationEvent.Kind.DRILL_DISRUPTED)).containsAll(outdoor).doesNotContainAnyElementsOf(indoor);
        for (String id : indoor) {
            assertThat(run.outcome().assignment(id).orElseThrow().date()).isEqualTo(june1);
        }
        for (String id : outdoor) {
            run.outcome().assignment(id).ifPresent(a -> assertThat(a.date()).isAfter(june1));
        }
        assertThat(run.outcome().assignment(cancelled)).isEmpty();
        assertThat(run.outcome().unscheduled()).contains(new Unscheduled(cancelled, "cancelled by unit"));
        assertThat(run.metrics().cancelled()).isEqualTo(1);
        assertThat(run.events()).filteredOn(e -> e.kind() == SimulationEvent.Kind.CANCELLATION)
                .singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo("U-gujiao-community3"));
    }

    @Test
    void everyPolicyMeetsTheSameDisruptions() {
        Map<ReplanPolicy, List<String>> news = new LinkedHashMap<>();
        for (ReplanPolicy policy : ReplanPolicy.values()) {
            SimulationRun run = simulation(COUNTY, COUNTY_PLAN, ROUGH, policy, 21L).withReplication(2).run();
            news.put(policy, run.events().stream()
                    .filter(e -> e.kind() == SimulationEvent.Kind.INCIDENT || e.kind() == SimulationEvent.Kind.RAIN)
                    .map(SimulationEvent::line).toList());
            assertThat(run.metrics().teamDaysLost()).isPositive();
        }
        assertThat(news.get(ReplanPolicy.NONE)).isNotEmpty()
                .isEqualTo(news.get(ReplanPolicy.SHIFT)).isEqualTo(news.get(ReplanPolicy.REPAIR));
    }

    @Test
    void everyPolicyMeetsTheSameCallOffsEvenForDrillsMovedEarlier() {
        for (int replication = 1; replication <= 3; replication++) {
            Map<ReplanPolicy, Set<String>> cancelled = new LinkedHashMap<>();
            for (ReplanPolicy policy : ReplanPolicy.values()) {
                SimulationRun run = simulation(COUNTY, COUNTY_PLAN, ROUGH, policy, 5L).withReplication(replication).run();
                cancelled.put(policy, run.outcome().unscheduled().stream()
                        .filter(u -> u.reason().equals("cancelled by unit")).map(Unscheduled::drill)
                        .collect(Collectors.toSet()));
            }
            assertThat(cancelled.get(ReplanPolicy.NONE)).isNotEmpty()
                    .isEqualTo(cancelled.get(ReplanPolicy.SHIFT)).isEqualTo(cancelled.get(ReplanPolicy.REPAIR));
        }
    }

    @Test
    void repairMovesDrillsOnTheLastDayOfTheirWindowEarlierOutsideTheNoticePeriod() {
        java.util.regex.Pattern move = java.util.regex.Pattern.compile(
                "moved a day or more earlier to keep a date in hand from (\\S+) \\S+ to (\\S+) .*");
        int noticeDays = FAST.noticeDays();
        int moves = 0;
        for (int replication = 1; replication <= 2; replication++) {
            SimulationRun run = simulation(COUNTY, COUNTY_PLAN, ROUGH, ReplanPolicy.REPAIR, 5L)
                    .withReplication(replication).run();
            for (SimulationEvent e : run.events()) {
                java.util.regex.Matcher m = move.matcher(e.detail());
                if (e.kind() != SimulationEvent.Kind.DRILL_MOVED || !m.matches()) {
                    continue;
                }
                moves++;
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                LocalDate noticeEnd = e.date().plusDays(noticeDays);
                assertThat(from).as(e.line()).isEqualTo(COUNTY.drill(e.subject()).orElseThrow().windowIn(COUNTY.horizon()).to())
                        .isAfter(noticeEnd);
                assertThat(to).as(e.line()).isBefore(from).isAfter(noticeEnd);
            }
            assertThat(ScheduleChecker.check(COUNTY, run.outcome()).feasible()).isTrue();
        }
        assertThat(moves).isPositive();
        // SHIFT never moves a drill earlier than announced
        SimulationRun shift = simulation(COUNTY, COUNTY_PLAN, ROUGH, ReplanPolicy.SHIFT, 5L).run();
        assertThat(shift.events()).noneMatch(e -> move.matcher(e.detail()).matches());
    }

    @Test
    void aDrillLostUnderNoneTakesItsChainWithIt() {
        // the mine's deduction on June 1 is knocked out: its live drill and exercise cannot follow
        DisruptionModel script = DisruptionModel.NONE.withScripted(List.of(
                new ScriptedEvent.TeamAway("T-taiyuan-mine1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1))));
        SimulationRun run = simulation(TINY, TINY_PLAN, script, ReplanPolicy.NONE, 1L).run();

        assertThat(ids(run, SimulationEvent.Kind.DRILL_LOST))
                .contains("D-gujiao-mine1-dd", "D-gujiao-mine1-acs", "D-gujiao-mine1-ce");
        assertThat(run.metrics().chainsCompleted()).isLessThan(run.metrics().chainUnits());
        assertThat(ScheduleChecker.check(TINY, run.outcome()).feasible()).isTrue();
    }

    @Test
    void metricsAddUp() {
        SimulationRun run = simulation(COUNTY, COUNTY_PLAN, ROUGH, ReplanPolicy.SHIFT, 9L).run();
        RunMetrics m = run.metrics();
        assertThat(m.completedByType().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.completed());
        assertThat(m.completedByPriority().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.completed());
        assertThat(m.completed() + m.lost() + m.cancelled()).isEqualTo(m.published() + m.added());
        assertThat(m.coverage()).isBetween(0.0, 1.0);
        assertThat(run.days().stream().mapToInt(DayTally::held).sum()).isEqualTo(m.completed());
        assertThat(run.days().stream().mapToInt(DayTally::cancelled).sum()).isEqualTo(m.cancelled());
        long priorities = run.outcome().assignments().stream()
                .mapToLong(a -> COUNTY.drill(a.drill()).orElseThrow().priority()).sum();
        long total = COUNTY.drills().stream().mapToLong(DrillRequest::priority).sum();
        assertThat(m.coverage()).isEqualTo((double) priorities / total);
        assertThat(m.daysMoved()).isGreaterThanOrEqualTo(m.moved());
        assertThat(m.travelKm()).isPositive();
        assertThat(run.log().lines()).hasSize(run.events().size());
    }

    @Test
    void rejectsABrokenPublishedScheduleAndUnknownScriptedIds() {
        Assignment first = TINY_PLAN.assignments().get(0);
        List<Assignment> doubled = new ArrayList<>(TINY_PLAN.assignments());
        doubled.add(first);
        Schedule broken = new Schedule(TINY_PLAN.problem(), doubled, List.of());
        assertThatThrownBy(() -> MonthSimulation.of(TINY, broken, DisruptionModel.NONE, ReplanPolicy.NONE, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("published schedule breaks");
        DisruptionModel unknown = DisruptionModel.NONE.withScripted(List.of(
                new ScriptedEvent.TeamAway("T-nowhere", LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 3))));
        assertThatThrownBy(() -> simulation(TINY, TINY_PLAN, unknown, ReplanPolicy.NONE, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scripted[0].team: unknown team 'T-nowhere'");
        assertThatThrownBy(() -> MonthSimulation.of(TINY, TINY_PLAN, DisruptionModel.NONE, ReplanPolicy.NONE, 1L)
                .withReplication(0)).hasMessageContaining("replication must be 1 or more, was 0");
    }

    private static Set<String> ids(SimulationRun run, SimulationEvent.Kind kind) {
        return run.events().stream().filter(e -> e.kind() == kind).map(SimulationEvent::subject)
                .collect(Collectors.toSet());
    }
}
