package io.drillplan.solver;

import io.drillplan.model.ScheduleConstraint;
import io.drillplan.model.ScoreLevel;

/**
 * What one constraint costs a schedule.
 *
 * @param constraint the constraint, for example {@link ScheduleConstraint#TEAM_DOUBLE_BOOKED}
 * @param level the level it penalised here: its own, except {@link ScheduleConstraint#ROLE_UNFILLED},
 *     which is hard when a finished schedule is explained
 * @param penalty the total penalty at that level (0 or more)
 * @param matches how many times it matched
 */
public record ConstraintTotal(ScheduleConstraint constraint, ScoreLevel level, long penalty, int matches) {

    /** {@return the constraint's name, for example "Team double-booked"} */
    public String name() {
        return constraint.title();
    }
}
