package io.drillplan.solver.engine;

/** One capped region on one day: the group key of the region limit constraint. */
public record RegionDay(RegionCap cap, int day) {}
