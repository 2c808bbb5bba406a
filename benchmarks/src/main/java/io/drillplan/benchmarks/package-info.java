/**
 * Benchmarks of the drill planner, run as main classes (never by {@code mvn verify}): the
 * Benchmarker report of the local search configurations ({@link io.drillplan.benchmarks.SolverComparison}),
 * score calculation speed with a per-constraint breakdown ({@link io.drillplan.benchmarks.ScoreSpeed}),
 * scaling from 100 to 20,000 drills ({@link io.drillplan.benchmarks.Scaling}), baselines against the
 * tuned planner ({@link io.drillplan.benchmarks.Baselines}) and a soft weight sweep
 * ({@link io.drillplan.benchmarks.WeightSweep}). See benchmarks/README.md for the commands and the
 * measured numbers.
 *
 * <p>The solver internals they measure ({@link io.drillplan.benchmarks.SolverInternals},
 * {@link io.drillplan.benchmarks.ConstraintSubset}, {@link io.drillplan.benchmarks.ScoreCalculationDriver},
 * {@link io.drillplan.benchmarks.ConstructionHeuristics}, {@link io.drillplan.benchmarks.WarmStartFileIO})
 * are reached through the public members of drill-core's engine package
 * {@code io.drillplan.solver.engine}, which drill-core's module does not export: the benchmarks
 * run on the class path.
 */
package io.drillplan.benchmarks;
