package io.drillplan.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Slot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleProblemsTest {

    // the vocabularies the package documentation promises
    private static final Set<String> TEAM_KINDS = Set.of("FIRE_RESCUE", "MINE_RESCUE", "HAZMAT", "MEDICAL", "VOLUNTEER");
    private static final Set<String> SKILLS = Set.of("FIRE", "EVACUATION", "RESCUE", "MINE_RESCUE", "GAS", "HAZMAT",
            "MEDICAL", "FIRST_AID");
    private static final Set<String> UNIT_KINDS = Set.of("ENTERPRISE", "TOWN", "STREET", "VILLAGE", "COMMUNITY", "SCHOOL");
    private static final Set<String> SECTORS = Set.of("MINING", "HAZARDOUS_CHEMICALS", "FIRE_PROTECTION",
            "TRANSPORTATION", "INDUSTRY_AND_TRADE");
    private static final Set<String> RISKS = Set.of("MAJOR", "HIGH", "MODERATE", "LOW");
    private static final Set<String> SCENARIOS = Set.of("GAS_EXPLOSION", "ROOF_FALL", "WATER_INRUSH", "MINE_FIRE",
            "TOXIC_LEAK", "EXPLOSION", "FIRE", "EARTHQUAKE_EVACUATION", "FLOOD", "LANDSLIDE", "TRAFFIC_ACCIDENT");

    @Test
    void presetNamesParseIgnoringCaseAndBadNamesAreQuoted() {
        assertThat(SampleProblems.Preset.fromName("tiny")).isEqualTo(SampleProblems.Preset.TINY);
        assertThat(SampleProblems.Preset.fromName(" Province ")).isEqualTo(SampleProblems.Preset.PROVINCE);
        assertThatThrownBy(() -> SampleProblems.Preset.fromName("prefecture"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'prefecture'")
                .hasMessageContaining("TINY, COUNTY, CITY, PILOT, PROVINCE");
        assertThatThrownBy(() -> SampleProblems.Preset.fromName(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'null'");
    }

    @Test
    void yearsAndSizesOutOfRangeAreRejectedQuotingTheValue() {
        assertThatThrownBy(() -> SampleProblems.generate(SampleProblems.Preset.TINY, 2024, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2024'").hasMessageContaining("2025..2027");
        assertThatThrownBy(() -> SampleProblems.ofSize(500, 2028, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2028'");
        assertThatThrownBy(() -> SampleProblems.ofSize(99, 2026, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'99'").hasMessageContaining("100..20000");
        assertThatThrownBy(() -> SampleProblems.ofSize(20_001, 2026, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'20001'");
    }

    @Test
    void sameInputsGiveEqualProblemsAndAnotherSeedAnotherProblem() {
        for (SampleProblems.Preset preset : SampleProblems.Preset.values()) {
            DrillProblem again = SampleProblems.generate(preset, SampleProblems.DEFAULT_YEAR, SampleProblems.DEFAULT_SEED);
            assertThat(again).as(preset.name()).isEqualTo(GeneratedSamples.of(preset));
        }
        assertThat(SampleProblems.ofSize(1500, 2027, 9)).isEqualTo(SampleProblems.ofSize(1500, 2027, 9));

        DrillProblem a = SampleProblems.generate(SampleProblems.Preset.COUNTY, 2026, 42);
        DrillProblem b = SampleProblems.generate(SampleProblems.Preset.COUNTY, 2026, 43);
        assertThat(b.units()).isNotEqualTo(a.units());
        assertThat(b.drills()).isNotEqualTo(a.drills());
        assertThat(b.units().stream().map(GrassrootsUnit::location).toList())
                .isNotEqualTo(a.units().stream().map(GrassrootsUnit::location).toList());
        assertThat(SampleProblems.generate(SampleProblems.Preset.TINY, 2026, 7).teams())
                .isNotEqualTo(SampleProblems.generate(SampleProblems.Preset.TINY, 2026, 8).teams());
    }

    @Test
    void presetsHaveTheirIntendedSizes() {
        assertSize(SampleProblems.Preset.TINY, 15, 25, 3);
        assertSize(SampleProblems.Preset.COUNTY, 130, 175, 3);
        assertSize(SampleProblems.Preset.CITY, 600, 1000, 1 + 1 + 10);
        assertSize(SampleProblems.Preset.PILOT, 600, 900, 1 + 4 + 10 + 14 + 6 + 1);
        assertSize(SampleProblems.Preset.PROVINCE, 10_000, 11_000, 1 + 11 + 117);
        assertThat(GeneratedSamples.of(SampleProblems.Preset.TINY).teams()).hasSizeLessThanOrEqualTo(8);
    }

    private static void assertSize(SampleProblems.Preset preset, int minDrills, int maxDrills, int regions) {
        DrillProblem p = GeneratedSamples.of(preset);
        assertThat(p.drills()).as("%s drills", preset).hasSizeBetween(minDrills, maxDrills);
        assertThat(p.regions()).as("%s regions", preset).hasSize(regions);
        assertThat(p.units().size()).as("%s units", preset).isBetween(p.drills().size() / 2, p.drills().size());
        assertThat(p.teams()).as("%s teams", preset).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 1_200, 6_000})
    void ofSizeComesWithinAFewPercentOfTheAskedSize(int size) {
        DrillProblem p = SampleProblems.ofSize(size, 2026, 11);
        assertThat(p.drills().size()).isBetween((int) (size * 0.92), (int) Math.ceil(size * 1.08));
        assertConsistent(p);
    }

    @Test
    void ofSizeBeyondTheProvinceThickensEveryCounty() {
        DrillProblem p = SampleProblems.ofSize(SampleProblems.MAX_SIZE, 2026, 1);
        assertThat(p.drills().size()).isBetween(19_000, 21_000);
        assertThat(p.regions()).hasSize(1 + 11 + 117);
    }

    @Test
    void tinyHoldsAChainAJointExerciseASchoolAndAWeekendUnit() {
        DrillProblem tiny = GeneratedSamples.of(SampleProblems.Preset.TINY);
        assertThat(tiny.drills()).hasSizeLessThanOrEqualTo(25);
        assertThat(tiny.teams()).hasSizeLessThanOrEqualTo(8);
        assertThat(tiny.drills()).anyMatch(d -> !d.after().isEmpty());
        assertThat(tiny.drills()).anyMatch(d -> d.type() == ExerciseType.COMPREHENSIVE_EXERCISE
                && d.roles().size() >= 2 && d.durationSlots() == 2);
        assertThat(tiny.units()).anyMatch(u -> u.kind().equals("SCHOOL"));
        assertThat(tiny.units()).anyMatch(GrassrootsUnit::weekends);
        assertConsistent(tiny);
    }

    @ParameterizedTest
    @EnumSource(SampleProblems.Preset.class)
    void problemsAreInternallyConsistent(SampleProblems.Preset preset) {
        assertConsistent(GeneratedSamples.of(preset));
    }

    @ParameterizedTest
    @EnumSource(SampleProblems.Preset.class)
    void problemsSpeakOnlyTheDocumentedVocabularies(SampleProblems.Preset preset) {
        DrillProblem p = GeneratedSamples.of(preset);
        assertThat(p.teams()).allSatisfy(t -> {
            assertThat(TEAM_KINDS).contains(t.kind());
            assertThat(SKILLS).containsAll(t.skills());
        });
        assertThat(p.units()).allSatisfy(u -> {
            assertThat(UNIT_KINDS).contains(u.kind());
            assertThat(RISKS).contains(u.risk());
            if (u.kind().equals("ENTERPRISE")) {
                assertThat(SECTORS).contains(u.sector());
            } else {
                assertThat(u.sector()).isNull();
            }
            assertThat(u.weekends()).isEqualTo(u.kind().equals("VILLAGE") || u.kind().equals("COMMUNITY"));
        });
        assertThat(p.drills()).allSatisfy(d -> {
            assertThat(SCENARIOS).contains(d.scenario());
            assertThat(d.roles()).allSatisfy(r -> assertThat(SKILLS).contains(r.skill()));
        });
    }

    /** Mines and chemical plants run the whole building-block chain; others one or two drills. */
    @Test
    void highRiskEnterprisesRunTheWholeChainInOrder() {
        DrillProblem p = GeneratedSamples.of(SampleProblems.Preset.PILOT);
        Map<String, List<DrillRequest>> byUnit = p.drills().stream()
                .collect(Collectors.groupingBy(DrillRequest::unit, LinkedHashMap::new, Collectors.toList()));
        List<GrassrootsUnit> chained = p.units().stream()
                .filter(u -> "MINING".equals(u.sector()) || "HAZARDOUS_CHEMICALS".equals(u.sector())).toList();
        assertThat(chained).isNotEmpty();
        for (GrassrootsUnit u : chained) {
            List<DrillRequest> drills = byUnit.get(u.id());
            assertThat(u.risk()).isIn("MAJOR", "HIGH");
            assertThat(drills).extracting(DrillRequest::type).containsExactly(ExerciseType.DIGITAL_DEDUCTION,
                    ExerciseType.ACTUAL_COMBAT_SIMULATION, ExerciseType.COMPREHENSIVE_EXERCISE);
            assertThat(drills).extracting(DrillRequest::scenario).containsOnly(drills.get(0).scenario());
            assertThat(drills.get(1).after()).singleElement().satisfies(a -> {
                assertThat(a.drill()).isEqualTo(drills.get(0).id());
                assertThat(a.minDays()).isBetween(3, 7);
            });
            DrillRequest exercise = drills.get(2);
            assertThat(exercise.after()).extracting(Precedence::drill).containsExactly(drills.get(1).id());
            assertThat(exercise.durationSlots()).isEqualTo(2);
            assertThat(exercise.roles().size()).isBetween(2, 4);
            assertThat(exercise.priority()).isGreaterThanOrEqualTo(4);
        }
        assertThat(p.units()).filteredOn(u -> Set.of("VILLAGE", "COMMUNITY", "SCHOOL").contains(u.kind()))
                .allSatisfy(u -> assertThat(byUnit.get(u.id())).singleElement()
                        .extracting(DrillRequest::type).isEqualTo(ExerciseType.ACTUAL_COMBAT_SIMULATION));
        assertThat(p.drills()).extracting(DrillRequest::priority).contains(1, 2, 3, 4, 5);
    }

    @Test
    void everythingLiesInShanxi() {
        DrillProblem p = GeneratedSamples.of(SampleProblems.Preset.PROVINCE);
        List<GeoPoint> points = new ArrayList<>();
        p.units().forEach(u -> points.add(u.location()));
        p.teams().forEach(t -> points.add(t.base()));
        assertThat(points).allSatisfy(g -> {
            assertThat(g.lat()).isBetween(34.5, 40.8);
            assertThat(g.lon()).isBetween(110.2, 114.6);
        });
    }

    /** Reference seats from public gazetteers, independent of the generator's data file. */
    @Test
    void countiesSitAtTheirRealSeats() {
        Map<String, GeoPoint> seats = Map.of(
                "taiyuan-yingze", new GeoPoint(37.855, 112.562),
                "datong-pingcheng", new GeoPoint(40.076, 113.298),
                "datong-yungang", new GeoPoint(40.005, 113.150),
                "xinzhou-yuanping", new GeoPoint(38.73, 112.71),
                "jincheng-chengqu", new GeoPoint(35.50, 112.84),
                "linfen-yaodu", new GeoPoint(36.088, 111.519),
                "lvliang-liulin", new GeoPoint(37.431, 110.889),
                "lvliang-jiaokou", new GeoPoint(36.983, 111.177),
                "jinzhong-pingyao", new GeoPoint(37.190, 112.176),
                "yuncheng-yanhu", new GeoPoint(35.03, 111.00));
        DrillProblem p = GeneratedSamples.of(SampleProblems.Preset.PROVINCE);
        seats.forEach((county, seat) -> {
            List<GeoPoint> sites = p.units().stream().filter(u -> u.region().equals(county))
                    .map(GrassrootsUnit::location).toList();
            assertThat(sites).as(county).isNotEmpty();
            GeoPoint centre = new GeoPoint(sites.stream().mapToDouble(GeoPoint::lat).average().orElseThrow(),
                    sites.stream().mapToDouble(GeoPoint::lon).average().orElseThrow());
            assertThat(centre.distanceKm(seat)).as("%s: centre of its units from the seat", county).isLessThan(10);
            RescueTeam fire = p.teams().stream()
                    .filter(t -> t.region().equals(county) && t.kind().equals("FIRE_RESCUE")).findFirst().orElseThrow();
            assertThat(fire.base().distanceKm(seat)).as("%s: first fire station from the seat", county).isLessThan(10);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027})
    void calendarsFollowTheYear(int year) {
        DrillProblem p = SampleProblems.generate(SampleProblems.Preset.COUNTY, year, 5);
        assertThat(p.horizon().start()).isEqualTo(LocalDate.of(year, 6, 1));
        assertThat(p.horizon().end()).isEqualTo(LocalDate.of(year, 6, 30));
        assertThat(p.horizon().slots()).containsExactly(
                new Slot("AM", LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new Slot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));
        LocalDate dragonBoat = switch (year) {
            case 2025 -> LocalDate.of(2025, 6, 2);
            case 2026 -> LocalDate.of(2026, 6, 19);
            default -> LocalDate.of(2027, 6, 9);
        };
        assertThat(p.horizon().holidays()).contains(dragonBoat).allSatisfy(d -> assertThat(p.horizon().contains(d)).isTrue());
        assertThat(p.horizon().isWeekendOrHoliday(dragonBoat)).isTrue();

        Set<LocalDate> gaokao = Set.of(LocalDate.of(year, 6, 7), LocalDate.of(year, 6, 8), LocalDate.of(year, 6, 9));
        List<GrassrootsUnit> schools = p.units().stream().filter(u -> u.kind().equals("SCHOOL")).toList();
        assertThat(schools).isNotEmpty().allSatisfy(s -> assertThat(s.unavailable()).containsAll(gaokao));
        assertThat(p.drills()).filteredOn(d -> d.unit().contains("-school"))
                .allSatisfy(d -> assertThat(d.window()).isEqualTo(
                        new DateWindow(LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 24))));

        LocalDate safetyDay = LocalDate.of(year, 6, 16);
        assertThat(p.teams()).anyMatch(t -> t.kind().equals("FIRE_RESCUE") && t.unavailable().contains(safetyDay));
        assertThat(p.teams()).allSatisfy(t -> assertThat(t.unavailable()).allSatisfy(d ->
                assertThat(p.horizon().contains(d)).isTrue()));
        assertThat(p.units()).allSatisfy(u -> assertThat(u.unavailable()).allSatisfy(d ->
                assertThat(p.horizon().contains(d)).isTrue()));
    }

    @Test
    void juneSixteenthAndStandbyDutyTakeTeamsAway() {
        DrillProblem p = GeneratedSamples.of(SampleProblems.Preset.PILOT);
        LocalDate safetyDay = LocalDate.of(2026, 6, 16);
        List<RescueTeam> fire = p.teams().stream().filter(t -> t.kind().equals("FIRE_RESCUE")).toList();
        long fireAway = fire.stream().filter(t -> t.unavailable().contains(safetyDay)).count();
        assertThat((double) fireAway / fire.size()).as("share of fire teams away on June 16").isGreaterThan(0.5);
        assertThat(p.teams()).anyMatch(t -> !t.kind().equals("FIRE_RESCUE") && t.unavailable().contains(safetyDay));
        assertThat(p.teams()).anyMatch(t -> !t.kind().equals("FIRE_RESCUE") && !t.unavailable().contains(safetyDay));
        // standby duty: a run of two or three days other than June 16
        assertThat(p.teams()).anyMatch(t -> t.unavailable().stream().anyMatch(d -> !d.equals(safetyDay)));
    }

    @Test
    void someEnterprisesShutDownForMaintenanceAndSouthernVillagesHarvestWheat() {
        DrillProblem p = GeneratedSamples.of(SampleProblems.Preset.PROVINCE);
        List<GrassrootsUnit> shut = p.units().stream()
                .filter(u -> u.kind().equals("ENTERPRISE") && !u.unavailable().isEmpty()).toList();
        long enterprises = p.units().stream().filter(u -> u.kind().equals("ENTERPRISE")).count();
        assertThat((double) shut.size() / enterprises).isBetween(0.05, 0.3);
        assertThat(shut).allSatisfy(u -> {
            List<LocalDate> days = u.unavailable().stream().sorted().toList();
            assertThat(days).hasSizeBetween(3, 5);
            assertThat(days.get(days.size() - 1)).isEqualTo(days.get(0).plusDays(days.size() - 1));
        });
        Set<LocalDate> harvest = new HashSet<>(JuneCalendar.dates(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 10)));
        assertThat(p.units()).filteredOn(u -> u.kind().equals("VILLAGE"))
                .allSatisfy(u -> assertThat(u.unavailable()).isEqualTo(
                        u.region().startsWith("yuncheng-") || u.region().startsWith("linfen-") ? harvest : Set.of()));
    }

    /**
     * What the validator will check, asserted here so the samples do not wait for it. Plain
     * checks collected into one list: ten thousand drills make per-item assertions slow.
     */
    static void assertConsistent(DrillProblem p) {
        assertUnique("region", p.regions().stream().map(Region::id).toList());
        assertUnique("team", p.teams().stream().map(RescueTeam::id).toList());
        assertUnique("unit", p.units().stream().map(GrassrootsUnit::id).toList());
        assertUnique("drill", p.drills().stream().map(DrillRequest::id).toList());
        Map<String, Region> regions = p.regionsById();
        Map<String, GrassrootsUnit> units = p.unitsById();
        Map<String, DrillRequest> drills = p.drillsById();
        List<String> problems = new ArrayList<>();
        assertThat(p.regions()).filteredOn(r -> r.parent() == null).hasSize(1);
        for (Region r : p.regions()) {
            check(problems, r.parent() == null || regions.containsKey(r.parent()), r.id() + ": unknown parent");
            check(problems, r.maxDrillsPerDay() == null || r.maxDrillsPerDay() > 0, r.id() + ": cap not positive");
        }
        for (GrassrootsUnit u : p.units()) {
            Region county = regions.get(u.region());
            check(problems, county != null && county.parent() != null
                    && "shanxi".equals(regions.get(county.parent()).parent()), u.id() + ": not in a county");
            check(problems, u.location().isValid(), u.id() + ": bad location");
        }
        for (RescueTeam t : p.teams()) {
            check(problems, regions.containsKey(t.region()), t.id() + ": unknown region");
            check(problems, !t.skills().isEmpty(), t.id() + ": no skills");
            check(problems, t.serviceRadiusKm() != null && t.serviceRadiusKm() > 0, t.id() + ": radius");
            check(problems, t.maxDrillsPerDay() >= 1 && t.maxDrillsPerDay() <= t.maxDrillsPerWeek(), t.id() + ": daily cap");
            check(problems, t.maxDrillsPerWeek() >= 4 && t.maxDrillsPerWeek() <= 6, t.id() + ": weekly cap");
        }
        int slots = p.horizon().slots().size();
        Set<String> seen = new HashSet<>();
        for (DrillRequest d : p.drills()) {
            check(problems, units.containsKey(d.unit()), d.id() + ": unknown unit");
            check(problems, d.durationSlots() >= 1 && d.durationSlots() <= slots, d.id() + ": duration");
            check(problems, !d.roles().isEmpty() && d.roles().stream().allMatch(r -> r.count() > 0), d.id() + ": roles");
            check(problems, d.priority() >= 1 && d.priority() <= 5, d.id() + ": priority");
            check(problems, d.participants() > 0, d.id() + ": participants");
            if (d.window() != null) {
                check(problems, !d.window().from().isAfter(d.window().to())
                        && p.horizon().contains(d.window().from()) && p.horizon().contains(d.window().to()),
                        d.id() + ": window");
            }
            for (Precedence a : d.after()) {
                DrillRequest before = drills.get(a.drill());
                check(problems, before != null && before.unit().equals(d.unit()), d.id() + ": after another unit's drill");
                // listed earlier, so the precedences cannot form a cycle
                check(problems, seen.contains(a.drill()), d.id() + ": after a later drill " + a.drill());
                check(problems, a.minDays() >= 0, d.id() + ": negative minDays");
            }
            seen.add(d.id());
        }
        Set<String> unitsWithDrills = new HashSet<>();
        p.drills().forEach(d -> unitsWithDrills.add(d.unit()));
        check(problems, units.keySet().equals(unitsWithDrills), "some unit asks for no drill");
        assertThat(problems).as("inconsistencies").isEmpty();
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static void assertUnique(String what, List<String> ids) {
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).as("%s ids are unique", what).hasSize(ids.size());
        assertThat(ids).as("%s ids are ASCII", what).allSatisfy(id -> assertThat(id).matches("[A-Za-z0-9-]+"));
    }

}
