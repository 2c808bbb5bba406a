package io.drillplan.benchmarks;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.TeamAssignment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Travel as the reference values measure it (benchmarks/reference/README.md): for each team and
 * date, one tour from the team's base through the units of its drills of that date in start
 * order and back to the base, in road km (great-circle km times the detour factor).
 */
final class TourDistance {

    private TourDistance() {}

    static double km(DrillProblem problem, List<Assignment> assignments) {
        Map<String, GrassrootsUnit> units = problem.unitsById();
        Map<String, RescueTeam> teams = problem.teamsById();
        Map<String, String> unitOfDrill = new TreeMap<>();
        problem.drills().forEach(d -> unitOfDrill.put(d.id(), d.unit()));
        Map<String, Map<LocalDate, List<Assignment>>> byTeamDate = new TreeMap<>();
        for (Assignment a : assignments) {
            for (TeamAssignment t : a.teams()) {
                byTeamDate.computeIfAbsent(t.team(), k -> new TreeMap<>())
                        .computeIfAbsent(a.date(), k -> new ArrayList<>()).add(a);
            }
        }
        double km = 0;
        for (var team : byTeamDate.entrySet()) {
            GeoPoint base = teams.get(team.getKey()).base();
            for (List<Assignment> day : team.getValue().values()) {
                day.sort(Comparator.comparing(Assignment::start).thenComparing(Assignment::drill));
                GeoPoint at = base;
                for (Assignment a : day) {
                    GeoPoint unit = units.get(unitOfDrill.get(a.drill())).location();
                    km += problem.travel().roadKm(at, unit);
                    at = unit;
                }
                km += problem.travel().roadKm(at, base);
            }
        }
        return km;
    }
}
