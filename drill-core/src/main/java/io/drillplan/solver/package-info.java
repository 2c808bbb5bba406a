/**
 * Plans, re-plans and explains drill schedules. The public surface is the facade
 * {@link io.drillplan.solver.DrillPlanner} with its {@link io.drillplan.solver.PlannerOptions},
 * the {@link io.drillplan.solver.GreedyScheduler} fallback, {@link io.drillplan.solver.RobustPlanning}
 * (plans that leave the last days of each window free), {@link io.drillplan.solver.EjectionSearch}
 * (room for a drill made by moving others, without the solver), a handle per background solve
 * ({@link io.drillplan.solver.PlanningJob}), and immutable results
 * ({@link io.drillplan.solver.Explanation}, {@link io.drillplan.solver.Progress},
 * {@link io.drillplan.solver.Replan} with its {@link io.drillplan.solver.DrillChange}s).
 *
 * <p>The solver names its constraints by {@link io.drillplan.model.ScheduleConstraint}, and each
 * constraint justifies its matches with the drills and teams they involve, which is what an
 * {@link io.drillplan.solver.Explanation} reports by drill.
 *
 * <p>The planning model follows design.md: a {@code PlannedDrill} per request with a nullable
 * slot, a {@code TeamSeat} per team it needs with a nullable team chosen among the teams that
 * have the skill and reach the unit, and a shadow variable mirroring the drill's slot on each
 * seat. The engine classes are public only because the engine instantiates them by reflection;
 * none of their members are public.
 */
package io.drillplan.solver;
