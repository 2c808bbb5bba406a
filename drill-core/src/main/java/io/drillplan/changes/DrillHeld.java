package io.drillplan.changes;

import io.drillplan.model.TeamAssignment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A drill took place, on or before the re-plan's day: the re-plan keeps it exactly there. Use it
 * for a drill held today, or held on another date, slot or with other teams than published.
 *
 * @param drill the drill's id
 * @param date the date it was held, not after the re-plan's day
 * @param slot the id of its first slot, or {@code null} for the published slot
 * @param teams the teams that guided it, or {@code null} for the published teams
 */
public record DrillHeld(String drill, LocalDate date, String slot, List<TeamAssignment> teams)
        implements MonthChange {

    /**
     * Rejects an absent id or date; makes the team list immutable.
     *
     * @param drill the drill's id
     * @param date the date it was held
     * @param slot the id of its first slot, or {@code null} for the published slot
     * @param teams the teams that guided it, or {@code null} for the published teams
     */
    public DrillHeld {
        Objects.requireNonNull(drill, "drill");
        Objects.requireNonNull(date, "date");
        teams = teams == null ? null : List.copyOf(teams);
    }
}
