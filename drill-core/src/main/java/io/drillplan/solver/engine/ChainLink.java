package io.drillplan.solver.engine;

/**
 * "Drill {@code laterIndex} comes at least {@code minDays} days after drill {@code earlierIndex}":
 * a precedence of the problem, kept as a fact of drill indices so that constraints join both
 * drills explicitly (reading the earlier drill's slot through a reference would hide the
 * dependency from the score engine) and so that solution clones never share entity references.
 *
 * <p>Public: a fact of {@link DrillSolution} that the benchmarks read.
 */
public record ChainLink(int laterIndex, int earlierIndex, int minDays, boolean sameUnit) {}
