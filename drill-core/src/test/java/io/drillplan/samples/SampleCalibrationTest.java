package io.drillplan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Can a good planner schedule nearly every drill of a sample? Not a proof (that would be the
 * planner's job), but the necessary conditions, computed here independently of the generator:
 * every role has enough teams in reach, every pool of teams carries at most {@value #BOUND} of
 * what it can hold on workdays, and the caps of the county and city bureaus leave room.
 */
class SampleCalibrationTest {

    /** Most demand over capacity a problem may carry. */
    private static final double BOUND = 0.8;

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("TINY", GeneratedSamples.of(SampleProblems.Preset.TINY)),
                Arguments.of("COUNTY", GeneratedSamples.of(SampleProblems.Preset.COUNTY)),
                Arguments.of("CITY", GeneratedSamples.of(SampleProblems.Preset.CITY)),
                Arguments.of("PILOT", GeneratedSamples.of(SampleProblems.Preset.PILOT)),
                Arguments.of("PROVINCE", GeneratedSamples.of(SampleProblems.Preset.PROVINCE)),
                Arguments.of("PILOT 2025 seed 7", SampleProblems.generate(SampleProblems.Preset.PILOT, 2025, 7)),
                Arguments.of("COUNTY 2027 seed 3", SampleProblems.generate(SampleProblems.Preset.COUNTY, 2027, 3)),
                Arguments.of("ofSize 300", SampleProblems.ofSize(300, 2026, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void everyDrillCanBeStaffedByDistinctTeamsInReach(String label, DrillProblem problem) {
        List<String> unstaffable = new ArrayList<>();
        for (DrillRequest drill : problem.drills()) {
            List<List<String>> seats = new ArrayList<>();
            for (var role : drill.roles()) {
                List<String> eligible = eligible(problem, drill.unit(), role.skill()).stream()
                        .map(RescueTeam::id).toList();
                for (int i = 0; i < role.count(); i++) {
                    seats.add(eligible);
                }
            }
            if (!distinctTeamsFor(seats)) {
                unstaffable.add(drill.id());
            }
        }
        assertThat(unstaffable).as("drills whose roles cannot all be filled by distinct teams in reach").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void eachSkillIsDemandedAtMostEightyPercentOfItsTeamsWorkdayCapacity(String label, DrillProblem problem) {
        Map<String, Integer> demand = new LinkedHashMap<>();
        Map<String, Set<String>> eligible = new LinkedHashMap<>();
        for (DrillRequest drill : problem.drills()) {
            for (var role : drill.roles()) {
                demand.merge(role.skill(), role.count(), Integer::sum);
                Set<String> teams = eligible.computeIfAbsent(role.skill(), k -> new LinkedHashSet<>());
                eligible(problem, drill.unit(), role.skill()).forEach(t -> teams.add(t.id()));
            }
        }
        Map<String, RescueTeam> teamsById = problem.teamsById();
        assertThat(demand).isNotEmpty();
        demand.forEach((skill, d) -> {
            int capacity = eligible.get(skill).stream()
                    .mapToInt(t -> workdayCapacity(teamsById.get(t), problem.horizon())).sum();
            assertThat((double) d / capacity)
                    .as("%s: demand for %s (%d) over the workday capacity of its %d teams (%d)",
                            label, skill, d, eligible.get(skill).size(), capacity)
                    .isLessThanOrEqualTo(BOUND);
        });
    }

    /**
     * The sharper test: route every team a drill needs to one eligible team so that no team
     * carries more than 80% of its workday capacity. A maximum flow either carries the whole
     * demand or proves that no such routing exists.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void allDemandRoutesToTeamsInReachWithinEightyPercentOfCapacity(String label, DrillProblem problem) {
        List<RescueTeam> teams = problem.teams();
        // demand grouped by (unit, skill): every drill of a unit has the same teams in reach
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (DrillRequest drill : problem.drills()) {
            for (var role : drill.roles()) {
                groups.merge(drill.unit() + "|" + role.skill(), role.count(), Integer::sum);
            }
        }
        int source = 0;
        int sink = 1;
        int firstTeam = 2;
        int firstGroup = firstTeam + teams.size();
        MaxFlow flow = new MaxFlow(firstGroup + groups.size());
        for (int t = 0; t < teams.size(); t++) {
            flow.edge(firstTeam + t, sink, (int) Math.floor(BOUND * workdayCapacity(teams.get(t), problem.horizon())));
        }
        Map<String, Integer> teamIndex = new LinkedHashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            teamIndex.put(teams.get(t).id(), t);
        }
        long total = 0;
        int g = firstGroup;
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            flow.edge(source, g, group.getValue());
            total += group.getValue();
            for (RescueTeam team : eligible(problem).get(group.getKey())) {
                flow.edge(g, firstTeam + teamIndex.get(team.id()), group.getValue());
            }
            g++;
        }
        assertThat(flow.run(source, sink)).as("%s: team demand routed of %d", label, total).isEqualTo(total);
    }

    /** Overall load of all teams: calibrated, not drowned in spare teams. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void teamsAreNeitherOverloadedNorIdle(String label, DrillProblem problem) {
        int demand = problem.drills().stream().mapToInt(DrillRequest::teamCount).sum();
        int capacity = problem.teams().stream().mapToInt(t -> workdayCapacity(t, problem.horizon())).sum();
        double load = (double) demand / capacity;
        assertThat(load).as("%s: teams demanded %d over workday capacity %d", label, demand, capacity)
                .isLessThanOrEqualTo(BOUND);
        if (problem.drills().size() >= 500) {
            // small problems need a minimum of teams however few their drills; large ones must not
            assertThat(load).as("%s: overall team load", label).isGreaterThanOrEqualTo(0.45);
        }
    }

    /** Every bureau can observe its drills with room to spare, counting workday-only units on workdays. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void regionCapsLeaveRoom(String label, DrillProblem problem) {
        Map<String, Region> regions = problem.regionsById();
        Map<String, GrassrootsUnit> units = problem.unitsById();
        Horizon horizon = problem.horizon();
        int days = horizon.dates().size();
        long workdays = horizon.dates().stream().filter(d -> !horizon.isWeekendOrHoliday(d)).count();
        Map<String, Integer> all = new LinkedHashMap<>();
        Map<String, Integer> workdayOnly = new LinkedHashMap<>();
        for (DrillRequest drill : problem.drills()) {
            GrassrootsUnit unit = units.get(drill.unit());
            for (String r = unit.region(); r != null; r = regions.get(r).parent()) {
                all.merge(r, 1, Integer::sum);
                if (!unit.weekends()) {
                    workdayOnly.merge(r, 1, Integer::sum);
                }
            }
        }
        int capped = 0;
        for (Region region : problem.regions()) {
            if (region.maxDrillsPerDay() == null) {
                continue;
            }
            capped++;
            int cap = region.maxDrillsPerDay();
            assertThat(all.getOrDefault(region.id(), 0)).as("%s: drills in %s", label, region.id())
                    .isLessThanOrEqualTo((int) (BOUND * cap * days));
            assertThat(workdayOnly.getOrDefault(region.id(), 0)).as("%s: workday drills in %s", label, region.id())
                    .isLessThanOrEqualTo((int) (BOUND * cap * workdays));
        }
        assertThat(capped).as("regions with a cap").isGreaterThanOrEqualTo(2);
    }

    /** Per unit and skill, the teams with the skill whose base lies within their radius of the unit. */
    private static final Map<DrillProblem, Map<String, List<RescueTeam>>> ELIGIBLE = new IdentityHashMap<>();

    private static synchronized Map<String, List<RescueTeam>> eligible(DrillProblem problem) {
        return ELIGIBLE.computeIfAbsent(problem, p -> {
            Map<String, List<RescueTeam>> bySkill = new LinkedHashMap<>();
            p.teams().forEach(t -> t.skills().forEach(s -> bySkill.computeIfAbsent(s, k -> new ArrayList<>()).add(t)));
            Map<String, GrassrootsUnit> units = p.unitsById();
            Map<String, List<RescueTeam>> index = new LinkedHashMap<>();
            for (DrillRequest drill : p.drills()) {
                for (var role : drill.roles()) {
                    index.computeIfAbsent(drill.unit() + "|" + role.skill(), k -> bySkill.getOrDefault(role.skill(), List.of())
                            .stream().filter(t -> reaches(t, units.get(drill.unit()))).toList());
                }
            }
            return index;
        });
    }

    private static List<RescueTeam> eligible(DrillProblem problem, String unit, String skill) {
        return eligible(problem).get(unit + "|" + skill);
    }

    private static boolean reaches(RescueTeam team, GrassrootsUnit unit) {
        if (team.serviceRadiusKm() == null) {
            return true;
        }
        // a degree of latitude is never shorter than 110 km: a cheap rejection before the haversine
        if (Math.abs(team.base().lat() - unit.location().lat()) * 110 > team.serviceRadiusKm()) {
            return false;
        }
        return team.base().distanceKm(unit.location()) <= team.serviceRadiusKm();
    }

    /**
     * Drills a team can hold counting workdays only, per ISO week the lesser of its weekly cap and
     * its daily cap times the workdays it is available.
     */
    static int workdayCapacity(RescueTeam team, Horizon horizon) {
        Map<Integer, Integer> days = new LinkedHashMap<>();
        for (LocalDate d : horizon.dates()) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !horizon.holidays().contains(d) && !team.unavailable().contains(d)) {
                days.merge(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 1, Integer::sum);
            }
        }
        return days.values().stream()
                .mapToInt(n -> Math.min(team.maxDrillsPerWeek(), team.maxDrillsPerDay() * n)).sum();
    }

    /** Kuhn's augmenting paths: can every seat get its own team? */
    private static boolean distinctTeamsFor(List<List<String>> seats) {
        Map<String, Integer> holder = new LinkedHashMap<>();
        for (int s = 0; s < seats.size(); s++) {
            if (!augment(s, seats, holder, new LinkedHashSet<>())) {
                return false;
            }
        }
        return true;
    }

    private static boolean augment(int seat, List<List<String>> seats, Map<String, Integer> holder, Set<String> seen) {
        for (String team : seats.get(seat)) {
            if (seen.add(team)) {
                Integer other = holder.get(team);
                if (other == null || augment(other, seats, holder, seen)) {
                    holder.put(team, seat);
                    return true;
                }
            }
        }
        return false;
    }
}
