package io.drillplan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a schedule's drills spread over the rescue teams and how far the teams drive: the one place
 * where the command line's summary and report, the benchmarks and the simulator measure travel
 * and team load, so they all count alike.
 *
 * <p>Each drill counts once (its first assignment); assignments of drills the problem does not
 * know and teams it does not know are skipped, as is the travel of a team or unit without a
 * location. Travel is road km from the team's base to the drill's unit
 * ({@link Travel#roadKm}), once per team per drill: the planning rules treat each drill as a trip
 * from the base.
 *
 * @param teams every team of the problem, in problem order, with what it guides
 * @param travelKm road km summed over every team of every drill
 */
public record Workload(List<TeamLoad> teams, double travelKm) {

    /**
     * One team's month.
     *
     * @param team the team
     * @param drills drills it guides
     * @param days distinct dates on which it guides at least one drill
     * @param roadKm road km from its base to the unit of each drill it guides
     */
    public record TeamLoad(RescueTeam team, int drills, int days, double roadKm) {}

    /**
     * Makes the list immutable.
     *
     * @param teams every team of the problem, in problem order, with what it guides
     * @param travelKm road km summed over every team of every drill
     */
    public Workload {
        teams = List.copyOf(teams);
    }

    /**
     * Measures {@code schedule}.
     *
     * @param problem the problem the schedule belongs to
     * @param schedule the schedule; its unscheduled list is not read
     * @return the workload of every team
     */
    public static Workload of(DrillProblem problem, Schedule schedule) {
        return of(problem, schedule.assignments());
    }

    /**
     * Measures a set of assignments, such as the drills held so far.
     *
     * @param problem the problem the assignments belong to
     * @param assignments the assignments, in any order
     * @return the workload of every team
     */
    public static Workload of(DrillProblem problem, Collection<Assignment> assignments) {
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, GrassrootsUnit> units = problem.unitsById();
        Map<String, RescueTeam> teams = problem.teamsById();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Set<LocalDate>> days = new LinkedHashMap<>();
        Map<String, double[]> km = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        double travel = 0;
        for (Assignment a : assignments) {
            DrillRequest drill = drills.get(a.drill());
            if (drill == null || !seen.add(a.drill())) {
                continue;
            }
            GrassrootsUnit unit = units.get(drill.unit());
            for (TeamAssignment t : a.teams()) {
                RescueTeam team = teams.get(t.team());
                if (team == null) {
                    continue;
                }
                counts.computeIfAbsent(team.id(), k -> new int[1])[0]++;
                days.computeIfAbsent(team.id(), k -> new HashSet<>()).add(a.date());
                if (unit != null && unit.location() != null && team.base() != null) {
                    double road = problem.travel().roadKm(team.base(), unit.location());
                    km.computeIfAbsent(team.id(), k -> new double[1])[0] += road;
                    travel += road;
                }
            }
        }
        List<TeamLoad> loads = new ArrayList<>();
        for (RescueTeam team : problem.teams()) {
            loads.add(new TeamLoad(team, counts.getOrDefault(team.id(), new int[1])[0],
                    days.getOrDefault(team.id(), Set.of()).size(), km.getOrDefault(team.id(), new double[1])[0]));
        }
        return new Workload(loads, travel);
    }

    /** {@return the teams that guide at least one drill, in problem order} */
    public List<TeamLoad> teamsUsed() {
        return teams.stream().filter(t -> t.drills() > 0).toList();
    }

    /** {@return the population standard deviation of drills per team among the teams used; 0 when none is} */
    public double drillsPerTeamStdDev() {
        List<TeamLoad> used = teamsUsed();
        double mean = used.stream().mapToInt(TeamLoad::drills).average().orElse(0);
        return Math.sqrt(used.stream().mapToDouble(t -> (t.drills() - mean) * (t.drills() - mean)).average().orElse(0));
    }

    /** {@return the most minus the fewest drills per team among the teams used; 0 when none is} */
    public int drillsPerTeamRange() {
        List<TeamLoad> used = teamsUsed();
        return used.isEmpty() ? 0
                : used.stream().mapToInt(TeamLoad::drills).max().getAsInt()
                        - used.stream().mapToInt(TeamLoad::drills).min().getAsInt();
    }
}
