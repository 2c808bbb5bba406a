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
     * SHIFT, then the solver where SHIFT leaves something undone: when a drill that could still
     * be held is left out (knocked out now or lost before), {@code DrillPlanner.replan} re-plans
     * the rest of the month from SHIFT's placements, with every held drill and every announced
     * drill (the notice period) pinned and the stability penalty against that start, on a step
     * budget. Its plan is adopted when it holds more (by priority) than SHIFT's; otherwise
     * SHIFT's stands, so that announced drills are not moved for soft preferences alone.
     */
    REPAIR
}
