package io.drillplan.solver.engine;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Excerpt;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.InvalidProblemException;
import io.drillplan.model.Precedence;
import io.drillplan.model.Problem;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.model.TeamAssignment;
import io.drillplan.solver.PreferenceWeights;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Turns a validated problem into the solver's planning solution, and schedules into and out of it.
 *
 * <p>Public for {@code DrillPlanner} and the benchmarks.
 */
public final class SolutionBuilder {

    private SolutionBuilder() {}

    public static DrillSolution build(DrillProblem problem, PreferenceWeights weights, boolean strictStaffing) {
        Horizon horizon = problem.horizon();
        PlanningCalendar calendar = new PlanningCalendar(horizon);
        int days = calendar.dayCount();

        Map<String, Integer> caps = new LinkedHashMap<>();
        for (Region region : problem.regions()) {
            if (region.maxDrillsPerDay() != null) {
                caps.put(region.id(), region.maxDrillsPerDay());
            }
        }
        Map<String, RegionCap> capFacts = new LinkedHashMap<>();
        caps.forEach((id, max) -> capFacts.put(id, new RegionCap(id, max)));
        Map<String, Region> regions = problem.regionsById();

        List<Team> teams = new ArrayList<>();
        for (RescueTeam team : problem.teams()) {
            BitSet away = new BitSet(days);
            for (LocalDate date : team.unavailable()) {
                if (horizon.contains(date)) {
                    away.set(dayOf(horizon, date));
                }
            }
            teams.add(new Team(teams.size(), team, away, days));
        }

        // Unit indices follow the problem's order, so the table's rows are the sites' indices.
        TravelTimes travelTimes = new TravelTimes(problem.units().stream().map(GrassrootsUnit::location).toList(),
                problem.travel());
        List<UnitSite> units = new ArrayList<>();
        Map<String, UnitSite> unitById = new HashMap<>();
        for (GrassrootsUnit unit : problem.units()) {
            BitSet open = new BitSet(days);
            for (int d = 0; d < days; d++) {
                open.set(d, unit.isOpen(calendar.date(d), horizon));
            }
            List<RegionCap> capped = Occupancy.cappedRegions(unit.region(), regions, caps).stream()
                    .map(capFacts::get).toList();
            UnitSite site = new UnitSite(units.size(), unit, open, capped, problem.travel(), travelTimes, horizon,
                    days);
            units.add(site);
            unitById.put(unit.id(), site);
        }

        List<PlannedDrill> drills = new ArrayList<>();
        List<TeamSeat> seats = new ArrayList<>();
        Map<String, PlannedDrill> drillById = new HashMap<>();
        for (DrillRequest request : problem.drills()) {
            UnitSite unit = unitById.get(request.unit());
            List<TimeSlot> range = new ArrayList<>();
            for (TimeSlot slot : calendar.timeSlots()) {
                if (unit.openOn(slot.day()) && request.windowIn(horizon).contains(slot.date())
                        && calendar.fits(slot.slotIndex(), request.durationSlots())) {
                    range.add(slot);
                }
            }
            PlannedDrill drill = new PlannedDrill(drills.size(), request, unit, calendar, range);
            drills.add(drill);
            drillById.put(request.id(), drill);
            for (Map.Entry<String, Integer> need : request.teamsPerSkill().entrySet()) {
                List<Team> eligible = teams.stream()
                        .filter(t -> t.hasSkill(need.getKey()) && t.record().reaches(unit.location()))
                        .sorted(Comparator.comparingDouble(t -> t.base().distanceKm(unit.location())))
                        .toList();
                for (int k = 0; k < need.getValue(); k++) {
                    TeamSeat seat = new TeamSeat(seats.size(), drill, need.getKey(), k, eligible, calendar);
                    seats.add(seat);
                    drill.seats().add(seat);
                }
            }
        }

        List<ChainLink> links = new ArrayList<>();
        for (PlannedDrill drill : drills) {
            for (Precedence p : drill.request().after()) {
                PlannedDrill earlier = drillById.get(p.drill());
                links.add(new ChainLink(drill.index(), earlier.index(), p.minDays(),
                        earlier.unit() == drill.unit()));
                if (earlier.unit() == drill.unit()) {
                    drill.seats().forEach(TeamSeat::markLaterSameUnitStep);
                }
            }
        }
        return new DrillSolution(problem, calendar, teams, units, links, new ArrayList<>(capFacts.values()),
                new DrillWeights(weights, strictStaffing), weights, drills, seats);
    }

    private static int dayOf(Horizon horizon, LocalDate date) {
        return (int) ChronoUnit.DAYS.between(horizon.start(), date);
    }

    /**
     * Sets the solution's variables from {@code schedule}. Strict: every id must resolve and no
     * skill may list more teams than the drill needs, else {@link InvalidProblemException} lists
     * each problem. Lenient (a warm start on a changed problem): what does not fit is skipped.
     */
    public static void apply(DrillSolution solution, Schedule schedule, boolean strict) {
        Map<String, PlannedDrill> drills = new HashMap<>();
        solution.drills().forEach(d -> drills.put(d.getId(), d));
        Map<String, Team> teams = new HashMap<>();
        solution.teams().forEach(t -> teams.put(t.id(), t));
        Horizon horizon = solution.problem().horizon();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < schedule.assignments().size(); i++) {
            Assignment a = schedule.assignments().get(i);
            String path = "assignments[" + i + "]";
            PlannedDrill drill = drills.get(a.drill());
            int slotIndex = a.slot() == null ? -1 : horizon.slotIndex(a.slot());
            if (drill == null || slotIndex < 0 || a.date() == null) {
                problems.add(drill == null ? Problem.of("problem.unknownDrill", path + ".drill", a.drill(), Excerpt.quote(a.drill()))
                        : a.date() == null ? Problem.of("problem.missing", path + ".date", null, "term.date")
                        : Problem.of("problem.unknownSlot", path + ".slot", a.slot(), Excerpt.quote(a.slot())));
                continue;
            }
            drill.setSlot(solution.calendar().timeSlot(a.date(), slotIndex));
            for (int t = 0; t < a.teams().size(); t++) {
                TeamAssignment ta = a.teams().get(t);
                Team team = teams.get(ta.team());
                TeamSeat free = drill.seats().stream()
                        .filter(s -> s.skill().equals(ta.skill()) && s.getTeam() == null).findFirst().orElse(null);
                if (team == null) {
                    problems.add(Problem.of("problem.unknownTeam", path + ".teams[" + t + "].team", ta.team(),
                            Excerpt.quote(ta.team())));
                } else if (free == null) {
                    problems.add(Problem.of("problem.tooManyTeams", path + ".teams[" + t + "]", ta.team(), a.drill(),
                            drill.request().teamsPerSkill().getOrDefault(ta.skill(), 0), Excerpt.quote(ta.skill())));
                } else {
                    free.setTeam(team);
                }
            }
        }
        if (strict) {
            problems.addAll(everyDrillOnce(solution, schedule));
        }
        if (strict && !problems.isEmpty()) {
            throw new InvalidProblemException(problems);
        }
        for (PlannedDrill drill : solution.drills()) {
            for (TeamSeat seat : drill.seats()) {
                seat.setDrillSlot(drill.getSlot());
            }
        }
    }

    /**
     * Rule 1, which the planning model keeps by construction (one entity per drill) and so cannot
     * score: every drill of the problem appears exactly once in the schedule.
     */
    private static List<Problem> everyDrillOnce(DrillSolution solution, Schedule schedule) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        schedule.assignments().forEach(a -> seen.merge(a.drill(), 1, Integer::sum));
        // A set, not a scan per entry: a stopped start lists most of 20,000 drills as unscheduled.
        java.util.Set<String> known = new java.util.HashSet<>();
        solution.drills().forEach(d -> known.add(d.getId()));
        for (int i = 0; i < schedule.unscheduled().size(); i++) {
            String id = schedule.unscheduled().get(i).drill();
            if (!known.contains(id)) {
                problems.add(Problem.of("problem.unknownDrill", "unscheduled[" + i + "].drill", id, Excerpt.quote(id)));
            }
            seen.merge(id, 1, Integer::sum);
        }
        for (PlannedDrill drill : solution.drills()) {
            int count = seen.getOrDefault(drill.getId(), 0);
            if (count != 1) {
                problems.add(Problem.of("problem.notExactlyOnce", "", drill.getId(), drill.getId(), count));
            }
        }
        return problems;
    }

    /** Drills with a slot and every seat filled, as assignments in input order. */
    public static List<Assignment> assignments(DrillSolution solution) {
        List<Assignment> result = new ArrayList<>();
        Horizon horizon = solution.problem().horizon();
        for (PlannedDrill drill : solution.drills()) {
            if (!isHeld(drill)) {
                continue;
            }
            TimeSlot slot = drill.getSlot();
            List<TeamAssignment> teams = drill.seats().stream()
                    .map(s -> new TeamAssignment(s.skill(), s.getTeam().id())).toList();
            result.add(new Assignment(drill.getId(), slot.date(), slot.slotId(),
                    horizon.slots().get(slot.slotIndex()).start(),
                    horizon.slots().get(Math.min(horizon.slots().size() - 1, slot.slotIndex() + drill.duration() - 1)).end(),
                    teams));
        }
        return result;
    }

    public static boolean isHeld(PlannedDrill drill) {
        return drill.getSlot() != null && drill.seats().stream().allMatch(s -> s.getTeam() != null);
    }

    /**
     * The engine's score as the model's.
     *
     * @param score a score of the engine
     * @return the same three levels
     */
    public static Score score(HardMediumSoftLongScore score) {
        return new Score(score.hardScore(), score.mediumScore(), score.softScore());
    }

    /** How many drills the solution holds: a slot and every seat filled. */
    public static int heldCount(DrillSolution solution) {
        int held = 0;
        for (PlannedDrill drill : solution.drills()) {
            if (isHeld(drill)) {
                held++;
            }
        }
        return held;
    }
}
