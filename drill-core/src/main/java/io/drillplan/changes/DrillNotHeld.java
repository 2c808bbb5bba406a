package io.drillplan.changes;

import java.util.Objects;

/**
 * A drill published on or before the re-plan's day did not take place: the re-plan places it
 * again, on or after its day.
 *
 * @param drill the drill's id
 */
public record DrillNotHeld(String drill) implements MonthChange {

    /**
     * Rejects an absent id.
     *
     * @param drill the drill's id
     */
    public DrillNotHeld {
        Objects.requireNonNull(drill, "drill");
    }
}
