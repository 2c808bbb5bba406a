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
 * <p>The planning model and the search live in {@code io.drillplan.solver.engine}, which
 * drill-core's module does not export; nothing of it appears in this package's signatures.
 */
package io.drillplan.solver;
