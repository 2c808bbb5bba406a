/**
 * The input of the planner and the schedules it returns, as immutable records: a
 * {@link io.drillplan.model.DrillProblem} of rescue teams, grass-roots units and drill requests,
 * and a {@link io.drillplan.model.Schedule}. Nothing of the solver engine appears here.
 */
package io.drillplan.model;
