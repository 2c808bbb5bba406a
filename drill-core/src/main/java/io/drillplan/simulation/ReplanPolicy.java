package io.drillplan.simulation;

/**
 * What a planner does with the drills a morning's disruptions knock out. A drill knocked out is
 * one whose team is now away on its date, an outdoor drill under today's rain, or a follower: a
 * drill that must come after one of those ({@code after}).
 */
public enum ReplanPolicy {
    /** Nothing: a knocked-out drill is lost, and so are its followers. */
    NONE,
    /**
     * Greedy, no solver: each knocked-out drill goes to its earliest feasible slot on or after
     * its old date (and not before tomorrow), around the rest of the schedule, which stays as it
     * is; a follower keeps its old date when that still works. Nothing moves earlier than
     * announced. A drill with no such slot is lost.
     */
    SHIFT,
    /**
     * SHIFT's placements, each knocked-out drill keeping as much of its old crew as is free
     * there (fewer teams to tell), then a search for the drills still out that could be held (knocked out now, or lost
     * or left out before): it makes room by moving drills not yet announced (outside the notice
     * period) to another slot, crew or date, and where drills remain out the solver
     * ({@code DrillPlanner.replan}) re-plans the rest of the month from there, held and announced
     * drills pinned. Both stop on a count ({@code repairSteps} exchanges, {@code repairSteps}
     * steps), so a seed gives the same run on any machine. Its plan is adopted only when it holds
     * more (by priority) than SHIFT's and tells no more teams and units of changes to announced
     * drills; otherwise SHIFT's stands. Last, every drill not yet announced that sits on the last
     * day of its window moves to the latest free slot before it, so that a disruption on its date
     * leaves it a later date to go to.
     */
    REPAIR
}
