package io.drillplan.check;

import static io.drillplan.check.Fixture.day;
import static io.drillplan.check.Fixture.drill;
import static io.drillplan.check.Fixture.june;
import static io.drillplan.check.Fixture.role;
import static io.drillplan.check.Fixture.slot;
import static io.drillplan.check.Fixture.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.HardRule;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.Schedule;
import io.drillplan.model.Slot;
import io.drillplan.model.TeamAssignment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large schedules: the checker's grouping must find exactly what a pair-by-pair reading finds,
 * and province-scale schedules must be checked without a quadratic blow-up.
 */
class ScaleTest {

    /** A placement as the pair-by-pair reading sees it. */
    private record Placed(String drill, GrassrootsUnit unit, LocalDate date, int start, int end, List<String> teams) {}

    @Test
    void randomScheduleAgreesWithAPairByPairReadingOfRules6To8() {
        SplittableRandom random = new SplittableRandom(20260601L);
        Horizon horizon = june(slot("S1", "08:00", "09:00"), slot("S2", "09:30", "10:30"),
                slot("S3", "11:00", "12:00"), slot("S4", "14:00", "15:00"), slot("S5", "15:30", "17:00"));
        DrillProblem.Builder builder = DrillProblem.builder().name("random").horizon(horizon)
                .region(new Region("taiyuan", "Taiyuan", null, null));
        List<GrassrootsUnit> units = new ArrayList<>();
        for (int u = 0; u < 40; u++) {
            GeoPoint at = new GeoPoint(37.6 + random.nextDouble() * 0.6, 112.2 + random.nextDouble() * 0.7);
            GrassrootsUnit unit = Fixture.unit("U" + u, "Unit " + u, "taiyuan", at, true);
            units.add(unit);
            builder.unit(unit);
        }
        int teamCount = 12;
        for (int t = 0; t < teamCount; t++) {
            builder.team(team("T" + t, new GeoPoint(37.9, 112.5), null, 4, 1000, Set.of("FIRE", "MEDICAL")));
        }
        List<Placed> placed = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        List<Slot> slots = horizon.slots();
        for (int d = 0; d < 500; d++) {
            GrassrootsUnit unit = units.get(random.nextInt(units.size()));
            int duration = random.nextInt(4) == 0 ? 2 : 1;
            boolean medical = random.nextBoolean();
            builder.drill(drill("D" + d, unit.id(), duration,
                    medical ? List.of(role("FIRE", 1), role("MEDICAL", 1)) : List.of(role("FIRE", 1))));
            LocalDate date = day("2026-06-01").plusDays(random.nextInt(5));
            int first = random.nextInt(slots.size() - duration + 1);
            int fire = random.nextInt(teamCount);
            int other = (fire + 1 + random.nextInt(teamCount - 1)) % teamCount;
            List<TeamAssignment> teams = new ArrayList<>(List.of(new TeamAssignment("FIRE", "T" + fire)));
            if (medical) {
                teams.add(new TeamAssignment("MEDICAL", "T" + other));
            }
            Slot from = slots.get(first);
            Slot to = slots.get(first + duration - 1);
            assignments.add(new Assignment("D" + d, date, from.id(), from.start(), to.end(), teams));
            placed.add(new Placed("D" + d, unit, date, from.start().toSecondOfDay(), to.end().toSecondOfDay(),
                    teams.stream().map(TeamAssignment::team).toList()));
        }
        DrillProblem problem = builder.build();

        CheckReport report = ScheduleChecker.check(problem, new Schedule("random", assignments, List.of()));

        List<String> travel = new ArrayList<>();
        List<String> unitOverlap = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Placed a = placed.get(i);
                Placed b = placed.get(j);
                if (!a.date().equals(b.date())) {
                    continue;
                }
                boolean overlap = a.start() < b.end() && b.start() < a.end();
                if (overlap && a.unit().equals(b.unit())) {
                    unitOverlap.add(pair(a.drill(), b.drill()));
                }
                Placed earlier = a.start() <= b.start() ? a : b;
                Placed later = earlier == a ? b : a;
                int minutes = a.unit().equals(b.unit())
                        ? 0
                        : Fixture.travelMinutes(a.unit().location(), b.unit().location());
                for (String team : a.teams()) {
                    if (b.teams().contains(team) && (overlap || earlier.end() + minutes * 60 > later.start())) {
                        travel.add(pair(a.drill(), b.drill()));
                    }
                }
            }
        }
        Map<String, List<String>> perTeamDay = new TreeMap<>();
        for (Placed p : placed) {
            for (String team : p.teams()) {
                perTeamDay.computeIfAbsent(team + " " + p.date(), k -> new ArrayList<>()).add(p.drill());
            }
        }
        List<List<String>> overloaded = perTeamDay.values().stream()
                .filter(drills -> drills.size() > 4)
                .map(drills -> drills.stream().sorted().toList())
                .sorted(ScaleTest::byIds)
                .toList();

        assertThat(travel).hasSizeGreaterThan(20);
        assertThat(unitOverlap).hasSizeGreaterThan(5);
        assertThat(overloaded).hasSizeGreaterThan(5);
        assertThat(report.ofRule(HardRule.TEAM_ONE_PLACE)).extracting(v -> pair(v.drills().get(0), v.drills().get(1)))
                .containsExactlyInAnyOrderElementsOf(travel);
        assertThat(report.ofRule(HardRule.UNIT_ONE_DRILL)).extracting(v -> pair(v.drills().get(0), v.drills().get(1)))
                .containsExactlyInAnyOrderElementsOf(unitOverlap);
        assertThat(report.ofRule(HardRule.TEAM_LIMITS).stream().map(v -> v.drills().stream().sorted().toList()).sorted(ScaleTest::byIds))
                .containsExactlyElementsOf(overloaded);
        assertThat(report.violations()).extracting(v -> v.rule().number()).containsOnly(6, 7, 8);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static int byIds(List<String> a, List<String> b) {
        return String.join(",", a).compareTo(String.join(",", b));
    }

    private static final List<LocalDate> DAYS = List.of(day("2026-06-01"), day("2026-06-02"), day("2026-06-03"),
            day("2026-06-04"), day("2026-06-05"), day("2026-06-08"));

    /**
     * A feasible schedule at the limits: every unit hosts a morning drill with its own team and
     * an afternoon drill with its neighbour's, on six working days (ten drills a team in the
     * first ISO week, its weekly limit); region caps are met exactly; each morning drill comes a
     * day after the one before, each afternoon drill after that morning's.
     */
    private static Schedule atTheLimits(int unitCount, DrillProblem.Builder builder) {
        builder.name("province").horizon(june())
                .region(new Region("taiyuan", "Taiyuan", null, 2 * unitCount));
        for (int c = 0; c < unitCount / 50; c++) {
            builder.region(new Region("county" + c, "County " + c, "taiyuan", 100));
        }
        for (int u = 0; u < unitCount; u++) {
            GeoPoint at = new GeoPoint(37.0 + (u / 20) * 0.05, 111.5 + (u % 20) * 0.05);
            builder.unit(Fixture.unit("U" + u, "Unit " + u, "county" + (u / 50), at, false));
            builder.team(team("T" + u, at, 10.0, 2, 10, Set.of("FIRE")));
        }
        List<Assignment> assignments = new ArrayList<>();
        for (int d = 0; d < DAYS.size(); d++) {
            for (int u = 0; u < unitCount; u++) {
                String am = "AM" + d + "-" + u;
                String pm = "PM" + d + "-" + u;
                List<Precedence> afterYesterday = d == 0 ? List.of() : List.of(new Precedence("AM" + (d - 1) + "-" + u, 1));
                builder.drill(drill(am, "U" + u, 1, List.of(role("FIRE", 1)), null, afterYesterday));
                builder.drill(drill(pm, "U" + u, 1, List.of(role("FIRE", 1)), null, List.of(new Precedence(am, 0))));
                assignments.add(new Assignment(am, DAYS.get(d), "AM", Fixture.time("08:30"), Fixture.time("12:00"),
                        List.of(new TeamAssignment("FIRE", "T" + u))));
                assignments.add(new Assignment(pm, DAYS.get(d), "PM", Fixture.time("14:00"), Fixture.time("17:30"),
                        List.of(new TeamAssignment("FIRE", "T" + (u ^ 1)))));
            }
        }
        return new Schedule("province", assignments, List.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 1000})
    void provinceScaleScheduleAtTheLimitsIsFeasible(int unitCount) {
        DrillProblem.Builder builder = DrillProblem.builder();
        Schedule schedule = atTheLimits(unitCount, builder);
        DrillProblem problem = builder.build();
        assertThat(schedule.assignments()).hasSize(12 * unitCount);

        CheckReport report = ScheduleChecker.check(problem, schedule);

        assertThat(report.violations()).isEmpty();
    }

    @Test
    void oneMovedDrillInAProvinceScaleScheduleIsFound() {
        DrillProblem.Builder builder = DrillProblem.builder();
        Schedule feasible = atTheLimits(200, builder);
        DrillProblem problem = builder.build();
        // PM2-7 (unit U7, team T6) moves to the morning: U7 then holds AM2-7 and PM2-7 at once,
        // T6 must be at U6 (AM2-6) and U7 together, and PM2-7 no longer follows AM2-7.
        Map<String, Assignment> byDrill = new LinkedHashMap<>();
        feasible.assignments().forEach(a -> byDrill.put(a.drill(), a));
        Assignment pm = byDrill.get("PM2-7");
        byDrill.put("PM2-7", new Assignment("PM2-7", pm.date(), "AM", Fixture.time("08:30"), Fixture.time("12:00"),
                pm.teams()));
        Schedule broken = new Schedule("province", new ArrayList<>(byDrill.values()), List.of());

        CheckReport report = ScheduleChecker.check(problem, broken);

        assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills).containsExactly(
                tuple(6, List.of("AM2-6", "PM2-7")),
                tuple(8, List.of("AM2-7", "PM2-7")),
                tuple(9, List.of("AM2-7", "PM2-7")));
        assertThat(problem.drills()).extracting(DrillRequest::id).hasSize(2400);
    }
}
