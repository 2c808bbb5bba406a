package io.drillplan.simulation;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.SearchAlgorithm;
import java.util.Objects;

/**
 * A seeded, day-by-day run of one month over a published schedule, with the disruptions of a
 * {@link DisruptionModel} and a {@link ReplanPolicy} answering them.
 *
 * <pre>{@code
 * SimulationRun run = MonthSimulation.of(problem, published, DisruptionModel.JUNE, ReplanPolicy.REPAIR, 7L).run();
 * System.out.println(run.metrics().coverage());
 * System.out.print(run.log());
 * }</pre>
 *
 * <h2>The day</h2>
 * Each day of the horizon, in order:
 * <ol>
 *   <li>The morning's news becomes known: teams called to incidents (away for the whole span of
 *       the incident, which is known at once), heavy rain over regions, drills called off by
 *       their units.</li>
 *   <li>Drills knocked out are taken out of the schedule: a drill of a team now away on its date
 *       (any date from today on), an outdoor drill today under rain, and then every drill whose
 *       prerequisite ({@code after}) is no longer scheduled. Called-off drills leave for good.</li>
 *   <li>The policy places the knocked-out drills anew, never before tomorrow
 *       ({@link ReplanPolicy}): NONE drops them; SHIFT puts each at its earliest feasible slot
 *       on or after its old date around the unchanged rest ({@code GreedyScheduler.extend});
 *       REPAIR starts from SHIFT's placements and, when a drill that could still be held is left
 *       out, makes room for it by moving drills not yet announced ({@code EjectionSearch}), then
 *       re-plans the rest of the month with the solver ({@code DrillPlanner.replan}), every held
 *       drill and every drill of the notice period (today and the next
 *       {@link SimulationOptions#noticeDays()} days) not knocked out pinned, both on a count
 *       budget; it adopts the result when it holds more and tells no more teams and units.</li>
 *   <li>The new version is published ({@link ScheduleVersionListener}) and today's drills are
 *       held.</li>
 * </ol>
 *
 * <p>Every version keeps every hard rule of docs/rules.md for the problem as known that morning:
 * the original problem with each team's incident days added to its unavailable dates and the
 * window of every drill that is neither held nor in the notice period starting tomorrow. Rain is
 * not written into it: it is known on the morning of its day and touches that day only, where
 * nothing may be placed anew.
 *
 * <h2>Reproducibility</h2>
 * Every random draw comes from a stream named by (seed, replication, process, entity), and a
 * replication's whole disruption calendar is drawn before the month starts, from the model and
 * the published schedule only: every policy meets exactly the same disruptions (common random
 * numbers). REPAIR's search and solves stop on a count, so the same seed gives the same run on any
 * machine, as long as the safety time limit is not reached.
 *
 * <p>Instances are immutable; {@link #run()} may be called repeatedly and from several threads
 * (each call makes its own run).
 */
public final class MonthSimulation {

    private final SimulationInput input;
    private final ReplanPolicy policy;
    private final long seed;
    private final int replication;
    private final SimulationOptions options;
    private final DrillPlanner planner;
    private final ScheduleVersionListener listener;

    MonthSimulation(SimulationInput input, ReplanPolicy policy, long seed, int replication,
            SimulationOptions options, DrillPlanner planner, ScheduleVersionListener listener) {
        this.input = input;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.seed = seed;
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be 1 or more, was " + replication);
        }
        this.replication = replication;
        this.options = Objects.requireNonNull(options, "options");
        this.planner = planner;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * A simulation of replication 1 with {@link SimulationOptions#DEFAULT}.
     *
     * @param problem the month's problem
     * @param published the schedule as published before the month starts; it must keep every
     *     hard rule
     * @param model the disruptions
     * @param policy how disrupted drills are re-planned
     * @param seed the seed of every random draw
     * @return the simulation, not yet run
     * @throws io.drillplan.model.InvalidProblemException when the problem is invalid
     * @throws IllegalArgumentException when the published schedule breaks a hard rule (quoting
     *     the first violations) or a scripted event names an unknown id
     */
    public static MonthSimulation of(DrillProblem problem, Schedule published, DisruptionModel model,
            ReplanPolicy policy, long seed) {
        return new MonthSimulation(SimulationInput.of(problem, published, model), policy, seed, 1,
                SimulationOptions.DEFAULT, null, ScheduleVersionListener.NONE);
    }

    /**
     * A copy that runs replication {@code replication} (1 or more) of the same seed.
     *
     * @param replication the replication number; equal numbers meet equal disruptions
     * @return the changed simulation
     */
    public MonthSimulation withReplication(int replication) {
        return new MonthSimulation(input, policy, seed, replication, options, planner, listener);
    }

    /**
     * A copy with other options.
     *
     * @param options notice period and repair budget
     * @return the changed simulation
     */
    public MonthSimulation withOptions(SimulationOptions options) {
        return new MonthSimulation(input, policy, seed, replication, options, planner, listener);
    }

    /**
     * A copy with another policy, meeting the same disruptions.
     *
     * @param policy how disrupted drills are re-planned
     * @return the changed simulation
     */
    public MonthSimulation withPolicy(ReplanPolicy policy) {
        return new MonthSimulation(input, policy, seed, replication, options, planner, listener);
    }

    /**
     * A copy that re-plans with {@code planner} under REPAIR, with the planner's own options
     * (step limit, time limit, weights) instead of those {@link #repairOptions} derives; pass one
     * to share it between simulations, since creating a planner builds its solver factory.
     * 
     * @param planner the planner REPAIR calls
     * @return the changed simulation
     */
    public MonthSimulation withPlanner(DrillPlanner planner) {
        return new MonthSimulation(input, policy, seed, replication, options, Objects.requireNonNull(planner),
                listener);
    }

    /**
     * A copy that shows every published version to {@code listener}.
     *
     * @param listener called with each version of the schedule
     * @return the changed simulation
     */
    public MonthSimulation withListener(ScheduleVersionListener listener) {
        return new MonthSimulation(input, policy, seed, replication, options, planner, listener);
    }

    /**
     * The planner options REPAIR uses when no planner is given: tabu search with a step limit of
     * {@link SimulationOptions#repairSteps()} (lowered for a solve where few drills may move), no
     * unimproved-time limit and the safety time limit, so that results do not depend on machine
     * speed.
     *
     * <p>Why tabu search: a warm start under a stability penalty is a local optimum for single
     * moves, and a late acceptance step only ends on a move no worse than the current schedule,
     * so its steps stall until the time limit. A tabu search step takes the best of a fixed
     * number of non-tabu moves, worse or not, so it always ends and a step budget is a work
     * budget.
     * 
     * @param options the simulation options whose repair budget applies
     * @return the options of the repair solves
     */
    public static PlannerOptions repairOptions(SimulationOptions options) {
        return PlannerOptions.DEFAULT.withAlgorithm(SearchAlgorithm.TABU_SEARCH)
                .withStepLimit(options.repairSteps()).withUnimprovedLimit(null)
                .withTimeLimit(options.repairTimeLimit());
    }

    /**
     * Runs the month.
     *
     * @return the metrics, the event log, the day tallies and what was held
     */
    public SimulationRun run() {
        RepairPlanners planners = planner != null ? RepairPlanners.fixed(planner) : RepairPlanners.of(options);
        return new MonthRun(input, policy, seed, replication, options, planners, listener).run();
    }
}
