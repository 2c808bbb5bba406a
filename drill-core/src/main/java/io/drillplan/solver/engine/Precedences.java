package io.drillplan.solver.engine;

/**
 * Rule 9 on plain numbers, shared by the constraint and the moves so that both read "at least
 * minDays later" alike. Long arithmetic: a minDays near the integer limit must not wrap around.
 */
final class Precedences {

    private Precedences() {}

    /**
     * Whether a drill starting on {@code laterDay} at {@code laterStart} may follow one that ends on
     * {@code earlierDay} at {@code earlierEnd}, at least {@code minDays} days later (with 0 days,
     * not before the earlier one ends).
     */
    static boolean respects(int minDays, int earlierDay, int earlierEnd, int laterDay, int laterStart) {
        if ((long) laterDay < (long) earlierDay + minDays) {
            return false;
        }
        return minDays > 0 || laterDay > earlierDay || earlierEnd <= laterStart;
    }
}
