package io.drillplan.solver.engine;

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
import io.drillplan.model.Slot;
import io.drillplan.solver.PreferenceWeights;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds tiny problems for constraint tests and turns them into planning entities the way the
 * planner does (through {@link SolutionBuilder}), so that the facts a constraint sees are the
 * real ones and only the variables are set by hand. Everything defaults to "harmless": one
 * place, open on weekdays, unlimited radius, low risk, so a test states only what it is about.
 */
final class ConstraintFixtures {

    /** June 2026 starts on a Monday; the 19th is the Dragon Boat Festival. */
    static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    static final LocalDate DRAGON_BOAT = LocalDate.of(2026, 6, 19);
    static final GeoPoint TAIYUAN = new GeoPoint(37.87, 112.55);

    /** A rescue team; the fields are the knobs tests turn. */
    static final class TeamSpec {
        GeoPoint base = TAIYUAN;
        Double radiusKm;
        int perDay = RescueTeam.DEFAULT_MAX_DRILLS_PER_DAY;
        int perWeek = RescueTeam.DEFAULT_MAX_DRILLS_PER_WEEK;
        Set<LocalDate> away = Set.of();
    }

    /** A grass-roots unit; the fields are the knobs tests turn. */
    static final class UnitSpec {
        GeoPoint location = TAIYUAN;
        String region = "xiaodian";
        String risk = "LOW";
        boolean weekends;
        Set<LocalDate> closed = Set.of();
    }

    /** A drill request; the fields are the knobs tests turn. */
    static final class DrillSpec {
        int duration = 1;
        int priority = DrillRequest.DEFAULT_PRIORITY;
        DateWindow window;
        List<Precedence> after = new ArrayList<>();
    }

    private List<Slot> slots;
    private final List<Region> regions = new ArrayList<>();
    private final List<RescueTeam> teams = new ArrayList<>();
    private final List<GrassrootsUnit> units = new ArrayList<>();
    private final List<DrillRequest> drills = new ArrayList<>();

    private ConstraintFixtures() {}

    /** June 2026 with the default AM and PM slots. */
    static ConstraintFixtures june() {
        return new ConstraintFixtures();
    }

    /** Replaces the default slots, as "08:00-10:00" strings, named S1, S2, ... in order. */
    ConstraintFixtures slots(String... ranges) {
        slots = new ArrayList<>();
        for (String range : ranges) {
            String[] ends = range.split("-");
            slots.add(new Slot("S" + (slots.size() + 1), LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
        }
        return this;
    }

    ConstraintFixtures region(String id, String parent, Integer maxDrillsPerDay) {
        regions.add(new Region(id, id, parent, maxDrillsPerDay));
        return this;
    }

    ConstraintFixtures team(String id, String skills) {
        return team(id, skills, t -> {});
    }

    /** A team with comma-separated {@code skills}, adjusted by {@code tweak}. */
    ConstraintFixtures team(String id, String skills, Consumer<TeamSpec> tweak) {
        TeamSpec t = new TeamSpec();
        tweak.accept(t);
        teams.add(new RescueTeam(id, id, "FIRE_RESCUE", Set.of(skills.split(",")), t.base, null, t.radiusKm,
                t.perDay, t.perWeek, t.away));
        return this;
    }

    ConstraintFixtures unit(String id) {
        return unit(id, u -> {});
    }

    ConstraintFixtures unit(String id, Consumer<UnitSpec> tweak) {
        UnitSpec u = new UnitSpec();
        tweak.accept(u);
        units.add(new GrassrootsUnit(id, id, "ENTERPRISE", "MINING", u.risk, u.region, u.location, u.weekends,
                u.closed));
        return this;
    }

    ConstraintFixtures drill(String id, String unit, String roles) {
        return drill(id, unit, roles, d -> {});
    }

    /**
     * A drill at {@code unit} needing one team per entry of the comma-separated {@code roles}
     * ("FIRE,FIRE,MEDICAL" is two fire teams and a medical one), adjusted by {@code tweak}.
     */
    ConstraintFixtures drill(String id, String unit, String roles, Consumer<DrillSpec> tweak) {
        DrillSpec d = new DrillSpec();
        tweak.accept(d);
        List<Role> needed = Arrays.stream(roles.split(",")).map(skill -> new Role(skill, 1)).toList();
        drills.add(new DrillRequest(id, unit, ExerciseType.ACTUAL_COMBAT_SIMULATION, "FIRE", d.duration, needed,
                d.window, d.after, d.priority, 0));
        return this;
    }

    Plan build() {
        DrillProblem problem = new DrillProblem("constraint fixture",
                new Horizon(JUNE_1, LocalDate.of(2026, 6, 30), Set.of(DRAGON_BOAT), slots),
                null, regions, teams, units, drills);
        return new Plan(SolutionBuilder.build(problem, PreferenceWeights.DEFAULT, false));
    }

    /** A built solution whose variables the test sets, mirroring each drill's slot on its seats. */
    static final class Plan {
        final DrillSolution solution;

        private Plan(DrillSolution solution) {
            this.solution = solution;
        }

        PlannedDrill drill(String id) {
            return solution.drills().stream().filter(d -> d.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no drill '" + id + "'"));
        }

        Team team(String id) {
            return solution.teams().stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no team '" + id + "'"));
        }

        TeamSeat seat(String drillId, int n) {
            return drill(drillId).seats().get(n);
        }

        /** The calendar's shared instance, as the solver's value range would hand it out. */
        TimeSlot slot(LocalDate date, String slotId) {
            int index = solution.problem().horizon().slotIndex(slotId);
            if (index < 0) {
                throw new IllegalArgumentException("no slot '" + slotId + "'");
            }
            return solution.calendar().timeSlot(date, index);
        }

        /**
         * Puts the drill on {@code date} and {@code slotId} and fills its seats in order with
         * {@code teamIds}; a {@code null} or missing id leaves that seat empty.
         */
        Plan place(String drillId, LocalDate date, String slotId, String... teamIds) {
            PlannedDrill drill = drill(drillId);
            fill(drill, teamIds);
            drill.setSlot(slot(date, slotId));
            // No variable listener runs under ConstraintVerifier: mirror the shadow variable here.
            drill.seats().forEach(seat -> seat.setDrillSlot(drill.getSlot()));
            return this;
        }

        /** Leaves the drill unscheduled, its seats filled with {@code teamIds} all the same. */
        Plan unplace(String drillId, String... teamIds) {
            PlannedDrill drill = drill(drillId);
            fill(drill, teamIds);
            drill.setSlot(null);
            drill.seats().forEach(seat -> seat.setDrillSlot(null));
            return this;
        }

        /** Records the published schedule of a drill, which re-planning measures changes against. */
        Plan publish(String drillId, LocalDate date, String slotId, String... teamIds) {
            PlannedDrill drill = drill(drillId);
            drill.setPublishedSlot(slot(date, slotId));
            for (int i = 0; i < teamIds.length; i++) {
                drill.seats().get(i).setPublishedTeam(team(teamIds[i]));
            }
            return this;
        }

        private void fill(PlannedDrill drill, String... teamIds) {
            if (teamIds.length > drill.seats().size()) {
                throw new IllegalArgumentException(drill.getId() + " has " + drill.seats().size()
                        + " seats, got " + teamIds.length + " teams");
            }
            for (int i = 0; i < drill.seats().size(); i++) {
                String id = i < teamIds.length ? teamIds[i] : null;
                drill.seats().get(i).setTeam(id == null ? null : team(id));
            }
        }

        /** Every fact and entity, for {@code ConstraintVerifier.given(...)}. */
        Object[] all() {
            return Stream.of(solution.teams(), solution.units(), solution.chainLinks(), regionCaps(),
                            solution.drills(), solution.seats())
                    .flatMap(List::stream).toArray();
        }

        private List<RegionCap> regionCaps() {
            return solution.units().stream().flatMap(u -> u.cappedRegions().stream()).distinct().toList();
        }
    }
}
