package io.drillplan.solver;

import io.drillplan.solver.engine.DrillSolution;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.optaplanner.core.api.solver.Solver;

/**
 * The stop request of one solve: set by its own job's cancel or by the planner's stop for all,
 * and the engine's solvers it must reach. A stop that comes before a solver is registered is
 * still seen, because the search checks {@link #isStopped()} until it ends.
 */
final class StopSignal {

    private final StopSignal parent;
    private final Set<Solver<DrillSolution>> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    /**
     * @param parent a signal whose stop stops this one too (the planner's), or null
     */
    StopSignal(StopSignal parent) {
        this.parent = parent;
    }

    boolean isStopped() {
        return stopped || (parent != null && parent.isStopped());
    }

    /** Stops this solve: its solvers end their step and return the best found so far. */
    void stop() {
        stopped = true;
        running.forEach(Solver::terminateEarly);
    }

    /** The solvers of this solve that are running; the search adds and removes them. */
    Set<Solver<DrillSolution>> running() {
        return running;
    }
}
