package io.drillplan.solver.engine;

/**
 * One capped region on one day: the group key of the region limit constraint.
 *
 * <p>Public for {@code DrillPlanner}, which attributes the region limit's matches to drills.
 */
public record RegionDay(RegionCap cap, int day) {}
