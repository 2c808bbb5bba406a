package io.drillplan.solver.engine;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Travel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a schedule has already booked (teams, units, regions, chains), kept incrementally so that
 * "can this drill go here, and with which teams?" is answered in time proportional to the drill's
 * candidate teams. It backs the greedy scheduler, the fill pass after a solve, the reasons for
 * unscheduled drills and the simulator's SHIFT policy.
 *
 * <p>It answers the same ten rules as the solver's constraints, but incrementally and for one
 * drill at a time; {@code check.ScheduleChecker} remains the independent judge of a whole
 * schedule.
 *
 * <p>Public for {@code GreedyScheduler}, {@code EjectionSearch} and {@code DrillPlanner} in
 * {@code io.drillplan.solver}.
 */
public final class Occupancy {

    /** Why a drill cannot go into one date and slot. */
    public enum Blocker { OUTSIDE_WINDOW, UNIT_CLOSED, UNIT_BUSY, REGION_FULL, PREREQUISITE, TEAMS }

    /** The outcome of trying one date and slot: an assignment, or the first blocker met. */
    public record Attempt(Assignment assignment, Blocker blocker, String blockedSkill) {
        public boolean placed() {
            return assignment != null;
        }
    }

    private record Booking(String drill, GrassrootsUnit unit, int start, int end) {}

    private final DrillProblem problem;
    private final Horizon horizon;
    private final Travel travel;
    private final Map<String, DrillRequest> drills;
    private final Map<String, GrassrootsUnit> units;
    private final Map<String, List<String>> cappedRegionsByUnit = new HashMap<>();
    private final Map<String, Integer> regionCaps = new HashMap<>();
    private final Map<String, List<RescueTeam>> eligibleByDrillSkill = new HashMap<>();
    private final Map<String, List<String>> successors = new HashMap<>();
    private final int[] slotStart;
    private final int[] slotEnd;

    private final Map<String, Assignment> placed = new LinkedHashMap<>();
    private final Map<String, List<Booking>> teamDay = new HashMap<>();
    private final Map<String, Integer> teamWeek = new HashMap<>();
    private final Map<String, List<Booking>> unitDay = new HashMap<>();
    private final Map<String, Integer> regionDay = new HashMap<>();

    public Occupancy(DrillProblem problem) {
        this.problem = problem;
        this.horizon = problem.horizon();
        this.travel = problem.travel();
        this.drills = problem.drillsById();
        this.units = problem.unitsById();
        int n = horizon.slots().size();
        slotStart = new int[n];
        slotEnd = new int[n];
        for (int i = 0; i < n; i++) {
            slotStart[i] = horizon.slots().get(i).start().toSecondOfDay() / 60;
            slotEnd[i] = horizon.slots().get(i).end().toSecondOfDay() / 60;
        }
        Map<String, Region> regions = problem.regionsById();
        for (Region region : problem.regions()) {
            if (region.maxDrillsPerDay() != null) {
                regionCaps.put(region.id(), region.maxDrillsPerDay());
            }
        }
        for (GrassrootsUnit unit : problem.units()) {
            cappedRegionsByUnit.put(unit.id(), cappedRegions(unit.region(), regions, regionCaps));
        }
        for (DrillRequest drill : problem.drills()) {
            GrassrootsUnit unit = units.get(drill.unit());
            for (String skill : drill.teamsPerSkill().keySet()) {
                List<RescueTeam> eligible = new ArrayList<>();
                for (RescueTeam team : problem.teams()) {
                    if (team.skills().contains(skill) && unit != null && team.reaches(unit.location())) {
                        eligible.add(team);
                    }
                }
                eligible.sort(Comparator.comparingDouble((RescueTeam t) -> t.base().distanceKm(unit.location()))
                        .thenComparing(RescueTeam::id));
                eligibleByDrillSkill.put(drill.id() + "#" + skill, eligible);
            }
            for (Precedence p : drill.after()) {
                successors.computeIfAbsent(p.drill(), k -> new ArrayList<>()).add(drill.id());
            }
        }
    }

    /** The unit's region and its ancestors that cap drills per day; cycles are cut. */
    static List<String> cappedRegions(String regionId, Map<String, Region> regions, Map<String, Integer> caps) {
        List<String> capped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = regionId;
        while (current != null && seen.add(current)) {
            if (caps.containsKey(current)) {
                capped.add(current);
            }
            Region region = regions.get(current);
            current = region == null ? null : region.parent();
        }
        return capped;
    }

    DrillProblem problem() {
        return problem;
    }

    /** The teams that have {@code skill} and reach the drill's unit, nearest first. */
    public List<RescueTeam> eligible(DrillRequest drill, String skill) {
        return eligibleByDrillSkill.getOrDefault(drill.id() + "#" + skill, List.of());
    }

    public boolean isPlaced(String drillId) {
        return placed.containsKey(drillId);
    }

    public Assignment placement(String drillId) {
        return placed.get(drillId);
    }

    /** Books an assignment; the caller guarantees it keeps the rules (or wants it anyway). */
    public void add(Assignment a) {
        DrillRequest drill = drills.get(a.drill());
        GrassrootsUnit unit = units.get(drill.unit());
        int slotIndex = horizon.slotIndex(a.slot());
        Booking booking = new Booking(a.drill(), unit, slotStart[slotIndex], end(slotIndex, drill.durationSlots()));
        placed.put(a.drill(), a);
        for (TeamAssignment t : a.teams()) {
            teamDay.computeIfAbsent(t.team() + "@" + a.date(), k -> new ArrayList<>()).add(booking);
            teamWeek.merge(t.team() + "@" + PlanningCalendar.weekKey(a.date()), 1, Integer::sum);
        }
        unitDay.computeIfAbsent(unit.id() + "@" + a.date(), k -> new ArrayList<>()).add(booking);
        for (String region : cappedRegionsByUnit.getOrDefault(unit.id(), List.of())) {
            regionDay.merge(region + "@" + a.date(), 1, Integer::sum);
        }
    }

    /** Releases a booked drill, if booked. */
    public void remove(String drillId) {
        Assignment a = placed.remove(drillId);
        if (a == null) {
            return;
        }
        DrillRequest drill = drills.get(drillId);
        for (TeamAssignment t : a.teams()) {
            teamDay.get(t.team() + "@" + a.date()).removeIf(b -> b.drill().equals(drillId));
            teamWeek.merge(t.team() + "@" + PlanningCalendar.weekKey(a.date()), -1, Integer::sum);
        }
        unitDay.get(drill.unit() + "@" + a.date()).removeIf(b -> b.drill().equals(drillId));
        for (String region : cappedRegionsByUnit.getOrDefault(drill.unit(), List.of())) {
            regionDay.merge(region + "@" + a.date(), -1, Integer::sum);
        }
    }

    /**
     * Tries to hold {@code drill} on {@code date} in slot {@code slotIndex} next to what is
     * booked, choosing the nearest free qualified teams (a team that guided an earlier step of the
     * unit's chain first). Books nothing.
     */
    public Attempt attempt(DrillRequest drill, LocalDate date, int slotIndex) {
        return attempt(drill, date, slotIndex, Set.of());
    }

    /**
     * {@link #attempt(DrillRequest, LocalDate, int)}, but the free teams of {@code preferred} come
     * first: a re-placed drill keeps as much of its crew as it can, so fewer people are told.
     *
     * @param drill the drill to place
     * @param date the date to try
     * @param slotIndex the slot to try
     * @param preferred teams to take first where they are free and able
     * @return the placement, or what blocks it
     */
    public Attempt attempt(DrillRequest drill, LocalDate date, int slotIndex, Set<String> preferred) {
        Blocker site = siteBlocker(drill, date, slotIndex);
        if (site != null) {
            return new Attempt(null, site, null);
        }
        int duration = drill.durationSlots();
        GrassrootsUnit unit = units.get(drill.unit());
        int start = slotStart[slotIndex];
        int end = end(slotIndex, duration);
        Set<String> chainTeams = chainTeams(drill);
        List<TeamAssignment> crew = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, Integer> need : drill.teamsPerSkill().entrySet()) {
            List<RescueTeam> candidates = new ArrayList<>(eligible(drill, need.getKey()));
            candidates.sort(Comparator.comparing((RescueTeam t) -> !preferred.contains(t.id()))
                    .thenComparing((RescueTeam t) -> !chainTeams.contains(t.id())));
            int found = 0;
            for (RescueTeam team : candidates) {
                if (found == need.getValue()) {
                    break;
                }
                if (!used.contains(team.id()) && teamFree(team, unit, date, start, end)) {
                    used.add(team.id());
                    crew.add(new TeamAssignment(need.getKey(), team.id()));
                    found++;
                }
            }
            if (found < need.getValue()) {
                return new Attempt(null, Blocker.TEAMS, need.getKey());
            }
        }
        LocalTime from = horizon.slots().get(slotIndex).start();
        LocalTime to = horizon.slots().get(slotIndex + duration - 1).end();
        return new Attempt(new Assignment(drill.id(), date, horizon.slots().get(slotIndex).id(), from, to, crew),
                null, null);
    }

    /**
     * Whether {@code a}, exactly as given (date, slot and crew), keeps every rule next to what is
     * booked: a re-plan keeps a published drill where it was when nothing forces it away. Books
     * nothing.
     */
    boolean fits(Assignment a) {
        DrillRequest drill = drills.get(a.drill());
        int slotIndex = a.slot() == null ? -1 : horizon.slotIndex(a.slot());
        if (drill == null || a.date() == null || siteBlocker(drill, a.date(), slotIndex) != null) {
            return false;
        }
        GrassrootsUnit unit = units.get(drill.unit());
        int start = slotStart[slotIndex];
        int end = end(slotIndex, drill.durationSlots());
        Map<String, Integer> needed = new HashMap<>(drill.teamsPerSkill());
        Set<String> used = new HashSet<>();
        for (TeamAssignment t : a.teams()) {
            RescueTeam team = eligible(drill, t.skill()).stream()
                    .filter(e -> e.id().equals(t.team())).findFirst().orElse(null);
            if (team == null || !used.add(team.id()) || needed.merge(t.skill(), -1, Integer::sum) < 0
                    || !teamFree(team, unit, a.date(), start, end)) {
                return false;
            }
        }
        return needed.values().stream().allMatch(n -> n == 0);
    }

    /**
     * The first rule that keeps {@code drill} from {@code date} and slot {@code slotIndex} before
     * any team is chosen (window, unit closed or busy, region full, chain), or {@code null}.
     */
    private Blocker siteBlocker(DrillRequest drill, LocalDate date, int slotIndex) {
        int duration = drill.durationSlots();
        if (!horizon.contains(date) || !drill.windowIn(horizon).contains(date)
                || slotIndex < 0 || slotIndex + duration > slotStart.length) {
            return Blocker.OUTSIDE_WINDOW;
        }
        GrassrootsUnit unit = units.get(drill.unit());
        if (!unit.isOpen(date, horizon)) {
            return Blocker.UNIT_CLOSED;
        }
        int start = slotStart[slotIndex];
        int end = end(slotIndex, duration);
        for (Booking b : unitDay.getOrDefault(unit.id() + "@" + date, List.of())) {
            if (!b.drill().equals(drill.id()) && b.start() < end && start < b.end()) {
                return Blocker.UNIT_BUSY;
            }
        }
        for (String region : cappedRegionsByUnit.getOrDefault(unit.id(), List.of())) {
            if (regionDay.getOrDefault(region + "@" + date, 0) >= regionCaps.get(region)) {
                return Blocker.REGION_FULL;
            }
        }
        return chainAllows(drill, date, start, end) ? null : Blocker.PREREQUISITE;
    }

    /** The first date and slot on or after {@code notBefore} where the drill fits, if any. */
    public Optional<Assignment> earliest(DrillRequest drill, LocalDate notBefore) {
        for (LocalDate date : horizon.dates()) {
            if (date.isBefore(notBefore)) {
                continue;
            }
            for (int s = 0; s < slotStart.length; s++) {
                Attempt attempt = attempt(drill, date, s);
                if (attempt.placed()) {
                    return Optional.of(attempt.assignment());
                }
            }
        }
        return Optional.empty();
    }

    private boolean teamFree(RescueTeam team, GrassrootsUnit unit, LocalDate date, int start, int end) {
        if (team.unavailable().contains(date)) {
            return false;
        }
        List<Booking> day = teamDay.getOrDefault(team.id() + "@" + date, List.of());
        if (day.size() >= team.maxDrillsPerDay()
                || teamWeek.getOrDefault(team.id() + "@" + PlanningCalendar.weekKey(date), 0) >= team.maxDrillsPerWeek()) {
            return false;
        }
        for (Booking b : day) {
            boolean bFirst = b.start() <= start;
            int gap = bFirst ? start - b.end() : b.start() - end;
            int needed = b.unit() == unit ? 0 : travel.minutesBetween(b.unit().location(), unit.location());
            if (gap < needed) {
                return false;
            }
        }
        return true;
    }

    private boolean chainAllows(DrillRequest drill, LocalDate date, int start, int end) {
        for (Precedence p : drill.after()) {
            Assignment earlier = placed.get(p.drill());
            if (earlier == null || !follows(earlier, p.minDays(), date, start)) {
                return false;
            }
        }
        for (String laterId : successors.getOrDefault(drill.id(), List.of())) {
            Assignment later = placed.get(laterId);
            if (later == null) {
                continue;
            }
            for (Precedence p : drills.get(laterId).after()) {
                if (p.drill().equals(drill.id()) && !precedes(date, end, p.minDays(), later)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean follows(Assignment earlier, int minDays, LocalDate date, int start) {
        if (ChronoUnit.DAYS.between(earlier.date(), date) < minDays) { // no date minDays ahead: it may not exist
            return false;
        }
        return minDays > 0 || date.isAfter(earlier.date()) || minuteOf(earlier.end()) <= start;
    }

    private boolean precedes(LocalDate date, int end, int minDays, Assignment later) {
        if (ChronoUnit.DAYS.between(date, later.date()) < minDays) {
            return false;
        }
        return minDays > 0 || later.date().isAfter(date) || end <= minuteOf(later.start());
    }

    /** Teams that guided an earlier step of this drill's chain at the same unit. */
    private Set<String> chainTeams(DrillRequest drill) {
        Set<String> teams = new HashSet<>();
        for (Precedence p : drill.after()) {
            Assignment earlier = placed.get(p.drill());
            DrillRequest earlierDrill = drills.get(p.drill());
            if (earlier != null && earlierDrill.unit().equals(drill.unit())) {
                earlier.teams().forEach(t -> teams.add(t.team()));
            }
        }
        return teams;
    }

    private int end(int slotIndex, int duration) {
        return slotEnd[Math.min(slotEnd.length - 1, slotIndex + duration - 1)];
    }

    private static int minuteOf(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }
}
