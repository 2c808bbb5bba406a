package io.drillplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ProblemValidatorTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    // ------------------------------------------------------------ building blocks

    private static Horizon june() {
        return new Horizon(JUNE_1, JUNE_30, Set.of(LocalDate.of(2026, 6, 19)), null);
    }

    private static Region region(String id, String parent) {
        return new Region(id, "Region " + id, parent, null);
    }

    private static RescueTeam team(String id, String... skills) {
        return new RescueTeam(id, "Team " + id, "FIRE_RESCUE", Set.of(skills), new GeoPoint(37.87, 112.55),
                "ty", 60.0, 2, 5, Set.of());
    }

    private static GrassrootsUnit unit(String id) {
        return new GrassrootsUnit(id, "Unit " + id, "ENTERPRISE", "MINING", "MAJOR", "ty",
                new GeoPoint(37.9, 112.4), false, Set.of());
    }

    private static DrillRequest drill(String id, String unit, Precedence... after) {
        return new DrillRequest(id, unit, ExerciseType.DIGITAL_DEDUCTION, "GAS_EXPLOSION", 1,
                List.of(new Role("FIRE", 1)), null, List.of(after), 3, 40);
    }

    /** A small valid problem: two regions, two teams, two units, a chain of three drills. */
    private static DrillProblem valid() {
        return DrillProblem.builder()
                .name("test month")
                .horizon(june())
                .region(region("sx", null))
                .region(new Region("ty", "Taiyuan", "sx", 5))
                .team(team("T1", "FIRE", "EVACUATION"))
                .team(team("T2", "MINE_RESCUE"))
                .unit(unit("U1"))
                .unit(unit("U2"))
                .drill(drill("D1", "U1"))
                .drill(drill("D2", "U1", new Precedence("D1", 7)))
                .drill(new DrillRequest("D3", "U2", ExerciseType.COMPREHENSIVE_EXERCISE, null, 2,
                        List.of(), new DateWindow(JUNE_1, LocalDate.of(2026, 6, 20)),
                        List.of(new Precedence("D2", 0)), 5, 0))
                .build();
    }

    private static DrillProblem withDrills(DrillRequest... drills) {
        DrillProblem.Builder b = valid().toBuilder().clearDrills();
        for (DrillRequest d : drills) {
            b.drill(d);
        }
        return b.build();
    }

    private static DrillProblem withTeam(RescueTeam team) {
        return valid().toBuilder().team(team).build();
    }

    private static DrillProblem withUnit(GrassrootsUnit unit) {
        return valid().toBuilder().unit(unit).build();
    }

    private static DrillProblem withRegions(Region... regions) {
        DrillProblem v = valid();
        List<Region> all = new ArrayList<>(v.regions());
        all.addAll(List.of(regions));
        return new DrillProblem(v.name(), v.horizon(), v.travel(), all, v.teams(), v.units(), v.drills());
    }

    private static DrillProblem with(UnaryOperator<DrillRequest> change) {
        DrillProblem v = valid();
        return new DrillProblem(v.name(), v.horizon(), v.travel(), v.regions(), v.teams(), v.units(),
                List.of(v.drills().get(0), change.apply(v.drills().get(1)), v.drills().get(2)));
    }

    private static DrillRequest copy(DrillRequest d, int durationSlots, List<Role> roles, DateWindow window,
            List<Precedence> after, int priority, int participants) {
        return new DrillRequest(d.id(), d.unit(), d.type(), d.scenario(), durationSlots, roles, window, after,
                priority, participants);
    }

    private static List<String> problems(DrillProblem p) {
        return Problem.texts(ProblemValidator.problems(p), java.util.Locale.ENGLISH);
    }

    // ------------------------------------------------------------ valid input

    @Test
    void validProblemHasNoProblems() {
        assertThat(problems(valid())).isEmpty();
        assertThatCode(() -> ProblemValidator.validate(valid())).doesNotThrowAnyException();
    }

    @Test
    void drillWithoutRolesAndAdjacentSlotsAreAllowed() {
        Horizon adjacent = new Horizon(JUNE_1, JUNE_30, null, List.of(
                new Slot("AM", LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new Slot("PM", LocalTime.of(12, 0), LocalTime.of(16, 0))));
        DrillProblem p = valid().toBuilder().horizon(adjacent).build();
        assertThat(p.drills().get(2).roles()).isEmpty();
        assertThat(problems(p)).isEmpty();
    }

    // ------------------------------------------------------------ ids and names

    @Test
    void missingAndBlankIdsAndNames() {
        DrillProblem p = new DrillProblem(" ", june(), null,
                List.of(new Region(null, "x", null, null)),
                List.of(new RescueTeam("", null, null, Set.of("FIRE"), new GeoPoint(1, 1), null, null, 2, 5, null)),
                List.of(),
                List.of());
        assertThat(problems(p)).containsExactly(
                "name: blank problem name ' '",
                "regions[0].id: missing region id",
                "teams[0].id: blank team id ''",
                "teams[0].name: missing name");
    }

    @Test
    void duplicateIdsOfEveryKind() {
        DrillProblem v = valid();
        DrillProblem p = new DrillProblem(v.name(),
                new Horizon(JUNE_1, JUNE_30, null, List.of(
                        new Slot("AM", LocalTime.of(8, 0), LocalTime.of(10, 0)),
                        new Slot("AM", LocalTime.of(10, 0), LocalTime.of(12, 0)))),
                null,
                List.of(region("sx", null), region("ty", "sx"), region("sx", null)),
                List.of(team("T1", "FIRE"), team("T1", "FIRE")),
                List.of(unit("U1"), unit("U2"), unit("U1")),
                List.of(drill("D1", "U1"), drill("D1", "U2")));
        assertThat(problems(p)).containsExactly(
                "horizon.slots[1].id: duplicate slot id 'AM' (also horizon.slots[0])",
                "regions[2].id: duplicate region id 'sx' (also regions[0])",
                "teams[1].id: duplicate team id 'T1' (also teams[0])",
                "units[2].id: duplicate unit id 'U1' (also units[0])",
                "drills[1].id: duplicate drill id 'D1' (also drills[0])");
    }

    // ------------------------------------------------------------ references

    @Test
    void unknownReferences() {
        DrillProblem v = valid();
        RescueTeam t = team("T9", "FIRE");
        DrillProblem p = new DrillProblem(v.name(), v.horizon(), null,
                List.of(region("sx", "china")),
                List.of(new RescueTeam("T9", "n", null, t.skills(), t.base(), "nowhere", null, 2, 5, null),
                        new RescueTeam("T8", "n", null, t.skills(), t.base(), null, null, 2, 5, null)),
                List.of(new GrassrootsUnit("U1", "n", null, null, null, "ty", new GeoPoint(1, 1), false, null)),
                List.of(drill("D1", "U9"), drill("D2", "U1", new Precedence("D7", 1))));
        assertThat(problems(p)).containsExactly(
                "regions[0].parent: unknown region 'china'",
                "teams[0].region: unknown region 'nowhere'",
                "units[0].region: unknown region 'ty'",
                "drills[0].unit: unknown unit 'U9'",
                "drills[1].after[0].drill: unknown drill 'D7'");
    }

    @Test
    void selfPrecedence() {
        assertThat(problems(with(d -> copy(d, 1, d.roles(), null, List.of(new Precedence("D2", 1)), 3, 0))))
                .containsExactly("drills[1].after[0].drill: drill 'D2' cannot come after itself");
    }

    @Test
    void regionThatIsItsOwnParent() {
        assertThat(problems(withRegions(region("loop", "loop"))))
                .containsExactly("regions[2].parent: region 'loop' is its own parent");
    }

    @Test
    void regionParentCycleIsReportedOnceAtItsFirstRegion() {
        DrillProblem p = withRegions(region("a", "b"), region("b", "c"), region("c", "a"), region("d", "a"));
        assertThat(problems(p)).containsExactly("regions[2].parent: region cycle a -> b -> c -> a");
    }

    @Test
    void precedenceCycleIsReportedOnceWithItsPath() {
        DrillProblem p = withDrills(
                drill("D1", "U1"),
                drill("D2", "U1", new Precedence("D1", 0), new Precedence("D5", 2)),
                drill("D3", "U1", new Precedence("D2", 0)),
                drill("D5", "U2", new Precedence("D3", 1)),
                drill("D6", "U2", new Precedence("D5", 1)));
        assertThat(problems(p)).containsExactly("drills[1].after[1].drill: precedence cycle D2 -> D5 -> D3 -> D2");
    }

    @Test
    void twoSeparatePrecedenceCyclesAreBothReported() {
        DrillProblem p = withDrills(
                drill("A", "U1", new Precedence("B", 0)),
                drill("B", "U1", new Precedence("A", 0)),
                drill("C", "U1", new Precedence("D", 0)),
                drill("D", "U1", new Precedence("C", 0)));
        assertThat(problems(p)).containsExactly(
                "drills[0].after[0].drill: precedence cycle A -> B -> A",
                "drills[2].after[0].drill: precedence cycle C -> D -> C");
    }

    @Test
    void longPrecedenceChainDoesNotOverflowTheStack() {
        List<DrillRequest> chain = new ArrayList<>();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            chain.add(drill("D" + i, "U1", new Precedence("D" + ((i + 1) % n), 0)));
        }
        List<String> found = problems(withDrills(chain.toArray(DrillRequest[]::new)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("drills[0].after[0].drill: precedence cycle D0 -> D1 -> D2")
                .endsWith("-> D19999 -> D0");
    }

    // ------------------------------------------------------------ horizon and slots

    @Test
    void horizonEndBeforeStart() {
        DrillProblem p = valid().toBuilder().horizon(new Horizon(JUNE_30, JUNE_1, null, null)).build();
        assertThat(problems(p)).contains("horizon.end: end 2026-06-01 is before start 2026-06-30");
    }

    @Test
    void missingHorizonAndItsDates() {
        DrillProblem v = valid();
        assertThat(problems(new DrillProblem("x", null, null, null, null, null, null)))
                .containsExactly("horizon: missing horizon");
        assertThat(problems(v.toBuilder().horizon(new Horizon(null, null, null, null)).build()))
                .containsExactly("horizon.start: missing start date", "horizon.end: missing end date");
    }

    @Test
    void slotThatEndsBeforeItStarts() {
        Horizon h = new Horizon(JUNE_1, JUNE_30, null, List.of(new Slot("AM", LocalTime.of(12, 0), LocalTime.of(9, 0))));
        assertThat(problems(withDrills(drill("D1", "U1")).toBuilder().horizon(h).build()))
                .containsExactly("horizon.slots[0].end: slot 'AM' ends at 09:00, not after its start 12:00");
    }

    @Test
    void slotsOutOfTimeOrder() {
        Horizon h = new Horizon(JUNE_1, JUNE_30, null, List.of(Slot.DEFAULT_PM, Slot.DEFAULT_AM));
        assertThat(problems(valid().toBuilder().horizon(h).build())).containsExactly(
                "horizon.slots[1].start: slot 'AM' at 08:30 is listed after slot 'PM' at 14:00;"
                        + " slots must be in time order");
    }

    @Test
    void overlappingSlots() {
        Horizon h = new Horizon(JUNE_1, JUNE_30, null, List.of(Slot.DEFAULT_AM,
                new Slot("NOON", LocalTime.of(11, 30), LocalTime.of(13, 0))));
        assertThat(problems(valid().toBuilder().horizon(h).build())).containsExactly(
                "horizon.slots[1].start: slot 'NOON' starts at 11:30, before slot 'AM' ends at 12:00");
    }

    // ------------------------------------------------------------ windows and durations

    @Test
    void windowFromAfterTo() {
        DateWindow w = new DateWindow(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 10));
        assertThat(problems(with(d -> copy(d, 1, d.roles(), w, d.after(), 3, 0))))
                .containsExactly("drills[1].window: from 2026-06-20 is after to 2026-06-10");
    }

    @Test
    void windowOutsideTheHorizon() {
        DateWindow w = new DateWindow(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10));
        assertThat(problems(with(d -> copy(d, 1, d.roles(), w, d.after(), 3, 0)))).containsExactly(
                "drills[1].window: window 2026-07-01..2026-07-10 lies outside the horizon 2026-06-01..2026-06-30");
        DateWindow overlapping = new DateWindow(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 2));
        assertThat(problems(with(d -> copy(d, 1, d.roles(), overlapping, d.after(), 3, 0)))).isEmpty();
    }

    @Test
    void windowWithMissingDates() {
        DateWindow w = new DateWindow(null, null);
        assertThat(problems(with(d -> copy(d, 1, d.roles(), w, d.after(), 3, 0)))).containsExactly(
                "drills[1].window.from: missing date", "drills[1].window.to: missing date");
    }

    @Test
    void durationBelowOneOrLongerThanTheDay() {
        assertThat(problems(with(d -> copy(d, 0, d.roles(), null, d.after(), 3, 0))))
                .containsExactly("drills[1].durationSlots: 0 is less than 1");
        assertThat(problems(with(d -> copy(d, 3, d.roles(), null, d.after(), 3, 0))))
                .containsExactly("drills[1].durationSlots: 3 is more than the 2 slots of a day");
    }

    // ------------------------------------------------------------ coordinates

    @Test
    void invalidCoordinates() {
        RescueTeam t = team("T9", "FIRE");
        DrillProblem p = valid().toBuilder()
                .team(new RescueTeam("T9", "n", null, t.skills(), new GeoPoint(95.0, 112.0), null, null, 2, 5, null))
                .team(new RescueTeam("T10", "n", null, t.skills(), new GeoPoint(Double.NaN, -200.5), null, null, 2, 5,
                        null))
                .build();
        assertThat(problems(p)).containsExactly(
                "teams[2].base.lat: latitude 95.0 is outside -90..90",
                "teams[3].base.lat: latitude NaN is outside -90..90",
                "teams[3].base.lon: longitude -200.5 is outside -180..180");
    }

    @Test
    void missingPointsAreReportedNotThrown() {
        RescueTeam t = team("T9", "FIRE");
        DrillProblem p = valid().toBuilder()
                .team(new RescueTeam("T9", "n", null, t.skills(), null, null, null, 2, 5, null))
                .unit(new GrassrootsUnit("U9", "n", null, null, null, "ty", null, false, null))
                .build();
        assertThat(problems(p)).containsExactly("teams[2].base: missing base", "units[2].location: missing location");
    }

    // ------------------------------------------------------------ teams

    @Test
    void teamWithoutSkillsOrWithABlankSkill() {
        assertThat(problems(withTeam(team("T9")))).containsExactly("teams[2].skills: no skills listed; a team needs at least one");
        assertThat(problems(withTeam(team("T9", "FIRE", " ")))).containsExactly("teams[2].skills: blank skill ' '");
    }

    @Test
    void teamLimitsBelowOne() {
        RescueTeam t = team("T9", "FIRE");
        RescueTeam bad = new RescueTeam("T9", "n", null, t.skills(), t.base(), null, null, 0, -1, null);
        assertThat(problems(withTeam(bad))).containsExactly(
                "teams[2].maxDrillsPerDay: 0 is less than 1",
                "teams[2].maxDrillsPerWeek: -1 is less than 1");
    }

    @Test
    void negativeOrNanServiceRadius() {
        RescueTeam t = team("T9", "FIRE");
        assertThat(problems(withTeam(new RescueTeam("T9", "n", null, t.skills(), t.base(), null, -5.0, 2, 5, null))))
                .containsExactly("teams[2].serviceRadiusKm: service radius -5.0 km is not 0 or more");
        assertThat(problems(withTeam(new RescueTeam("T9", "n", null, t.skills(), t.base(), null, Double.NaN, 2, 5,
                null)))).containsExactly("teams[2].serviceRadiusKm: service radius NaN km is not 0 or more");
        assertThat(problems(withTeam(new RescueTeam("T9", "n", null, t.skills(), t.base(), null, 0.0, 2, 5, null))))
                .isEmpty();
    }

    // ------------------------------------------------------------ regions and units

    @Test
    void negativeRegionLimit() {
        assertThat(problems(withRegions(new Region("x", "X", "sx", -1)))).containsExactly(
                "regions[2].maxDrillsPerDay: -1 is negative");
        assertThat(problems(withRegions(new Region("x", "X", "sx", 0)))).isEmpty();
    }

    @Test
    void unitWithoutRegion() {
        GrassrootsUnit u = new GrassrootsUnit("U9", "n", null, null, null, null, new GeoPoint(1, 1), false, null);
        assertThat(problems(withUnit(u))).containsExactly("units[2].region: missing region");
    }

    // ------------------------------------------------------------ drills

    @Test
    void roleCountBelowOneAndBlankOrMissingSkill() {
        List<Role> roles = List.of(new Role("FIRE", 0), new Role(" ", 1), new Role(null, 1));
        assertThat(problems(with(d -> copy(d, 1, roles, null, d.after(), 3, 0)))).containsExactly(
                "drills[1].roles[0].count: 0 is less than 1",
                "drills[1].roles[1].skill: blank skill ' '",
                "drills[1].roles[2].skill: missing skill");
    }

    @Test
    void priorityOutsideOneToFive() {
        assertThat(problems(with(d -> copy(d, 1, d.roles(), null, d.after(), 0, 0))))
                .containsExactly("drills[1].priority: 0 is outside 1..5");
        assertThat(problems(with(d -> copy(d, 1, d.roles(), null, d.after(), 6, 0))))
                .containsExactly("drills[1].priority: 6 is outside 1..5");
    }

    @Test
    void negativeParticipants() {
        assertThat(problems(with(d -> copy(d, 1, d.roles(), null, d.after(), 3, -40))))
                .containsExactly("drills[1].participants: -40 is negative");
    }

    @Test
    void negativeMinDays() {
        assertThat(problems(with(d -> copy(d, 1, d.roles(), null, List.of(new Precedence("D1", -2)), 3, 0))))
                .containsExactly("drills[1].after[0].minDays: -2 is negative");
    }

    @Test
    void missingTypeUnitAndPrecedenceDrill() {
        DrillRequest d = new DrillRequest("D9", null, null, null, 1, null, null,
                List.of(new Precedence(null, 0)), 3, 0);
        assertThat(problems(withDrills(d))).containsExactly(
                "drills[0].unit: missing unit",
                "drills[0].type: missing exercise type",
                "drills[0].after[0].drill: missing drill");
    }

    // ------------------------------------------------------------ travel

    @Test
    void badTravelSettings() {
        for (double speed : new double[] {0, -10, Double.NaN, Double.POSITIVE_INFINITY}) {
            DrillProblem p = valid().toBuilder().travel(new Travel(speed, 1.3)).build();
            assertThat(problems(p)).containsExactly("travel.speedKmh: speed " + speed + " km/h is not a positive number");
        }
        for (double factor : new double[] {0.9, Double.NaN, Double.POSITIVE_INFINITY}) {
            DrillProblem p = valid().toBuilder().travel(new Travel(40, factor)).build();
            assertThat(problems(p)).containsExactly(
                    "travel.detourFactor: detour factor " + factor + " is not a number of 1 or more");
        }
    }

    // ------------------------------------------------------------ everything at once

    @Test
    void manyProblemsAreAllListedInInputOrder() {
        DrillProblem p = new DrillProblem(
                "bad month",
                new Horizon(JUNE_1, JUNE_30, null, List.of(Slot.DEFAULT_PM, Slot.DEFAULT_AM)),
                new Travel(0, 1.3),
                List.of(region("ty", null), region("ty", null)),
                List.of(new RescueTeam("T1", "n", null, Set.of(), new GeoPoint(95.0, 112.0), "xx", -1.0, 0, 5, null)),
                List.of(new GrassrootsUnit("U1", "n", null, null, null, "ty", null, false, null)),
                List.of(
                        new DrillRequest("D1", "U1", ExerciseType.DIGITAL_DEDUCTION, null, 1, List.of(new Role("FIRE", 0)),
                                null, List.of(new Precedence("D2", -1)), 9, 0),
                        new DrillRequest("D2", "U9", null, null, 0, null,
                                new DateWindow(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 10)),
                                List.of(new Precedence("D1", 0)), 3, -1)));
        List<String> found = problems(p);
        assertThat(found).containsExactly(
                "horizon.slots[1].start: slot 'AM' at 08:30 is listed after slot 'PM' at 14:00;"
                        + " slots must be in time order",
                "travel.speedKmh: speed 0.0 km/h is not a positive number",
                "regions[1].id: duplicate region id 'ty' (also regions[0])",
                "teams[0].skills: no skills listed; a team needs at least one",
                "teams[0].base.lat: latitude 95.0 is outside -90..90",
                "teams[0].region: unknown region 'xx'",
                "teams[0].serviceRadiusKm: service radius -1.0 km is not 0 or more",
                "teams[0].maxDrillsPerDay: 0 is less than 1",
                "units[0].location: missing location",
                "drills[0].roles[0].count: 0 is less than 1",
                "drills[0].after[0].drill: precedence cycle D1 -> D2 -> D1",
                "drills[0].after[0].minDays: -1 is negative",
                "drills[0].priority: 9 is outside 1..5",
                "drills[1].unit: unknown unit 'U9'",
                "drills[1].type: missing exercise type",
                "drills[1].durationSlots: 0 is less than 1",
                "drills[1].window: from 2026-06-20 is after to 2026-06-10",
                "drills[1].participants: -1 is negative");

        assertThatThrownBy(() -> ProblemValidator.validate(p))
                .isInstanceOfSatisfying(InvalidProblemException.class,
                        e -> assertThat(e.messages(java.util.Locale.ENGLISH)).isEqualTo(found))
                .hasMessageContaining("18 errors")
                .hasMessageContaining("drills[1].unit: unknown unit 'U9'");

        // The same problems as codes, paths and values, and worded in Chinese.
        List<Problem> coded = ProblemValidator.problems(p);
        assertThat(coded).hasSize(found.size());
        assertThat(coded.get(13)).isEqualTo(new Problem("problem.unknownUnit", "drills[1].unit", "U9", List.of("'U9'")));
        assertThat(coded.get(14)).isEqualTo(new Problem("problem.missing", "drills[1].type", null, List.of("term.exerciseType")));
        assertThat(coded.get(14).text(java.util.Locale.CHINESE)).isEqualTo("drills[1].type: 缺少演练形式");
        assertThat(coded.get(2).text(java.util.Locale.CHINESE)).isEqualTo("regions[1].id: 区域编号重复：'ty'（另见 regions[0]）");
        assertThat(coded.get(15).text(java.util.Locale.CHINESE)).isEqualTo("drills[1].durationSlots: 0 小于 1");
    }

    @Test
    void nullsEverywhereGiveMessagesNotExceptions() {
        DrillProblem p = new DrillProblem(null,
                new Horizon(null, null, null, List.of(new Slot(null, null, null))),
                null,
                List.of(new Region(null, null, null, null)),
                List.of(new RescueTeam(null, null, null, null, null, null, null, 0, 0, null)),
                List.of(new GrassrootsUnit(null, null, null, null, null, null, null, false, null)),
                List.of(new DrillRequest(null, null, null, null, 0, List.of(new Role(null, 0)), new DateWindow(null, null),
                        List.of(new Precedence(null, 0)), 0, 0)));
        assertThat(problems(p)).containsExactly(
                "name: missing problem name",
                "horizon.start: missing start date",
                "horizon.end: missing end date",
                "horizon.slots[0].id: missing slot id",
                "horizon.slots[0].start: missing start time",
                "horizon.slots[0].end: missing end time",
                "regions[0].id: missing region id",
                "regions[0].name: missing name",
                "teams[0].id: missing team id",
                "teams[0].name: missing name",
                "teams[0].skills: no skills listed; a team needs at least one",
                "teams[0].base: missing base",
                "teams[0].maxDrillsPerDay: 0 is less than 1",
                "teams[0].maxDrillsPerWeek: 0 is less than 1",
                "units[0].id: missing unit id",
                "units[0].name: missing name",
                "units[0].region: missing region",
                "units[0].location: missing location",
                "drills[0].id: missing drill id",
                "drills[0].unit: missing unit",
                "drills[0].type: missing exercise type",
                "drills[0].durationSlots: 0 is less than 1",
                "drills[0].roles[0].skill: missing skill",
                "drills[0].roles[0].count: 0 is less than 1",
                "drills[0].window.from: missing date",
                "drills[0].window.to: missing date",
                "drills[0].after[0].drill: missing drill",
                "drills[0].priority: 0 is outside 1..5");
        assertThat(problems(null)).containsExactly("problem: missing problem");
        assertThatThrownBy(() -> ProblemValidator.validate(null)).isInstanceOf(InvalidProblemException.class);
    }

    // ------------------------------------------------------------ limits (docs/limits.md)

    @Test
    void roleCountAboveTheLimitIsRefusedNotPlanned() {
        assertThat(problems(with(d -> copy(d, 1, List.of(new Role("FIRE", Integer.MAX_VALUE)), null, d.after(),
                3, 0)))).containsExactly("drills[1].roles[0].count: 2147483647 is more than 100, the largest allowed");
        assertThat(problems(with(d -> copy(d, 1, List.of(new Role("FIRE", 60), new Role("MEDICAL", 60)), null,
                d.after(), 3, 0)))).containsExactly("drills[1].roles: the roles ask for 120 teams, more than the 100 "
                        + "a drill may have");
        assertThat(problems(with(d -> copy(d, 1, List.of(new Role("FIRE", 100)), null, d.after(), 3, 0)))).isEmpty();
    }

    @Test
    void horizonOfTenThousandYearsIsRefused() {
        DrillProblem v = valid();
        DrillProblem huge = new DrillProblem(v.name(), new Horizon(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31),
                null, null), v.travel(), v.regions(), v.teams(), v.units(), v.drills());
        assertThat(problems(huge)).containsExactly("horizon.end: the horizon 0000-01-01..9999-12-31 has 3652425 days, "
                + "more than the 366 a problem may have");
        DrillProblem year = new DrillProblem(v.name(), new Horizon(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                null, null), v.travel(), v.regions(), v.teams(), v.units(), v.drills());
        assertThat(problems(year)).isEmpty();
    }

    @Test
    void integersAboveTheirLimitsAreRefused() {
        assertThat(problems(with(d -> copy(d, 1, d.roles(), null, List.of(new Precedence("D1", Integer.MAX_VALUE)),
                3, Integer.MAX_VALUE)))).containsExactly(
                        "drills[1].after[0].minDays: 2147483647 is more than 366, the largest allowed",
                        "drills[1].participants: 2147483647 is more than 1000000, the largest allowed");
        assertThat(problems(withTeam(new RescueTeam("T9", "Team", null, Set.of("FIRE"), new GeoPoint(37, 112), null,
                1e300, Integer.MAX_VALUE, Integer.MAX_VALUE, Set.of())))).containsExactly(
                        "teams[2].serviceRadiusKm: service radius 1.0E300 km is more than 20050, the largest allowed",
                        "teams[2].maxDrillsPerDay: 2147483647 is more than 1000, the largest allowed",
                        "teams[2].maxDrillsPerWeek: 2147483647 is more than 7000, the largest allowed");
        assertThat(problems(withRegions(new Region("big", "Big", null, Integer.MAX_VALUE)))).containsExactly(
                "regions[2].maxDrillsPerDay: 2147483647 is more than 1000000, the largest allowed");
    }

    @Test
    void idsMustBeValidUnicodeWithoutControlsAndShort() {
        assertThat(problems(withDrills(drill("D-\udc00-x", "U1")))).containsExactly(
                "drills[0].id: drill id 'D-\\uDC00-x' is not valid Unicode: unpaired surrogate U+DC00 at character 3");
        assertThat(problems(withDrills(drill("D\u001b]0;owned\u0007", "U1")))).containsExactly(
                "drills[0].id: drill id 'D\\u001B]0;owned\\u0007' contains a control character");
        String longId = "D".repeat(1_000_000);
        List<String> found = problems(withDrills(drill(longId, "U1")));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("drills[0].id: drill id '" + "D".repeat(60) + "…'")
                .endsWith("has 1000000 characters, more than 100").hasSizeLessThan(200);
        // A pair of surrogates is one valid character, not an error.
        assertThat(problems(withDrills(drill("D-\ud83d\ude92", "U1")))).isEmpty();
    }

    @Test
    void namesAndReferencesAreCheckedLikeIds() {
        GrassrootsUnit u = unit("U9");
        assertThat(problems(withUnit(new GrassrootsUnit("U9", "Unit \u009b31m", u.kind(), u.sector(), u.risk(), "ty",
                u.location(), false, Set.of())))).containsExactly(
                        "units[2].name: name 'Unit \\u009B31m' contains a control character");
        assertThat(problems(withDrills(drill("D1", "U\ud800")))).containsExactly(
                "drills[0].unit: id 'U\\uD800' is not valid Unicode: unpaired surrogate U+D800 at character 2",
                "drills[0].unit: unknown unit 'U\\uD800'");
    }
}
