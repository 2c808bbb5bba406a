package io.drillplan.changes;

import io.drillplan.model.DrillRequest;
import java.util.Objects;

/**
 * A unit asks for one more drill; the re-plan places it on or after its day.
 *
 * @param request the new drill, with an id the problem does not use yet
 */
public record DrillAdded(DrillRequest request) implements MonthChange {

    /**
     * Rejects an absent request.
     *
     * @param request the new drill
     */
    public DrillAdded {
        Objects.requireNonNull(request, "request");
    }
}
