package io.drillplan.changes;

import java.util.Objects;

/**
 * A drill not yet held is called off for good. Drills that had to come after it lose that
 * condition and stay in the plan.
 *
 * @param drill the drill's id
 */
public record DrillCancelled(String drill) implements MonthChange {

    /**
     * Rejects an absent id.
     *
     * @param drill the drill's id
     */
    public DrillCancelled {
        Objects.requireNonNull(drill, "drill");
    }
}
