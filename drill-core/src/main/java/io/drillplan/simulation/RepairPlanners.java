package io.drillplan.simulation;

import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import java.util.HashMap;
import java.util.Map;

/**
 * The planners REPAIR solves with, one per step budget, created on first use: creating a planner
 * builds its solver factory, far too slow to do per solve. Not thread-safe; one per thread.
 */
final class RepairPlanners {

    private final SimulationOptions options;
    private final DrillPlanner fixed;
    private final Map<Long, DrillPlanner> bySteps = new HashMap<>();

    private RepairPlanners(SimulationOptions options, DrillPlanner fixed) {
        this.options = options;
        this.fixed = fixed;
    }

    /** Planners with {@link MonthSimulation#repairOptions} and a step budget fitted to each solve. */
    static RepairPlanners of(SimulationOptions options) {
        return new RepairPlanners(options, null);
    }

    /** Always {@code planner}, with its own options, whatever budget is asked for. */
    static RepairPlanners fixed(DrillPlanner planner) {
        return new RepairPlanners(null, planner);
    }

    /** A planner stopping after {@code steps} local search steps. */
    DrillPlanner forSteps(long steps) {
        if (fixed != null) {
            return fixed;
        }
        return bySteps.computeIfAbsent(steps, s -> DrillPlanner.create(withSteps(options, s)));
    }

    static PlannerOptions withSteps(SimulationOptions options, long steps) {
        return MonthSimulation.repairOptions(options).withStepLimit(steps);
    }
}
