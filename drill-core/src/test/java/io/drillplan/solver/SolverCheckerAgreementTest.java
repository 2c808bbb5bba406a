package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.check.Violation;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.HardRule;
import io.drillplan.model.Horizon;
import io.drillplan.model.InvalidProblemException;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.ScheduleConstraint;
import io.drillplan.model.ScoreLevel;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.engine.DrillConstraints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver's hard constraints and the independent {@link ScheduleChecker} must agree, rule by
 * rule and drill by drill: on solved schedules (both find nothing) and on schedules broken by hand
 * and at random (both flag the same rules, each with the same drills: the drills the solver's
 * justifications name against the drills of the checker's violations). Rule 1 cannot be scored
 * (the planning model holds one entity per drill), so the solver refuses such schedules instead.
 */
class SolverCheckerAgreementTest {

    private static final DrillPlanner PLANNER = DrillPlanner.create(PlannerOptions.DEFAULT
            .withStepLimit(1_000L).withUnimprovedLimit(null));

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("format.md example as written", formatMdExample()),
                Arguments.of("format.md example with a medical team", TestProblems.formatExample()),
                Arguments.of("crowded", TestProblems.crowded(4)),
                Arguments.of("tiny sample", SampleProblems.generate(SampleProblems.Preset.TINY)),
                Arguments.of("county sample", SampleProblems.generate(SampleProblems.Preset.COUNTY)),
                Arguments.of("overconstrained", TestProblems.crowded(12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void solvedSchedulesPassTheChecker(String name, DrillProblem problem) {
        Schedule schedule = PLANNER.plan(problem);

        CheckReport report = ScheduleChecker.check(problem, schedule);
        assertThat(report.violations()).as(report.summary()).isEmpty();
        assertThat(schedule.score().orElseThrow().isFeasible()).isTrue();
        assertThat(PLANNER.explain(problem, schedule).feasible()).isTrue();
        assertThat(PLANNER.explain(problem, schedule).score()).isEqualTo(schedule.score().orElseThrow());
    }

    static Stream<Arguments> problemsWithAssignments() {
        return problems().filter(a -> !a.get()[0].equals("format.md example as written"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemsWithAssignments")
    void randomlyBrokenSchedulesAreFlaggedForTheSameRules(String name, DrillProblem problem) {
        Schedule solved = PLANNER.plan(problem);
        SplittableRandom random = new SplittableRandom(name.hashCode());
        int broken = 0;
        for (int round = 0; round < 150; round++) {
            Schedule schedule = solved;
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                schedule = perturb(problem, schedule, random);
            }
            Map<HardRule, Set<String>> byChecker = checkerDrills(problem, schedule);
            assertThat(solverDrills(problem, schedule))
                    .as("drills of each rule flagged by the solver vs the checker for %s", schedule)
                    .isEqualTo(byChecker);
            broken += byChecker.isEmpty() ? 0 : 1;
        }
        // The perturbations must actually break schedules, or this test proves nothing.
        assertThat(broken).isGreaterThan(50);
    }

    @Test
    void everyRuleBrokenByHandIsFlaggedByBoth() {
        DrillProblem problem = TestProblems.formatExample();
        Schedule valid = schedule(problem,
                at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-09", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        assertThat(checkerRules(problem, valid)).isEmpty();
        assertThat(solverRules(problem, valid)).isEmpty();

        expectRule(problem, 2, at("D1", "2026-06-22", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-29", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        expectRule(problem, 3, at("D1", "2026-06-06", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-15", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        expectRule(problem, 4, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T9"),
                at("D2", "2026-06-09", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        expectRule(problem, 4, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-09", "AM", "MINE_RESCUE", "T7"));
        expectRule(problem, 6, at("D1", "2026-06-16", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-16", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        expectRule(problem, 9, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-08", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));

        DrillProblem busyTeam = withTeam(problem, "T7", t -> new RescueTeam(t.id(), t.name(), t.kind(), t.skills(),
                t.base(), t.region(), t.serviceRadiusKm(), 1, 1, java.util.Set.of(LocalDate.parse("2026-06-10"))));
        expectRule(busyTeam, 5, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-10", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        expectRule(busyTeam, 7, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-04", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));

        DrillProblem sameDay = withD2After(problem, 0);
        expectRule(sameDay, 8, at("D1", "2026-06-02", "PM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-02", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));

        // A city region capped at 1 drill a day over a county holding both units.
        DrillProblem withSecondUnit = problem.toBuilder()
                .unit(new io.drillplan.model.GrassrootsUnit("U2", "Qingxu Coking Plant", "ENTERPRISE",
                        "HAZARDOUS_CHEMICALS", "HIGH", "qingxu", new io.drillplan.model.GeoPoint(37.61, 112.36),
                        false, java.util.Set.of()))
                .drill(new DrillRequest("D3", "U2", io.drillplan.model.ExerciseType.DIGITAL_DEDUCTION, "TOXIC_LEAK",
                        1, List.of(new io.drillplan.model.Role("MEDICAL", 1)), null, List.of(), 3, 20))
                .build();
        DrillProblem capped = new DrillProblem(withSecondUnit.name(), withSecondUnit.horizon(), withSecondUnit.travel(),
                List.of(new io.drillplan.model.Region("taiyuan", "Taiyuan", null, 1),
                        new io.drillplan.model.Region("qingxu", "Qingxu", "taiyuan", null)),
                withSecondUnit.teams(), withSecondUnit.units(), withSecondUnit.drills());
        expectRule(capped, 10, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-09", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"),
                at("D3", "2026-06-09", "AM", "MEDICAL", "T9"));
    }

    @Test
    void drillsThatDisagreeFailTheComparisonEvenWhenTheRulesAgree() {
        // Two schedules that break rule 5 only, each with another drill on the team's day away: the
        // rules agree, the drills do not, and the comparison of the agreement tests must say so.
        DrillProblem busyTeam = withTeam(TestProblems.formatExample(), "T7", t -> new RescueTeam(t.id(), t.name(),
                t.kind(), t.skills(), t.base(), t.region(), t.serviceRadiusKm(), 1, 1,
                java.util.Set.of(LocalDate.parse("2026-06-10"))));
        Schedule d1Away = schedule(busyTeam, at("D1", "2026-06-10", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-17", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        Schedule d2Away = schedule(busyTeam, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"),
                at("D2", "2026-06-10", "AM", "MINE_RESCUE", "T7", "MEDICAL", "T9"));
        assertThat(checkerDrills(busyTeam, d1Away)).isEqualTo(Map.of(HardRule.TEAM_AVAILABLE, Set.of("D1")));
        assertThat(solverDrills(busyTeam, d2Away)).isEqualTo(Map.of(HardRule.TEAM_AVAILABLE, Set.of("D2")));

        assertThat(checkerDrills(busyTeam, d1Away).keySet()).isEqualTo(solverDrills(busyTeam, d2Away).keySet());
        assertThatThrownBy(() -> assertSameDrills(checkerDrills(busyTeam, d1Away), solverDrills(busyTeam, d2Away)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("D1").hasMessageContaining("D2");
    }

    @Test
    void everyHardConstraintNamesTheRuleItEnforces() {
        for (ScheduleConstraint c : ScheduleConstraint.values()) {
            assertThat(c.hardRule().isPresent()).as(c.title())
                    .isEqualTo(c.level() == ScoreLevel.HARD || c == ScheduleConstraint.ROLE_UNFILLED);
        }
        // Every rule but the first, which holds by construction, is enforced by some constraint.
        assertThat(java.util.Arrays.stream(HardRule.values()).filter(r -> r.constraints().isEmpty()))
                .containsExactly(HardRule.EVERY_DRILL_ONCE);
    }

    @Test
    void formatMdExampleHasNoMineRescueTeamSoBothDrillsAreLeftOutWithReasons() {
        Schedule schedule = PLANNER.plan(formatMdExample());

        assertThat(schedule.score().orElseThrow().isFeasible()).isTrue();
        assertThat(schedule.assignments()).isEmpty();
        assertThat(schedule.unscheduled()).extracting(Unscheduled::drill, Unscheduled::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D1", "no team has skill MINE_RESCUE"),
                org.assertj.core.groups.Tuple.tuple("D2", "its prerequisite D1 is not scheduled"));
    }

    @Test
    void ruleOneIsRefusedByTheSolverAndFlaggedByTheChecker() {
        DrillProblem problem = TestProblems.formatExample();
        Schedule missingD2 = schedule(problem, at("D1", "2026-06-02", "AM", "MINE_RESCUE", "T7"));
        Schedule withoutD2 = new Schedule(missingD2.problem(), missingD2.assignments(), List.of());

        assertThat(checkerRules(problem, withoutD2)).contains(HardRule.EVERY_DRILL_ONCE);
        assertThatThrownBy(() -> PLANNER.explain(problem, withoutD2))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("drill D2 appears 0 times");
    }

    // ---------------------------------------------------------------- helpers

    /** The problem of format.md, verbatim. */
    private static DrillProblem formatMdExample() {
        try (var in = SolverCheckerAgreementTest.class.getResourceAsStream("/format/example-problem.json")) {
            return io.drillplan.format.DrillFormat.readProblem(in, "format/example-problem.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void expectRule(DrillProblem problem, int rule, Assignment... assignments) {
        Schedule schedule = schedule(problem, assignments);
        Map<HardRule, Set<String>> byChecker = checkerDrills(problem, schedule);
        assertThat(byChecker).as("checker on rule %d case", rule).containsKey(HardRule.of(rule));
        assertSameDrills(byChecker, solverDrills(problem, schedule));
        assertThat(PLANNER.explain(problem, schedule).feasible()).isFalse();
    }

    private static void assertSameDrills(Map<HardRule, Set<String>> byChecker, Map<HardRule, Set<String>> bySolver) {
        assertThat(bySolver).as("drills of each broken rule, solver vs checker").isEqualTo(byChecker);
    }

    private static Set<HardRule> checkerRules(DrillProblem problem, Schedule schedule) {
        return checkerDrills(problem, schedule).keySet();
    }

    private static Set<HardRule> solverRules(DrillProblem problem, Schedule schedule) {
        return solverDrills(problem, schedule).keySet();
    }

    /** Each rule the checker finds broken, with the drills its violations name. */
    private static Map<HardRule, Set<String>> checkerDrills(DrillProblem problem, Schedule schedule) {
        Map<HardRule, Set<String>> drills = new TreeMap<>();
        for (Violation v : ScheduleChecker.check(problem, schedule).violations()) {
            drills.computeIfAbsent(v.rule(), r -> new TreeSet<>()).addAll(v.drills());
        }
        return drills;
    }

    /** Each rule the solver's hard matches break, with the drills their justifications name. */
    private static Map<HardRule, Set<String>> solverDrills(DrillProblem problem, Schedule schedule) {
        Map<HardRule, Set<String>> drills = new TreeMap<>();
        PLANNER.involvements(problem, schedule).forEach((constraint, matches) -> matches.stream()
                .filter(m -> m.score().hard() < 0)
                .forEach(m -> {
                    assertThat(constraint.hardRule()).as("hard constraint %s names a rule", constraint).isPresent();
                    drills.computeIfAbsent(constraint.hardRule().orElseThrow(), r -> new TreeSet<>()).addAll(m.drills());
                }));
        return drills;
    }

    /** One random change: a new date or slot, a team replaced or dropped, or two drills' times swapped. */
    private static Schedule perturb(DrillProblem problem, Schedule schedule, SplittableRandom random) {
        if (schedule.assignments().isEmpty()) {
            return schedule;
        }
        List<Assignment> list = new ArrayList<>(schedule.assignments());
        int i = random.nextInt(list.size());
        Assignment a = list.get(i);
        Horizon h = problem.horizon();
        DrillRequest drill = problem.drill(a.drill()).orElseThrow();
        switch (random.nextInt(4)) {
            case 0 -> {
                LocalDate date = h.start().plusDays(random.nextInt(-2, (int) (h.end().toEpochDay() - h.start().toEpochDay()) + 3));
                list.set(i, retime(problem, a, drill, date, random.nextInt(h.slots().size() - drill.durationSlots() + 1)));
            }
            case 1 -> {
                List<TeamAssignment> teams = new ArrayList<>(a.teams());
                if (!teams.isEmpty()) {
                    int t = random.nextInt(teams.size());
                    RescueTeam other = problem.teams().get(random.nextInt(problem.teams().size()));
                    if (random.nextInt(4) == 0) {
                        teams.remove(t);
                    } else {
                        teams.set(t, new TeamAssignment(teams.get(t).skill(), other.id()));
                    }
                }
                list.set(i, new Assignment(a.drill(), a.date(), a.slot(), a.start(), a.end(), teams));
            }
            default -> {
                int j = random.nextInt(list.size());
                Assignment b = list.get(j);
                DrillRequest other = problem.drill(b.drill()).orElseThrow();
                int slotA = h.slotIndex(b.slot());
                int slotB = h.slotIndex(a.slot());
                if (slotA + drill.durationSlots() <= h.slots().size() && slotB + other.durationSlots() <= h.slots().size()) {
                    list.set(i, retime(problem, a, drill, b.date(), slotA));
                    list.set(j, retime(problem, b, other, a.date(), slotB));
                }
            }
        }
        return new Schedule(schedule.problem(), list, schedule.unscheduled());
    }

    private static Assignment retime(DrillProblem problem, Assignment a, DrillRequest drill, LocalDate date, int slot) {
        Horizon h = problem.horizon();
        return new Assignment(a.drill(), date, h.slots().get(slot).id(), h.slots().get(slot).start(),
                h.slots().get(slot + drill.durationSlots() - 1).end(), a.teams());
    }

    /** A schedule with these assignments and every other drill unscheduled. */
    private static Schedule schedule(DrillProblem problem, Assignment... assignments) {
        List<Assignment> list = List.of(assignments);
        List<Unscheduled> rest = problem.drills().stream()
                .filter(d -> list.stream().noneMatch(a -> a.drill().equals(d.id())))
                .map(d -> new Unscheduled(d.id(), "left out by the test")).toList();
        return new Schedule(problem.name(), list, rest);
    }

    private static Assignment at(String drill, String date, String slot, String... skillTeamPairs) {
        List<TeamAssignment> teams = new ArrayList<>();
        for (int i = 0; i < skillTeamPairs.length; i += 2) {
            teams.add(new TeamAssignment(skillTeamPairs[i], skillTeamPairs[i + 1]));
        }
        boolean fullDay = drill.equals("D2");
        return new Assignment(drill, LocalDate.parse(date), slot,
                java.time.LocalTime.parse(slot.equals("AM") ? "08:30" : "14:00"),
                java.time.LocalTime.parse(fullDay || slot.equals("PM") ? "17:30" : "12:00"), teams);
    }

    private static DrillProblem withTeam(DrillProblem p, String id, java.util.function.UnaryOperator<RescueTeam> change) {
        return new DrillProblem(p.name(), p.horizon(), p.travel(), p.regions(),
                p.teams().stream().map(t -> t.id().equals(id) ? change.apply(t) : t).toList(), p.units(), p.drills());
    }

    private static DrillProblem withD2After(DrillProblem p, int minDays) {
        return new DrillProblem(p.name(), p.horizon(), p.travel(), p.regions(), p.teams(), p.units(),
                p.drills().stream().map(d -> !d.id().equals("D2") ? d : new DrillRequest(d.id(), d.unit(), d.type(),
                        d.scenario(), d.durationSlots(), d.roles(), d.window(),
                        List.of(new io.drillplan.model.Precedence("D1", minDays)), d.priority(), d.participants()))
                        .toList());
    }
}
