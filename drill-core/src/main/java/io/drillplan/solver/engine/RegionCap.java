package io.drillplan.solver.engine;

/** A region that hosts at most {@code max} drills per date, counting every region below it. */
record RegionCap(String regionId, int max) {}
