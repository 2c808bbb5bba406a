package io.drillplan.simulation;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.ProgressListener;
import io.drillplan.solver.RobustPlanning;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Robust plan against plain plan, as a program (it takes minutes): plans a preset both ways on
 * the same step budget, simulates both under one policy with the same seed (every replication
 * meets the same disruptions as far as the two schedules allow) and prints the paired
 * differences of coverage, with each plan's coverage on paper.
 *
 * <pre>
 * java -cp drill-core/target/classes:drill-core/target/test-classes:$(cat cp.txt) \
 *     io.drillplan.simulation.RobustBenchmark PILOT 30 repair 2 2
 * </pre>
 *
 * Arguments, all optional: preset (PILOT), replications (30), policy (repair), threads (2),
 * slack days (2), planning steps (20000), seed (7).
 */
public final class RobustBenchmark {

    private RobustBenchmark() {}

    /**
     * Runs the measurement.
     *
     * @param args preset, replications, policy, threads, slack days, planning steps, seed
     */
    public static void main(String[] args) {
        SampleProblems.Preset preset = SampleProblems.Preset.fromName(arg(args, 0, "PILOT"));
        int runs = Integer.parseInt(arg(args, 1, "30"));
        ReplanPolicy policy = ReplanPolicy.valueOf(arg(args, 2, "repair").toUpperCase(Locale.ROOT));
        int threads = Integer.parseInt(arg(args, 3, "2"));
        int slack = Integer.parseInt(arg(args, 4, "2"));
        long planSteps = Long.parseLong(arg(args, 5, "20000"));
        long seed = Long.parseLong(arg(args, 6, "7"));
        DrillProblem problem = SampleProblems.generate(preset);
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(planSteps)
                .withUnimprovedLimit(null).withTimeLimit(Duration.ofMinutes(10)));
        Schedule plain = planner.plan(problem);
        Schedule robust = RobustPlanning.plan(planner, problem, slack, ProgressListener.NONE);
        SimulationReport plainReport = simulate(problem, plain, policy, runs, seed, threads);
        SimulationReport robustReport = simulate(problem, robust, policy, runs, seed, threads);
        System.out.printf(Locale.ROOT, "%s, %d replications, seed %d, %s, slack %d days%n", preset, runs, seed, policy, slack);
        for (String[] plan : List.of(new String[] {"plain", ""}, new String[] {"robust", ""})) {
            Schedule s = plan[0].equals("plain") ? plain : robust;
            SimulationReport r = plan[0].equals("plain") ? plainReport : robustReport;
            MetricSummary coverage = r.summary(policy, RunMetrics.COVERAGE);
            System.out.printf(Locale.ROOT, "%-6s on paper: %d of %d drills, coverage %.4f, %s, %s; simulated coverage %.4f [%.4f, %.4f]%n",
                    plan[0], s.assignments().size(), problem.drills().size(), r.publishedCoverage(),
                    s.score().map(Object::toString).orElse("no score"),
                    ScheduleChecker.check(problem, s).summary(), coverage.mean(), coverage.low(), coverage.high());
        }
        for (String metric : List.of(RunMetrics.COVERAGE, RunMetrics.COMPLETED, "lost", "re-notifications",
                "teams and units re-notified")) {
            double[] d = new double[runs];
            for (int i = 0; i < runs; i++) {
                d[i] = robustReport.metrics(policy).get(i).values().get(metric)
                        - plainReport.metrics(policy).get(i).values().get(metric);
            }
            MetricSummary diff = Estimates.summarise(metric, d, RunMetrics.higherIsBetter(metric));
            System.out.printf(Locale.ROOT, "paired %s robust - plain: %+.4f [%+.4f, %+.4f]%n", metric, diff.mean(),
                    diff.low(), diff.high());
        }
    }

    private static SimulationReport simulate(DrillProblem problem, Schedule published, ReplanPolicy policy, int runs,
            long seed, int threads) {
        return MonteCarlo.of(problem, published, DisruptionModel.JUNE).withPolicies(List.of(policy)).withRuns(runs)
                .withSeed(seed).withThreads(threads).run();
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i ? args[i] : fallback;
    }
}
