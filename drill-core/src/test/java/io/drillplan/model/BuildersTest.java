package io.drillplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.format.DrillFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The builders of teams, units and drill requests, and the problem's helpers for deriving a changed problem. */
class BuildersTest {

    private static final LocalDate JUNE_16 = LocalDate.of(2026, 6, 16);

    private static RescueTeam fireTeam() {
        return RescueTeam.builder("T1").name("Taiyuan Fire Rescue Squadron 1").kind("FIRE_RESCUE")
                .skills("FIRE", "EVACUATION").base(37.87, 112.55).region("taiyuan").serviceRadiusKm(60.0)
                .unavailable(JUNE_16).build();
    }

    private static GrassrootsUnit mine() {
        return GrassrootsUnit.builder("U1").name("Xishan Coal Mine").kind("ENTERPRISE").sector("MINING")
                .risk("MAJOR").region("taiyuan").location(37.9, 112.4).build();
    }

    @Test
    void theBuildersGiveTheProblemOfTheFormatExample() throws IOException {
        DrillProblem built = DrillProblem.builder()
                .name("Shanxi pilot, June 2026")
                .horizon(new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                        Set.of(LocalDate.of(2026, 6, 19)), List.of(Slot.DEFAULT_AM, Slot.DEFAULT_PM)))
                .region(new Region("taiyuan", "Taiyuan", null, 12))
                .team(fireTeam())
                .unit(mine())
                .drill(DrillRequest.builder("D1").unit("U1").type(ExerciseType.DIGITAL_DEDUCTION)
                        .scenario("GAS_EXPLOSION").role("MINE_RESCUE", 1)
                        .window(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20)).priority(5).participants(40)
                        .build())
                .drill(DrillRequest.builder("D2").unit("U1").type(ExerciseType.COMPREHENSIVE_EXERCISE)
                        .scenario("GAS_EXPLOSION").durationSlots(2).role("MINE_RESCUE", 1).role("MEDICAL", 1)
                        .after("D1", 7).priority(5).participants(300).build())
                .build();
        String json;
        try (InputStream in = BuildersTest.class.getResourceAsStream("/format/example-problem.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(built).isEqualTo(DrillFormat.readProblem(json, "example-problem.json"));
    }

    @Test
    void aTeamStartsFromTheFormatDefaults() {
        RescueTeam team = RescueTeam.builder("T9").name("Volunteers").skills("EVACUATION").base(38.0, 112.0).build();
        assertThat(team).isEqualTo(new RescueTeam("T9", "Volunteers", null, Set.of("EVACUATION"),
                new GeoPoint(38.0, 112.0), null, null, 2, 5, Set.of()));
        assertThat(team.toBuilder().maxDrillsPerDay(3).build())
                .isEqualTo(new RescueTeam("T9", "Volunteers", null, Set.of("EVACUATION"),
                        new GeoPoint(38.0, 112.0), null, null, 3, 5, Set.of()));
        assertThat(fireTeam().toBuilder().build()).isEqualTo(fireTeam());
    }

    @Test
    void aTeamBuildListsEveryBadFieldWithItsPath() {
        assertThatThrownBy(() -> RescueTeam.builder("T1").skills("FIRE", " ").maxDrillsPerDay(0)
                .maxDrillsPerWeek(-1).serviceRadiusKm(-5.0).base(91, 0).build())
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.messages(java.util.Locale.ENGLISH)).containsExactly(
                        "team 'T1'.name: missing name",
                        "team 'T1'.skills: blank skill ' '",
                        "team 'T1'.base.lat: latitude 91.0 is outside -90..90",
                        "team 'T1'.serviceRadiusKm: service radius -5.0 km is not 0 or more",
                        "team 'T1'.maxDrillsPerDay: 0 is less than 1",
                        "team 'T1'.maxDrillsPerWeek: -1 is less than 1"));
        assertThatThrownBy(() -> RescueTeam.builder(null).name("x").build())
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.messages(java.util.Locale.ENGLISH)).containsExactly(
                        "team.id: missing team id",
                        "team.skills: no skills listed; a team needs at least one",
                        "team.base: missing base"));
    }

    @Test
    void withUnavailableAddsDatesAndKeepsTheOthers() {
        LocalDate june10 = LocalDate.of(2026, 6, 10);
        LocalDate june11 = LocalDate.of(2026, 6, 11);
        RescueTeam away = fireTeam().withUnavailable(june10, june11);
        assertThat(away.unavailable()).containsExactlyInAnyOrder(JUNE_16, june10, june11);
        assertThat(away.toBuilder().unavailable(fireTeam().unavailable()).build()).isEqualTo(fireTeam());
        assertThat(mine().withUnavailable(List.of(june10)).unavailable()).containsExactly(june10);
        assertThat(mine().withUnavailable(june10).withUnavailable(june11).isOpen(june11,
                new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, null))).isFalse();
    }

    @Test
    void aUnitStartsFromTheFormatDefaultsAndListsEveryBadField() {
        assertThat(mine()).isEqualTo(new GrassrootsUnit("U1", "Xishan Coal Mine", "ENTERPRISE", "MINING", "MAJOR",
                "taiyuan", new GeoPoint(37.9, 112.4), false, Set.of()));
        assertThat(mine().toBuilder().weekends(true).build().weekends()).isTrue();
        assertThatThrownBy(() -> GrassrootsUnit.builder("U2").name(" ").location(0, 181).build())
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.messages(java.util.Locale.ENGLISH)).containsExactly(
                        "unit 'U2'.name: blank name ' '",
                        "unit 'U2'.region: missing region",
                        "unit 'U2'.location.lon: longitude 181.0 is outside -180..180"));
    }

    @Test
    void aDrillStartsFromTheFormatDefaults() {
        DrillRequest drill = DrillRequest.builder("D7").unit("U1").type(ExerciseType.ACTUAL_COMBAT_SIMULATION).build();
        assertThat(drill).isEqualTo(new DrillRequest("D7", "U1", ExerciseType.ACTUAL_COMBAT_SIMULATION, null, 1,
                List.of(), null, List.of(), 3, 0));
        DateWindow early = new DateWindow(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 12));
        assertThat(drill.withWindow(early).withPriority(5))
                .isEqualTo(drill.toBuilder().window(early).priority(5).build());
        DrillRequest chained = drill.toBuilder().after("D1", 3).after("D2", 0).role("FIRE", 2).build();
        assertThat(chained.after()).containsExactly(new Precedence("D1", 3), new Precedence("D2", 0));
        assertThat(chained.toBuilder().build()).isEqualTo(chained);
        assertThat(chained.toBuilder().roles(List.of()).after(List.of()).build()).isEqualTo(drill);
    }

    @Test
    void aDrillBuildListsEveryBadFieldWithItsPath() {
        assertThatThrownBy(() -> DrillRequest.builder("D3").durationSlots(0).role("", 0)
                .window(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 10)).after("D3", -1).priority(9)
                .participants(-4).build())
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.messages(java.util.Locale.ENGLISH)).containsExactly(
                        "drill 'D3'.unit: missing unit",
                        "drill 'D3'.type: missing exercise type",
                        "drill 'D3'.durationSlots: 0 is less than 1",
                        "drill 'D3'.roles[0].skill: blank skill ''",
                        "drill 'D3'.roles[0].count: 0 is less than 1",
                        "drill 'D3'.window: from 2026-06-20 is after to 2026-06-10",
                        "drill 'D3'.after[0].drill: drill 'D3' cannot come after itself",
                        "drill 'D3'.after[0].minDays: -1 is negative",
                        "drill 'D3'.priority: 9 is outside 1..5",
                        "drill 'D3'.participants: -4 is negative"));
    }

    @Test
    void withTeamReplacesTheTeamOfTheSameIdOrAddsIt() {
        DrillProblem problem = DrillProblem.builder()
                .horizon(new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, null))
                .region(new Region("taiyuan", "Taiyuan", null, null)).team(fireTeam()).unit(mine()).build();
        RescueTeam away = fireTeam().withUnavailable(LocalDate.of(2026, 6, 3));
        DrillProblem changed = problem.withTeam(away);
        assertThat(changed.teams()).containsExactly(away);
        assertThat(problem.teams()).containsExactly(fireTeam());
        RescueTeam medics = RescueTeam.builder("T2").name("Medics").skills("MEDICAL").base(37.8, 112.5).build();
        assertThat(changed.withTeam(medics).teams()).containsExactly(away, medics);

        GrassrootsUnit open = mine().toBuilder().weekends(true).build();
        assertThat(problem.withUnit(open).units()).containsExactly(open);
    }

    @Test
    void withDrillAndWithoutDrillChangeTheRequests() {
        DrillRequest d1 = DrillRequest.builder("D1").unit("U1").type(ExerciseType.DIGITAL_DEDUCTION).build();
        DrillRequest d2 = DrillRequest.builder("D2").unit("U1").type(ExerciseType.COMPREHENSIVE_EXERCISE)
                .after("D1", 7).build();
        DrillProblem problem = DrillProblem.builder().name("June")
                .horizon(new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, null))
                .region(new Region("taiyuan", "Taiyuan", null, null)).team(fireTeam()).unit(mine())
                .drill(d1).drill(d2).build();
        assertThat(ProblemValidator.problems(problem)).isEmpty();

        assertThat(problem.withDrill(d1.withPriority(5)).drills()).containsExactly(d1.withPriority(5), d2);
        assertThat(problem.withoutDrill("D2").drills()).containsExactly(d1);
        // The chain is not cut silently: D2 still waits for D1, and the validator says so.
        assertThat(Problem.texts(ProblemValidator.problems(problem.withoutDrill("D1")), java.util.Locale.ENGLISH))
                .containsExactly("drills[0].after[0].drill: unknown drill 'D1'");
        assertThatThrownBy(() -> problem.withoutDrill("D9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no drill 'D9' in problem 'June'");
    }
}
