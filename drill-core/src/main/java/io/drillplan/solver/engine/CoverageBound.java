package io.drillplan.solver.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bound on the medium score: the priorities of the drills that no schedule can hold, even with
 * the month to themselves. A drill cannot be held when no slot of its window has, for each skill
 * it needs, enough eligible teams that are not away that day; when a prerequisite cannot be held;
 * or when it is pinned out of the schedule. A search whose best schedule holds every other drill
 * has no coverage left to gain, which is when the planner may stop before its time limit.
 */
final class CoverageBound {

    private CoverageBound() {}

    /** The best medium score any schedule of {@code solution} could reach (0 or negative). */
    static long bestMedium(DrillSolution solution) {
        Set<Integer> impossible = new HashSet<>();
        for (PlannedDrill drill : solution.drills()) {
            boolean pinnedOut = drill.isPinned() && !SolutionBuilder.isHeld(drill);
            if (pinnedOut || !possibleAlone(drill)) {
                impossible.add(drill.index());
            }
        }
        // A drill after an impossible one is impossible too; links may chain, so repeat until stable.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ChainLink link : solution.chainLinks()) {
                if (impossible.contains(link.earlierIndex()) && impossible.add(link.laterIndex())) {
                    changed = true;
                }
            }
        }
        long medium = 0;
        for (int index : impossible) {
            medium -= solution.drills().get(index).priority();
        }
        return medium;
    }

    private static boolean possibleAlone(PlannedDrill drill) {
        if (drill.isPinned()) {
            return true;
        }
        for (TimeSlot slot : drill.getSlotRange()) {
            if (crewAvailable(drill.seats(), slot)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every seat can get a team of its own that is not away at {@code slot}: a bipartite
     * matching of seats to teams (a team with two skills may be the only one for either seat).
     */
    private static boolean crewAvailable(List<TeamSeat> seats, TimeSlot slot) {
        Map<Team, TeamSeat> holder = new HashMap<>();
        for (TeamSeat seat : seats) {
            if (!seat.isPinned() && !assign(seat, slot, holder, new HashSet<>())) {
                return false;
            }
        }
        return true;
    }

    private static boolean assign(TeamSeat seat, TimeSlot slot, Map<Team, TeamSeat> holder, Set<Team> visited) {
        for (Team team : seat.getEligibleTeams()) {
            if (team.unavailableOn(slot) || !visited.add(team)) {
                continue;
            }
            TeamSeat current = holder.get(team);
            if (current == null || assign(current, slot, holder, visited)) {
                holder.put(team, seat);
                return true;
            }
        }
        return false;
    }
}
