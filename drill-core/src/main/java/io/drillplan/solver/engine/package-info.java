/**
 * The planning model and search behind {@link io.drillplan.solver.DrillPlanner}; not part of the
 * API. drill-core's module does not export this package: it opens it to the solver engine only,
 * which reads the planning annotations and creates the solution, its cloner, the constraint
 * provider, the score calculator, the shadow-variable listener and the move factories by
 * reflection.
 *
 * <p>The model: a {@code PlannedDrill} per request with a nullable slot, a {@code TeamSeat} per
 * team it needs with a nullable team chosen among the teams that have the skill and reach the
 * unit, and a shadow variable mirroring the drill's slot on each seat. {@code DrillConstraints}
 * holds the hard rules and preferences as constraint streams, which explain schedules and define
 * the score; {@code DrillScoreCalculator} keeps the same score by hand while the search runs
 * (checked against the streams after every move under FULL_ASSERT); {@code Occupancy} answers the
 * same rules incrementally for the greedy placement, the fill pass and the reasons for unscheduled
 * drills, and {@code Bookings} for the ruin-and-recreate moves.
 *
 * <p>Public members here serve three callers, and nothing else may rely on them: the engine's
 * reflection, the planner classes of {@code io.drillplan.solver} in the same module, and the
 * benchmarks, which run on the class path. Each public class says which of them it is public for.
 */
package io.drillplan.solver.engine;
