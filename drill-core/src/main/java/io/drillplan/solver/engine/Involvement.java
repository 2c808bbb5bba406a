package io.drillplan.solver.engine;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Engine internal (public for the planner's explanation in io.drillplan.solver): the justification of a constraint match, i.e. which drills and teams it
 * involves. The explanation of a score reads matches through it rather than through their
 * tuples. A limit over a group (a team's day or week, a region's day) names the group; its drills
 * are the placed drills of that group in the explained solution.
 */
public sealed interface Involvement extends ConstraintJustification {

    /**
     * The ids of the drills involved.
     *
     * @param solution the solution the match was found in
     * @return the drill ids, once each, in the order of the match
     */
    List<String> drills(DrillSolution solution);

    /** {@return the ids of the teams involved, once each} */
    List<String> teams();

    /** Drills and teams named by the match itself. */
    record Named(List<String> drillIds, List<String> teamIds) implements Involvement {
        @Override
        public List<String> drills(DrillSolution solution) {
            return drillIds;
        }

        @Override
        public List<String> teams() {
            return teamIds;
        }
    }

    /** A team's drills on one day ({@code daily}) or in one ISO week of the calendar. */
    record TeamLoad(Team team, boolean daily, int key) implements Involvement {
        @Override
        public List<String> drills(DrillSolution solution) {
            return solution.seats().stream()
                    .filter(s -> s.isPlaced() && s.getTeam() == team && (daily ? s.day() : s.week()) == key)
                    .map(s -> s.drill().getId()).distinct().toList();
        }

        @Override
        public List<String> teams() {
            return List.of(team.id());
        }
    }

    /** A capped region's drills on one day, its sub-regions included. */
    record RegionLoad(RegionDay regionDay) implements Involvement {
        @Override
        public List<String> drills(DrillSolution solution) {
            return solution.drills().stream()
                    .filter(d -> d.getSlot() != null && d.day() == regionDay.day()
                            && d.unit().cappedRegions().contains(regionDay.cap()))
                    .map(PlannedDrill::getId).toList();
        }

        @Override
        public List<String> teams() {
            return List.of();
        }
    }

    /** {@return the drills given, once each} */
    static Involvement drills(PlannedDrill... drills) {
        List<String> ids = new ArrayList<>();
        for (PlannedDrill d : drills) {
            addOnce(ids, d.getId());
        }
        return new Named(List.copyOf(ids), List.of());
    }

    /** {@return the drills and teams of the seats given, once each} */
    static Involvement seats(TeamSeat... seats) {
        List<String> drills = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        for (TeamSeat s : seats) {
            addOnce(drills, s.drill().getId());
            if (s.getTeam() != null) {
                addOnce(teams, s.getTeam().id());
            }
        }
        return new Named(List.copyOf(drills), List.copyOf(teams));
    }

    /** {@return a team without drills} */
    static Involvement team(Team team) {
        return new Named(List.of(), List.of(team.id()));
    }

    /** {@return nothing named: the match is about a region and a date only} */
    static Involvement none() {
        return new Named(List.of(), List.of());
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
