package io.drillplan.solver;

import io.drillplan.model.Schedule;
import io.drillplan.solver.engine.DrillConstraints;
import java.util.List;

/**
 * The result of a re-plan: the new version, what it costs in stability, and how it differs from
 * the published version.
 *
 * @param schedule the new version of the schedule
 * @param stabilityCost the stability weight times the days each drill of the problem moved away
 *     from its published date (at least 1 for a new slot on the same date, 30 for a published
 *     drill dropped) plus the published teams replaced; 0 when nothing changed
 * @param changes every drill of the problem moved, given other teams, dropped or added against
 *     the published version
 */
public record Replan(Schedule schedule, long stabilityCost, List<DrillChange> changes) {

    /**
     * Makes the list immutable.
     *
     * @param schedule the new version of the schedule
     * @param stabilityCost the weighted days moved and teams replaced
     * @param changes the changes against the published version, copied
     */
    public Replan {
        changes = List.copyOf(changes);
    }

    /** {@code schedule} against {@code published}, with stability weight {@code weight}. */
    static Replan of(Schedule published, Schedule schedule, long weight) {
        List<DrillChange> changes = DrillChange.between(published, schedule);
        long units = 0;
        for (DrillChange change : changes) {
            units += change.daysMoved(DrillConstraints.DAYS_FOR_A_DROPPED_DRILL) + change.teamsReplaced();
        }
        return new Replan(schedule, weight * units, changes);
    }
}
