package io.drillplan.solver;

/** Receives {@link Progress} while the planner solves; called on the solver's thread, so keep it short. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every event. */
    ProgressListener NONE = progress -> { };

    /**
     * Called when the best schedule improves, and once more with the final schedule.
     *
     * @param progress the best schedule's score and coverage so far
     */
    void onProgress(Progress progress);
}
