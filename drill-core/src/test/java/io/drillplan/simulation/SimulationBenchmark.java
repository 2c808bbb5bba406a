package io.drillplan.simulation;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.report.SimulationTable;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurements of the simulation issue, as a program rather than a test (they take minutes):
 * plans a sample preset with the solver on a step budget (reproducible), then runs the Monte
 * Carlo comparison of the policies and times it.
 *
 * <pre>
 * mvn -B -q -pl drill-core -am test-compile
 * mvn -B -q -pl drill-core dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp drill-core/target/classes:drill-core/target/test-classes:$(cat cp.txt) \
 *     io.drillplan.simulation.SimulationBenchmark PILOT 30 repair,shift,none 2 200
 * </pre>
 *
 * Arguments, all optional: preset (PILOT), replications (30), policies (repair,shift,none),
 * threads (2), repair steps per solve (the default of {@link SimulationOptions}), planning steps
 * for the published schedule (20000), seed (7), a factor on every disruption rate (1: the June
 * model as it is).
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {}

    /**
     * Runs the measurement.
     *
     * @param args preset, replications, policies, threads, repair steps, planning steps, seed, rate factor
     */
    public static void main(String[] args) {
        SampleProblems.Preset preset = SampleProblems.Preset.fromName(arg(args, 0, "PILOT"));
        int runs = Integer.parseInt(arg(args, 1, "30"));
        List<ReplanPolicy> policies = new ArrayList<>();
        for (String p : arg(args, 2, "repair,shift,none").split(",")) {
            policies.add(ReplanPolicy.valueOf(p.trim().toUpperCase(Locale.ROOT)));
        }
        int threads = Integer.parseInt(arg(args, 3, "2"));
        long repairSteps = Long.parseLong(arg(args, 4, Long.toString(SimulationOptions.DEFAULT.repairSteps())));
        long planSteps = Long.parseLong(arg(args, 5, "20000"));
        long seed = Long.parseLong(arg(args, 6, "7"));
        double scale = Double.parseDouble(arg(args, 7, "1"));
        DisruptionModel model = scale == 1 ? DisruptionModel.JUNE : DisruptionModel.JUNE.scaled(scale);

        DrillProblem problem = SampleProblems.generate(preset);
        long t0 = System.nanoTime();
        Schedule published = DrillPlanner.create(PlannerOptions.DEFAULT.withStepLimit(planSteps)
                .withUnimprovedLimit(null).withTimeLimit(Duration.ofMinutes(10))).plan(problem);
        System.out.printf(Locale.ROOT, "planned %s: %d drills, %d scheduled, %s, %s in %.1f s%n", preset,
                problem.drills().size(), published.assignments().size(), published.score().map(Object::toString).orElse("no score"),
                ScheduleChecker.check(problem, published).summary(), (System.nanoTime() - t0) / 1e9);

        SimulationOptions options = SimulationOptions.DEFAULT.withRepairSteps(repairSteps);
        long t1 = System.nanoTime();
        SimulationReport report = MonteCarlo.of(problem, published, model)
                .withPolicies(policies).withRuns(runs).withSeed(seed).withThreads(threads).withOptions(options)
                .run();
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.print(SimulationTable.text(report, Locale.ENGLISH));
        System.out.printf(Locale.ROOT, "%d replications x %s on %d threads (%d cores): %.1f s%n", runs, policies,
                threads, Runtime.getRuntime().availableProcessors(), seconds);
        for (int i = 0; i + 1 < policies.size(); i++) {
            ReplanPolicy a = policies.get(i);
            ReplanPolicy b = policies.get(i + 1);
            System.out.printf(Locale.ROOT, "per replication, %s - %s: drills held, priority held, teams and units re-notified%n", a, b);
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < runs; r++) {
                RunMetrics x = report.metrics(a).get(r);
                RunMetrics y = report.metrics(b).get(r);
                long priority = Math.round((x.coverage() - y.coverage()) * problem.drills().stream()
                        .mapToLong(io.drillplan.model.DrillRequest::priority).sum());
                line.append(String.format(Locale.ROOT, " %d:%+d/%+d/%+d", r + 1, x.completed() - y.completed(), priority,
                        x.partiesReNotified() - y.partiesReNotified()));
                if ((r + 1) % 10 == 0 || r + 1 == runs) {
                    System.out.println(" " + line);
                    line.setLength(0);
                }
            }
        }
        for (ReplanPolicy p : policies) {
            System.out.printf(Locale.ROOT, "%s replication 1: %d events, %d repair solves, %d adopted, %d fallbacks%n", p,
                    report.firstRun(p).events().size(), report.firstRun(p).repairSolves(), report.firstRun(p).repairAdopted(), report.firstRun(p).repairFallbacks());
        }
    }

    private static String arg(String[] args, int i, String fallback) {
        return args.length > i ? args[i] : fallback;
    }
}
