package io.drillplan.changes;

import java.util.Objects;

/**
 * A drill not yet held is called off for good, and with it every drill that had to come after it
 * (directly or through other drills): by rule 9 a drill whose prerequisite cannot be held cannot
 * be held either. None of them may be held already.
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
