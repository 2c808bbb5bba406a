package io.drillplan.changes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rescue team cannot guide drills from {@code from} to {@code to}, both inclusive: called to
 * a real emergency, on standby. Dates before the re-plan's day change nothing (those drills are
 * held) and are ignored.
 *
 * @param team the team's id
 * @param from first date away
 * @param to last date away, not before {@code from}
 */
public record TeamAway(String team, LocalDate from, LocalDate to) implements MonthChange {

    /**
     * Rejects absent fields.
     *
     * @param team the team's id
     * @param from first date away
     * @param to last date away
     */
    public TeamAway {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
