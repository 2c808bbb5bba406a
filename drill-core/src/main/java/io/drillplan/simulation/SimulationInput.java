package io.drillplan.simulation;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.check.Violation;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Message;
import io.drillplan.model.Precedence;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A validated problem, published schedule and disruption model with the lookups every simulated
 * month needs, built once and shared read-only by every replication and thread.
 */
final class SimulationInput {

    final DrillProblem problem;
    final Schedule published;
    final DisruptionModel model;
    final Map<String, DrillRequest> drills;
    final Map<String, GrassrootsUnit> units;
    final Map<String, RescueTeam> teams;
    final Map<String, Assignment> publishedAssignments = new LinkedHashMap<>();
    final Map<String, Message> publishedReasons = new LinkedHashMap<>();
    /** Each unit's region followed by its ancestors. */
    final Map<String, List<String>> unitRegionPath = new LinkedHashMap<>();
    /** The units whose drills form a chain, in problem order. */
    final Set<String> chainUnits = new LinkedHashSet<>();
    final long totalPriority;

    private SimulationInput(DrillProblem problem, Schedule published, DisruptionModel model) {
        this.problem = problem;
        this.published = published;
        this.model = model;
        this.drills = problem.drillsById();
        this.units = problem.unitsById();
        this.teams = problem.teamsById();
        for (Assignment a : published.assignments()) {
            publishedAssignments.putIfAbsent(a.drill(), a);
        }
        for (Unscheduled u : published.unscheduled()) {
            publishedReasons.putIfAbsent(u.drill(), MonthLedger.why(u));
        }
        Map<String, Region> regions = problem.regionsById();
        for (GrassrootsUnit unit : problem.units()) {
            List<String> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String r = unit.region(); r != null && seen.add(r); ) {
                path.add(r);
                Region region = regions.get(r);
                r = region == null ? null : region.parent();
            }
            unitRegionPath.put(unit.id(), List.copyOf(path));
        }
        for (DrillRequest drill : problem.drills()) {
            for (Precedence p : drill.after()) {
                DrillRequest before = drills.get(p.drill());
                if (before != null && before.unit().equals(drill.unit()) && !before.id().equals(drill.id())) {
                    chainUnits.add(drill.unit());
                }
            }
        }
        this.totalPriority = problem.drills().stream().mapToLong(DrillRequest::priority).sum();
    }

    /**
     * Validates and indexes the inputs.
     *
     * @throws io.drillplan.model.InvalidProblemException when the problem is invalid
     * @throws IllegalArgumentException when the published schedule breaks a hard rule or a
     *     scripted event names an id the problem lacks
     */
    static SimulationInput of(DrillProblem problem, Schedule published, DisruptionModel model) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(model, "model");
        ProblemValidator.validate(problem);
        List<String> script = DisruptionCalendar.scriptProblems(problem, model.scripted());
        if (!script.isEmpty()) {
            throw new IllegalArgumentException("disruption model: " + String.join("; ", script));
        }
        CheckReport check = ScheduleChecker.check(problem, published);
        if (!check.feasible()) {
            List<Violation> v = check.violations();
            StringBuilder text = new StringBuilder("published schedule breaks ").append(v.size())
                    .append(v.size() == 1 ? " hard rule" : " hard rules").append(", so it cannot be simulated: ");
            for (int i = 0; i < Math.min(3, v.size()); i++) {
                text.append(i == 0 ? "" : "; ").append("rule ").append(v.get(i).rule().number()).append(": ")
                        .append(v.get(i).message());
            }
            if (v.size() > 3) {
                text.append("; and ").append(v.size() - 3).append(" more");
            }
            throw new IllegalArgumentException(text.toString());
        }
        return new SimulationInput(problem, published, model);
    }

    /** The published date of a drill, or {@code null} when the published schedule leaves it out. */
    LocalDate publishedDate(String drill) {
        Assignment a = publishedAssignments.get(drill);
        return a == null ? null : a.date();
    }
}
