/**
 * Benchmarks of the drill planner, run as main classes (never by {@code mvn verify}): the
 * Benchmarker report of the local search configurations ({@link io.drillplan.benchmarks.SolverComparison}),
 * score calculation speed with a per-constraint breakdown ({@link io.drillplan.benchmarks.ScoreSpeed}),
 * scaling from 100 to 20,000 drills ({@link io.drillplan.benchmarks.Scaling}), baselines against the
 * tuned planner ({@link io.drillplan.benchmarks.Baselines}) and a soft weight sweep
 * ({@link io.drillplan.benchmarks.WeightSweep}). See benchmarks/README.md for the commands and the
 * measured numbers.
 *
 * <p>The solver internals they measure are reached through classes of the benchmarks module in
 * drill-core's package {@code io.drillplan.solver}, a split package on purpose.
 */
package io.drillplan.benchmarks;
