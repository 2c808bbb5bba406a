package io.drillplan.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A scheduled drill: its date, first slot, times and teams.
 *
 * @param drill the drill's id
 * @param date the date it is held
 * @param slot id of the first slot it occupies
 * @param start start time of the first slot
 * @param end end time of the last slot
 * @param teams the teams that guide it, one entry per team
 */
public record Assignment(
        String drill, LocalDate date, String slot, LocalTime start, LocalTime end,
        List<TeamAssignment> teams) {

    /**
     * Makes the team list immutable; an absent list is empty.
     *
     * @param drill the drill's id
     * @param date the date it is held
     * @param slot id of the first slot it occupies
     * @param start start time of the first slot
     * @param end end time of the last slot
     * @param teams the teams that guide it, one entry per team
     */
    public Assignment {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
