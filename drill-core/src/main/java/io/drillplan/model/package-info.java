/**
 * The input of the planner and the schedules it returns, as immutable records: a
 * {@link io.drillplan.model.DrillProblem} of rescue teams, grass-roots units and drill requests,
 * and a {@link io.drillplan.model.Schedule}. Nothing of the solver engine appears here.
 *
 * <p>{@link io.drillplan.model.ProblemValidator} checks a problem, within the
 * {@link io.drillplan.model.ProblemLimits}; {@link io.drillplan.model.Excerpt} is how every
 * message of the project quotes a value that came from outside.
 */
package io.drillplan.model;
