package io.drillplan.check;

import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Schedule;
import io.drillplan.model.Slot;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Small problems and schedules for the checker tests, around Taiyuan in June 2026 (June 1 is a
 * Monday, June 19 the Dragon Boat holiday).
 *
 * <p>Units: U1 Xishan Coal Mine and U2 Jinci Chemical Plant, 29.8 km apart, in region xiaodian;
 * U3 Yingze Street Community (weekends: true) in region taiyuan; U4 in Datong, 255 km north.
 * Teams: T1 FIRE+EVACUATION at Yingze (60 km radius, unavailable June 16); T2 MINE_RESCUE+FIRE
 * at U1 (no radius); T3 MEDICAL at Yingze (100 km); T4 FIRE in Datong (50 km).
 */
final class Fixture {
    private Fixture() {}

    static final GeoPoint XISHAN = new GeoPoint(37.90, 112.40);
    static final GeoPoint JINCI = new GeoPoint(37.90, 112.74);
    static final GeoPoint YINGZE = new GeoPoint(37.87, 112.55);
    static final GeoPoint DATONG = new GeoPoint(40.08, 113.30);

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static LocalTime time(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    static Slot slot(String id, String start, String end) {
        return new Slot(id, time(start), time(end));
    }

    /** June 2026 with the Dragon Boat holiday; no slots means the default AM and PM. */
    static Horizon june(Slot... slots) {
        return new Horizon(day("2026-06-01"), day("2026-06-30"), Set.of(day("2026-06-19")), List.of(slots));
    }

    static Region region(String id, String parent, Integer cap) {
        return new Region(id, id.substring(0, 1).toUpperCase() + id.substring(1), parent, cap);
    }

    static GrassrootsUnit unit(String id, String name, String region, GeoPoint at, boolean weekends,
            String... unavailable) {
        return new GrassrootsUnit(id, name, "ENTERPRISE", null, "HIGH", region, at, weekends, dates(unavailable));
    }

    static RescueTeam team(String id, GeoPoint base, Double radiusKm, int perDay, int perWeek, Set<String> skills,
            String... unavailable) {
        return new RescueTeam(id, "Team " + id, "FIRE_RESCUE", skills, base, null, radiusKm, perDay, perWeek,
                dates(unavailable));
    }

    static Role role(String skill, int count) {
        return new Role(skill, count);
    }

    static DrillRequest drill(String id, String unit, int durationSlots, List<Role> roles) {
        return drill(id, unit, durationSlots, roles, null, List.of());
    }

    static DrillRequest drill(String id, String unit, int durationSlots, List<Role> roles, DateWindow window,
            List<Precedence> after) {
        return new DrillRequest(id, unit, ExerciseType.ACTUAL_COMBAT_SIMULATION, "FIRE", durationSlots, roles,
                window, after, 3, 50);
    }

    private static Set<LocalDate> dates(String... isoDates) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        Arrays.stream(isoDates).map(LocalDate::parse).forEach(dates::add);
        return dates;
    }

    /** Regions (with caps for shanxi, taiyuan, xiaodian), units and teams; no drills. */
    static DrillProblem.Builder world(Horizon horizon, Integer shanxiCap, Integer taiyuanCap, Integer xiaodianCap) {
        return DrillProblem.builder()
                .name("Taiyuan test, June 2026")
                .horizon(horizon)
                .region(region("shanxi", null, shanxiCap))
                .region(region("taiyuan", "shanxi", taiyuanCap))
                .region(region("xiaodian", "taiyuan", xiaodianCap))
                .region(region("datong", "shanxi", null))
                .unit(unit("U1", "Xishan Coal Mine", "xiaodian", XISHAN, false))
                .unit(unit("U2", "Jinci Chemical Plant", "xiaodian", JINCI, false, "2026-06-10"))
                .unit(unit("U3", "Yingze Street Community", "taiyuan", YINGZE, true, "2026-06-20"))
                .unit(unit("U4", "Datong No.1 Middle School", "datong", DATONG, false))
                .team(team("T1", YINGZE, 60.0, 2, 5, Set.of("FIRE", "EVACUATION"), "2026-06-16"))
                .team(team("T2", XISHAN, null, 2, 5, Set.of("MINE_RESCUE", "FIRE")))
                .team(team("T3", YINGZE, 100.0, 2, 5, Set.of("MEDICAL")))
                .team(team("T4", DATONG, 50.0, 2, 5, Set.of("FIRE")));
    }

    static DrillProblem.Builder world() {
        return world(june(), null, null, null);
    }

    /**
     * Five drills: D1 at U1 (MINE_RESCUE); D2 at U1, two slots, MINE_RESCUE + MEDICAL, at least 7
     * days after D1; D3 at U2 (FIRE); D4 at U3 with two FIRE roles of one team each; D5 at U4
     * (FIRE), window June 10 to 20.
     */
    static DrillProblem standard() {
        return world()
                .drill(drill("D1", "U1", 1, List.of(role("MINE_RESCUE", 1))))
                .drill(drill("D2", "U1", 2, List.of(role("MINE_RESCUE", 1), role("MEDICAL", 1)), null,
                        List.of(new Precedence("D1", 7))))
                .drill(drill("D3", "U2", 1, List.of(role("FIRE", 1))))
                .drill(drill("D4", "U3", 1, List.of(role("FIRE", 1), role("FIRE", 1))))
                .drill(drill("D5", "U4", 1, List.of(role("FIRE", 1)),
                        new DateWindow(day("2026-06-10"), day("2026-06-20")), List.of()))
                .build();
    }

    /** A feasible schedule of {@link #standard()}. */
    static Plan standardPlan() {
        return new Plan(standard())
                .at("D1", "2026-06-02", "AM", "MINE_RESCUE:T2")
                .at("D2", "2026-06-09", "AM", "MINE_RESCUE:T2", "MEDICAL:T3")
                .at("D3", "2026-06-03", "AM", "FIRE:T1")
                .at("D4", "2026-06-04", "PM", "FIRE:T1", "FIRE:T2")
                .at("D5", "2026-06-11", "AM", "FIRE:T4");
    }

    /**
     * Great-circle distance written out here with the atan2 form of haversine, so that the tests
     * do not merely repeat {@link GeoPoint#distanceKm}.
     */
    static double greatCircleKm(GeoPoint a, GeoPoint b) {
        double phi1 = a.lat() * Math.PI / 180;
        double phi2 = b.lat() * Math.PI / 180;
        double dPhi = (b.lat() - a.lat()) * Math.PI / 180;
        double dLambda = (b.lon() - a.lon()) * Math.PI / 180;
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * 6371.0088 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }

    /** Travel minutes of rule 6 with the default 40 km/h and detour factor 1.3. */
    static int travelMinutes(GeoPoint a, GeoPoint b) {
        return (int) Math.ceil(greatCircleKm(a, b) * 1.3 / 40 * 60);
    }

    /** Builds a schedule step by step; times are taken from the problem's slots. */
    static final class Plan {
        private final DrillProblem problem;
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<Unscheduled> unscheduled = new ArrayList<>();

        Plan(DrillProblem problem) {
            this.problem = problem;
        }

        DrillProblem problem() {
            return problem;
        }

        /** Schedules {@code drill}; each team is written {@code "SKILL:TEAM"}. */
        Plan at(String drill, String date, String slot, String... teams) {
            int first = problem.horizon().slotIndex(slot);
            int duration = problem.drill(drill).map(DrillRequest::durationSlots).orElse(1);
            List<Slot> slots = problem.horizon().slots();
            LocalTime start = first < 0 ? null : slots.get(first).start();
            LocalTime end = first < 0 || first + duration > slots.size() ? null : slots.get(first + duration - 1).end();
            return raw(new Assignment(drill, day(date), slot, start, end, teams(teams)));
        }

        Plan raw(Assignment assignment) {
            assignments.add(assignment);
            return this;
        }

        Plan unscheduled(String drill) {
            unscheduled.add(new Unscheduled(drill, "left out by the test"));
            return this;
        }

        /** Replaces the assignment of {@code drill}, keeping its place in the list. */
        Plan move(String drill, String date, String slot, String... teams) {
            int index = indexOf(drill);
            Plan moved = new Plan(problem).at(drill, date, slot, teams);
            assignments.set(index, moved.assignments.get(0));
            return this;
        }

        /** Drops the assignment of {@code drill}. */
        Plan drop(String drill) {
            assignments.remove(indexOf(drill));
            return this;
        }

        Assignment assignment(String drill) {
            return assignments.get(indexOf(drill));
        }

        /** The schedule as built, with no drill added. */
        Schedule asIs() {
            return new Schedule(problem.name(), assignments, unscheduled);
        }

        /** The schedule with every drill not yet mentioned listed as unscheduled. */
        Schedule complete() {
            Set<String> mentioned = new LinkedHashSet<>();
            assignments.forEach(a -> mentioned.add(a.drill()));
            unscheduled.forEach(u -> mentioned.add(u.drill()));
            List<Unscheduled> rest = new ArrayList<>(unscheduled);
            problem.drills().stream()
                    .filter(d -> !mentioned.contains(d.id()))
                    .forEach(d -> rest.add(new Unscheduled(d.id(), "not placed by the test")));
            return new Schedule(problem.name(), assignments, rest);
        }

        CheckReport check() {
            return ScheduleChecker.check(problem, complete());
        }

        private int indexOf(String drill) {
            for (int i = 0; i < assignments.size(); i++) {
                if (drill.equals(assignments.get(i).drill())) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no assignment of " + drill);
        }

        static List<TeamAssignment> teams(String... teams) {
            return Arrays.stream(teams).map(t -> {
                String[] parts = t.split(":", 2);
                return new TeamAssignment(parts[0], parts[1]);
            }).toList();
        }
    }
}
