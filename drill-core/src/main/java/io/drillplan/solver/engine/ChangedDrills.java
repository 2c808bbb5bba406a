package io.drillplan.solver.engine;

import java.util.BitSet;

/**
 * The drills whose slot or crew changed in a working solution since the ruin-and-recreate
 * bookings last caught up with it. {@link DrillScoreCalculator} sees every change the engine
 * makes, so it marks them; the bookings then re-read only those drills instead of every drill
 * and seat of the month at each step.
 *
 * <p>Marks are a superset: a change and its undo both mark the drill, and re-reading a drill that
 * did not change is harmless. Until a calculator tracks the solution (a solver scored by the
 * constraint streams), {@link #isTracked()} is false and the bookings read everything.
 */
final class ChangedDrills {

    private final BitSet marked = new BitSet();
    private boolean tracked;

    /** Called by the calculator that keeps the solution's score: from now on every change is marked. */
    void track() {
        tracked = true;
    }

    boolean isTracked() {
        return tracked;
    }

    void mark(int drill) {
        marked.set(drill);
    }

    /**
     * The marked drills in index order, and forgets them. Index order, because the bookings keep
     * each team's and unit's drills in the order they were booked, and the moves draw from those
     * lists: reading the drills in the order a full scan does keeps the search the same.
     */
    int[] drain() {
        int[] drained = marked.stream().toArray();
        marked.clear();
        return drained;
    }

    /** Forgets the marks: whoever reads them has just read every drill. */
    void clear() {
        marked.clear();
    }
}
