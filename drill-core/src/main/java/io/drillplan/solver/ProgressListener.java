package io.drillplan.solver;

/** Receives {@link Progress} while the planner solves; called on the solver's thread, so keep it short. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every event. */
    ProgressListener NONE = progress -> { };

    /**
     * Called when the best schedule improves.
     *
     * @param progress the new best
     */
    void onProgress(Progress progress);
}
