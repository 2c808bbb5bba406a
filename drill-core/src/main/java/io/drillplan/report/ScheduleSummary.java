package io.drillplan.report;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.model.Workload;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers a planner reads off a schedule: what was held by exercise type and priority, how
 * the work spreads over the teams, how far they drive, and what was left out and why. Shared by
 * the console summary of an application and the HTML report so both tell the same story.
 */
public final class ScheduleSummary {

    /**
     * A drill left out.
     *
     * @param drill its request
     * @param reason the schedule's reason in English, or {@code null} when the schedule gives none
     * @param why the same reason as a code and arguments, or {@code null} when the schedule file
     *     gives only the text
     */
    public record LeftOut(DrillRequest drill, String reason, Message why) {

        /**
         * The reason in {@code locale}'s language when it has a code, else the schedule's text.
         *
         * @param locale the reader's language
         * @return the reason, or {@code null} when the schedule gives none
         */
        public String reason(Locale locale) {
            return why == null ? reason : why.text(locale);
        }
    }

    private final DrillProblem problem;
    private final Schedule schedule;
    private final Map<String, Assignment> held = new LinkedHashMap<>();
    private final Map<ExerciseType, int[]> byType = new EnumMap<>(ExerciseType.class);
    private final Map<Integer, int[]> byPriority = new TreeMap<>(Collections.reverseOrder());
    private List<Workload.TeamLoad> teamLoads = List.of();
    private final List<LeftOut> leftOut = new ArrayList<>();
    private double travelKm;

    /**
     * Counts a schedule.
     *
     * @param problem the problem, validated
     * @param schedule a schedule of it whose references are checked; assignments of drills the
     *     problem does not have are ignored
     */
    public ScheduleSummary(DrillProblem problem, Schedule schedule) {
        this.problem = problem;
        this.schedule = schedule;
        Map<String, DrillRequest> drills = problem.drillsById();
        for (Assignment a : schedule.assignments()) {
            if (drills.containsKey(a.drill())) {
                held.putIfAbsent(a.drill(), a);
            }
        }
        Map<String, Unscheduled> reasons = new LinkedHashMap<>();
        for (Unscheduled u : schedule.unscheduled()) {
            if (u.drill() != null && !held.containsKey(u.drill())) {
                reasons.putIfAbsent(u.drill(), u);
            }
        }
        for (ExerciseType type : ExerciseType.values()) {
            byType.put(type, new int[2]);
        }
        for (DrillRequest d : problem.drills()) {
            int column = held.containsKey(d.id()) ? 0 : 1;
            if (d.type() != null) {
                byType.get(d.type())[column]++;
            }
            byPriority.computeIfAbsent(d.priority(), p -> new int[2])[column]++;
            if (column == 1) {
                Unscheduled u = reasons.get(d.id());
                String reason = u == null ? null : u.reason();
                leftOut.add(reason == null || reason.isBlank() ? new LeftOut(d, null, null) : new LeftOut(d, reason, u.why()));
            }
        }
        countTeams();
    }

    private void countTeams() {
        Workload workload = Workload.of(problem, held.values());
        teamLoads = workload.teams();
        travelKm = workload.travelKm();
    }

    /** {@return the problem} */
    public DrillProblem problem() {
        return problem;
    }

    /** {@return the schedule} */
    public Schedule schedule() {
        return schedule;
    }

    /** {@return the drills of the problem} */
    public int drillsTotal() {
        return problem.drills().size();
    }

    /** {@return the drills the schedule holds} */
    public int scheduled() {
        return held.size();
    }

    /** {@return the drills it leaves out} */
    public int unscheduled() {
        return leftOut.size();
    }

    /** {@return the first assignment of each drill of the problem that the schedule holds, by drill id, in schedule order} */
    public Map<String, Assignment> held() {
        return Collections.unmodifiableMap(held);
    }

    /** {@return per exercise type: a two-element array of scheduled and unscheduled drills} */
    public Map<ExerciseType, int[]> byType() {
        return Collections.unmodifiableMap(byType);
    }

    /** {@return per priority, highest first: a two-element array of scheduled and unscheduled drills} */
    public Map<Integer, int[]> byPriority() {
        return Collections.unmodifiableMap(byPriority);
    }

    /** {@return the load of every team of the problem, in problem order} */
    public List<Workload.TeamLoad> teamLoads() {
        return teamLoads;
    }

    /**
     * Road km of every team from its base to the unit of each drill it guides (with the detour
     * factor of docs/format.md).
     *
     * @return the total over all teams
     */
    public double travelKm() {
        return travelKm;
    }

    /** {@return the drills left out, in problem order} */
    public List<LeftOut> leftOut() {
        return Collections.unmodifiableList(leftOut);
    }
}
