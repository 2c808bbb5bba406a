package io.drillplan.changes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A grass-roots unit cannot host drills from {@code from} to {@code to}, both inclusive: a
 * school closed, rain over a site, a maintenance shutdown. Dates before the re-plan's day are
 * ignored.
 *
 * @param unit the unit's id
 * @param from first date closed
 * @param to last date closed, not before {@code from}
 */
public record UnitClosed(String unit, LocalDate from, LocalDate to) implements MonthChange {

    /**
     * Rejects absent fields.
     *
     * @param unit the unit's id
     * @param from first date closed
     * @param to last date closed
     */
    public UnitClosed {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
