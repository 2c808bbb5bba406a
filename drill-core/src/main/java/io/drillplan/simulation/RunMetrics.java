package io.drillplan.simulation;

import io.drillplan.model.ExerciseType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one simulated month achieved.
 *
 * @param drills drills in the problem
 * @param published drills the published schedule holds
 * @param completed drills held
 * @param completedByType drills held, by exercise type (every type listed, in enum order)
 * @param completedByPriority drills held, by priority (every priority of the problem listed,
 *     highest first)
 * @param coverage priority-weighted coverage: the priorities of the drills held over the
 *     priorities of every drill of the problem, 0 to 1
 * @param chainUnits units whose drills form a chain: two or more of its drills linked by
 *     {@code after}
 * @param chainsCompleted chain units whose drills were all held
 * @param disrupted drills knocked out of the schedule at least once (team away, rain, a
 *     prerequisite gone)
 * @param lost drills of the published schedule neither held nor called off by their unit
 * @param cancelled drills called off by their unit before they were held
 * @param moved drills held on another date than published
 * @param daysMoved sum over the moved drills of the days between published and held date
 * @param added drills held that the published schedule had left out
 * @param reNotifications date changes of drills whose old date lay in the notice period (today
 *     and the next {@link SimulationOptions#noticeDays()} days) when the change was made
 * @param partiesReNotified teams and units told of a change to a drill dated in the notice period
 *     when the change was made (another date, slot or crew, or dropped): for each change the
 *     drill's unit and its teams before and after; a drill called off by its unit excepted
 * @param teamDaysLost team-days spent on incidents inside the horizon (whole days away)
 * @param travelKm road km from each team's base to the unit, summed over the teams of every
 *     drill held (one way)
 */
public record RunMetrics(
        int drills,
        int published,
        int completed,
        Map<ExerciseType, Integer> completedByType,
        Map<Integer, Integer> completedByPriority,
        double coverage,
        int chainUnits,
        int chainsCompleted,
        int disrupted,
        int lost,
        int cancelled,
        int moved,
        int daysMoved,
        int added,
        int reNotifications,
        int partiesReNotified,
        int teamDaysLost,
        double travelKm) {

    /** Key of {@link #coverage()} in {@link #values()}. */
    public static final String COVERAGE = "coverage";
    /** Key of {@link #completed()} in {@link #values()}. */
    public static final String COMPLETED = "completed";

    private static final Set<String> LOWER_IS_BETTER = Set.of(
            "disrupted", "lost", "cancelled", "moved", "days moved", "re-notifications", "teams and units re-notified",
            "team-days lost",
            "travel km");

    /**
     * Copies the maps, keeping their order.
     *
     * @param drills drills in the problem
     * @param published drills the published schedule holds
     * @param completed drills held
     * @param completedByType drills held, by exercise type (every type listed, in enum order)
     * @param completedByPriority drills held, by priority (every priority of the problem listed,
     *     highest first)
     * @param coverage priority-weighted coverage: the priorities of the drills held over the
     *     priorities of every drill of the problem, 0 to 1
     * @param chainUnits units whose drills form a chain: two or more of its drills linked by
     *     {@code after}
     * @param chainsCompleted chain units whose drills were all held
     * @param disrupted drills knocked out of the schedule at least once (team away, rain, a
     *     prerequisite gone)
     * @param lost drills of the published schedule neither held nor called off by their unit
     * @param cancelled drills called off by their unit before they were held
     * @param moved drills held on another date than published
     * @param daysMoved sum over the moved drills of the days between published and held date
     * @param added drills held that the published schedule had left out
     * @param reNotifications date changes of drills whose old date lay in the notice period (today
     *     and the next {@link SimulationOptions#noticeDays()} days) when the change was made
     * @param partiesReNotified teams and units told of a change to a drill of theirs in the notice
     *     period, once per change and party
     * @param teamDaysLost team-days spent on incidents inside the horizon (whole days away)
     * @param travelKm road km from each team's base to the unit, summed over the teams of every
     *     drill held (one way)
     */
    public RunMetrics {
        EnumMap<ExerciseType, Integer> byType = new EnumMap<>(ExerciseType.class);
        byType.putAll(completedByType);
        completedByType = Collections.unmodifiableMap(byType);
        TreeMap<Integer, Integer> byPriority = new TreeMap<>(Collections.reverseOrder());
        byPriority.putAll(completedByPriority);
        completedByPriority = Collections.unmodifiableMap(byPriority);
    }

    /**
     * Every metric as a number under a stable name, in display order: {@code coverage},
     * {@code completed}, {@code completed DIGITAL_DEDUCTION} (one per type),
     * {@code completed priority 5} (one per priority), {@code chains completed},
     * {@code disrupted}, {@code lost}, {@code cancelled}, {@code moved}, {@code days moved},
     * {@code added}, {@code re-notifications}, {@code teams and units re-notified},
     * {@code team-days lost}, {@code travel km}.
     *
     * @return an unmodifiable map from metric name to value
     */
    public Map<String, Double> values() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(COVERAGE, coverage);
        v.put(COMPLETED, (double) completed);
        completedByType.forEach((type, n) -> v.put("completed " + type, (double) n));
        completedByPriority.forEach((p, n) -> v.put("completed priority " + p, (double) n));
        v.put("chains completed", (double) chainsCompleted);
        v.put("disrupted", (double) disrupted);
        v.put("lost", (double) lost);
        v.put("cancelled", (double) cancelled);
        v.put("moved", (double) moved);
        v.put("days moved", (double) daysMoved);
        v.put("added", (double) added);
        v.put("re-notifications", (double) reNotifications);
        v.put("teams and units re-notified", (double) partiesReNotified);
        v.put("team-days lost", (double) teamDaysLost);
        v.put("travel km", travelKm);
        return Collections.unmodifiableMap(v);
    }

    /**
     * Whether more is better for the metric named {@code name} in {@link #values()}: true for
     * coverage, drills completed, chains completed and drills added; false for disruptions,
     * losses, cancellations, moves, re-notifications, team-days lost and travel.
     * 
     * @param name a key of {@link #values()}
     * @return true when a higher value is better
     */
    public static boolean higherIsBetter(String name) {
        return !LOWER_IS_BETTER.contains(name);
    }
}
