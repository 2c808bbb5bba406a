/**
 * The input of the planner and the schedules it returns, as immutable records: a
 * {@link io.drillplan.model.DrillProblem} of rescue teams, grass-roots units and drill requests,
 * and a {@link io.drillplan.model.Schedule} with its {@link io.drillplan.model.Score}. Nothing of the
 * solver engine appears here.
 *
 * <p>The contract between the solver and the checker lives here too: the ten
 * {@link io.drillplan.model.HardRule}s of docs/rules.md and the solver's
 * {@link io.drillplan.model.ScheduleConstraint}s with the level and rule of each, so that neither
 * package depends on the other.
 *
 * <p>{@link io.drillplan.model.ProblemValidator} checks a problem, within the
 * {@link io.drillplan.model.ProblemLimits}; {@link io.drillplan.model.Excerpt} is how every
 * message of the project quotes a value that came from outside.
 */
package io.drillplan.model;
