package io.drillplan.benchmarks;

import io.drillplan.model.DrillProblem;
import io.drillplan.solver.engine.DrillSolution;
import io.drillplan.solver.engine.SolverConfigs;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.text.TextTable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * Score calculation speed of the planner's constraints, and what each constraint costs.
 *
 * <p>First the planner's own solver (Late Acceptance with the slot-and-seat move, from the greedy
 * start) runs for a fixed time and its score calculation count is read: OptaPlanner's usual
 * "score calculation speed", the figure the performance target is about, with the steps and new
 * best solutions it made and the cost of one planning clone of the solution (the solver clones the
 * whole solution on every new best). Then the constraints
 * are driven directly with a seeded stream of random changes (see {@link ScoreCalculationDriver}),
 * with every constraint and with each constraint left out; the speed ratio shows what that
 * constraint costs. All variants replay the same changes in one JVM, timed by the thread's CPU
 * time, each paired back to back with the all-constraints baseline (see {@code --pairs}).
 *
 * <pre>
 * java -cp ... io.drillplan.benchmarks.ScoreSpeed [--instances pilot,province] [--solver-time 20s]
 *     [--steps 0] [--warmup 10s] [--variant-time 1s] [--variant-warmup 1s] [--pairs 5] [--seed 1]
 *     [--score incremental,streams] [--out DIR]
 * </pre>
 *
 * <p>{@code --score} names how the solver keeps its score: {@code incremental}, the planner's own
 * hand-kept score ({@code DrillScoreCalculator}), and {@code streams}, the constraint streams it
 * is checked against. The per-constraint breakdown always drives the constraint streams.
 *
 * <p>{@code --steps N} (N &gt; 0) runs the measured solve for N steps instead of
 * {@code --solver-time}: the same seed then makes the same search, so two builds of the same
 * search compare by their speed per CPU second on identical work, which a shared machine
 * disturbs far less than wall-clock time.
 */
public final class ScoreSpeed {

    private static final String ALL = "(all constraints)";

    private ScoreSpeed() {}

    /** Runs the measurements; see the class documentation for the options. */
    public static void main(String[] args) {
        run(Arguments.parse(args, "instances", "solver-time", "warmup", "variant-time", "variant-warmup", "pairs",
                "seed", "steps", "score", "out"));
    }

    static void run(Arguments arguments) {
        Duration solverTime = arguments.duration("solver-time", Duration.ofSeconds(20));
        Duration warmUp = arguments.duration("warmup", Duration.ofSeconds(10));
        Duration variantTime = arguments.duration("variant-time", Duration.ofSeconds(1));
        Duration variantWarmUp = arguments.duration("variant-warmup", Duration.ofSeconds(1));
        long seed = arguments.number("seed", 1);
        int pairs = Math.toIntExact(arguments.number("pairs", 5));
        // A step count instead of a time: the same search whatever the load, so that two builds
        // compare by CPU time on exactly the same work.
        long stepCount = arguments.number("steps", 0);
        Path out = arguments.outputDirectory("score-speed");
        System.out.println("Machine: " + Machine.describe());

        List<String> scores = arguments.list("score", "incremental,streams");
        for (String score : scores) {
            if (!score.equals("incremental") && !score.equals("streams")) {
                throw new IllegalArgumentException("--score: " + score + " is neither incremental nor streams");
            }
        }
        TextTable solverTable = new TextTable("instance", ">drills", ">seats", "score", "solver", ">wall ms", ">cpu ms",
                ">score calculations", ">score calc/s (wall)", ">score calc/s (cpu)", ">steps", ">new best solutions",
                ">clone ms", ">est. cloning share %");
        StringBuilder markdown = new StringBuilder("Machine: " + Machine.describe() + "\n\n");
        for (String instance : arguments.list("instances", "pilot,province")) {
            String label = Instances.label(instance);
            DrillProblem problem = Instances.load(instance);
            DrillSolution start = SolverInternals.warmStart(problem, PreferenceWeights.DEFAULT);
            int seats = problem.drills().stream().mapToInt(d -> d.teamCount()).sum();

            // The planner's solver, as DrillPlanner.plan runs it, but for a fixed time; and the same
            // without the ruin-and-recreate moves, whose every calculation scores a whole group
            // move, so that the constraints' own speed stays comparable with earlier runs.
            // The solver clones the whole solution on every new best: one clone's cost, the same for every row.
            double cloneMillis;
            try (ScoreCalculationDriver.Session session = ScoreCalculationDriver.open(start)) {
                cloneMillis = session.averageCloneMillis(20);
            }
            for (String score : scores) {
                boolean streams = score.equals("streams");
                for (boolean ruinAndRecreate : new boolean[] {true, false}) {
                    PlannerOptions options = PlannerOptions.DEFAULT.withSeed(seed).withUnimprovedLimit(null)
                            .withRuinAndRecreateMoves(ruinAndRecreate);
                    solve(start, options.withTimeLimit(warmUp), streams, new long[1], new long[1]);
                    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    long[] steps = {0};
                    long[] bests = {0};
                    PlannerOptions measured = stepCount > 0
                            ? options.withTimeLimit(Duration.ofHours(1)).withStepLimit(stepCount)
                            : options.withTimeLimit(solverTime);
                    SolverScope<DrillSolution> scope = solve(start, measured, streams, steps, bests);
                    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
                    long millis = scope.getTimeMillisSpent();
                    long count = scope.getScoreCalculationCount();
                    String solver = ruinAndRecreate ? "default (Late Acceptance, all moves)"
                            : "Late Acceptance without ruin-and-recreate";
                    solverTable.row(label, problem.drills().size(), seats, score, solver, millis,
                            cpuMillis, count, Math.round(count * 1000.0 / Math.max(1, millis)),
                            Math.round(count * 1000.0 / Math.max(1, cpuMillis)), steps[0], bests[0],
                            TextTable.number(cloneMillis, 2), TextTable.number(100 * bests[0] * cloneMillis / Math.max(1, millis), 1));
                    System.out.printf("%s, %s score, %s: solver %d score calculations in %d ms = %d/s (%d/s of CPU time)%n",
                            label, score, solver, count, millis, Math.round(count * 1000.0 / Math.max(1, millis)),
                            Math.round(count * 1000.0 / Math.max(1, cpuMillis)));
                }
            }
            if (pairs == 0) {
                continue;
            }

            TextTable breakdown = breakdown(start, warmUp, variantTime, variantWarmUp, seed, pairs);
            System.out.println();
            System.out.println(label + ": score calculation speed with one constraint left out (random changes)");
            System.out.print(breakdown.aligned());
            ResultFiles.write(out.resolve(label + "-constraints.csv"), breakdown.csv());
            markdown.append("### ").append(label).append(": constraints left out one at a time\n\n")
                    .append(breakdown.markdown()).append('\n');
        }
        System.out.println();
        System.out.print(solverTable.aligned());
        ResultFiles.write(out.resolve("solver-speed.csv"), solverTable.csv());
        markdown.insert(markdown.indexOf("\n\n") + 2, "### Solver score calculation speed\n\n" + solverTable.markdown() + "\n");
        ResultFiles.write(out.resolve("score-speed.md"), markdown.toString());
        System.out.println("Written: " + out.resolve("score-speed.md").toAbsolutePath());
    }

    /** Solves from {@code start}, counting steps and new best solutions into the one-element arrays. */
    private static SolverScope<DrillSolution> solve(DrillSolution start, PlannerOptions options, boolean streams,
            long[] steps, long[] bests) {
        SolverConfig config = SolverConfigs.build(options);
        if (streams) {
            config = SolverConfigs.withConstraintStreams(config);
        }
        DefaultSolver<DrillSolution> solver = (DefaultSolver<DrillSolution>) SolverFactory
                .<DrillSolution>create(config).buildSolver();
        solver.addEventListener(event -> bests[0]++);
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<DrillSolution> stepScope) {
                steps[0]++;
            }
        });
        solver.solve(start);
        return solver.getSolverScope();
    }

    /**
     * Speed with all constraints and with each left out. A baseline score director (all
     * constraints) stays open throughout; each variant is measured in {@code pairs} alternations
     * with it, back to back, and its ratio is the median of the paired ratios, so that a slower
     * or faster minute of the shared machine affects both sides of a pair alike.
     */
    private static TextTable breakdown(DrillSolution start, Duration warmUp, Duration time, Duration variantWarmUp,
            long seed, int pairs) {
        ConstraintSubset.omit(null);
        List<Double> baselineSpeeds = new ArrayList<>();
        Map<String, List<double[]>> pairsByConstraint = new LinkedHashMap<>();
        try (ScoreCalculationDriver.Session baseline = ScoreCalculationDriver.open(start)) {
            baseline.run(warmUp, seed);
            for (String name : ConstraintSubset.constraintNames()) {
                ConstraintSubset.omit(name);
                try (ScoreCalculationDriver.Session variant = ScoreCalculationDriver.open(start)) {
                    variant.run(variantWarmUp, seed);
                    List<double[]> measured = new ArrayList<>();
                    for (int p = 0; p < pairs; p++) {
                        // Alternate which side goes first, so that a trend within a pair cancels out.
                        double all;
                        double without;
                        if (p % 2 == 0) {
                            all = baseline.run(time, seed).perSecond();
                            without = variant.run(time, seed).perSecond();
                        } else {
                            without = variant.run(time, seed).perSecond();
                            all = baseline.run(time, seed).perSecond();
                        }
                        baselineSpeeds.add(all);
                        measured.add(new double[] {all, without});
                    }
                    pairsByConstraint.put(name, measured);
                } finally {
                    ConstraintSubset.omit(null);
                }
            }
        }
        double all = median(baselineSpeeds);
        double min = baselineSpeeds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = baselineSpeeds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();

        TextTable table = new TextTable("constraint left out", ">score calc/s", ">ratio to all", ">ratio range",
                "share of calc time");
        table.row(ALL, Math.round(all), "1.00", "", String.format(Locale.ROOT,
                "median; %d..%d/s over %d runs", Math.round(min), Math.round(max), baselineSpeeds.size()));
        List<Map.Entry<String, double[]>> rows = new ArrayList<>();
        pairsByConstraint.forEach((name, measured) -> {
            List<Double> ratios = measured.stream().map(m -> m[1] / m[0]).toList();
            List<Double> speeds = measured.stream().map(m -> m[1]).toList();
            rows.add(Map.entry(name, new double[] {median(ratios), median(speeds),
                    ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow()}));
        });
        rows.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        for (Map.Entry<String, double[]> row : rows) {
            double[] r = row.getValue();
            // Time per calculation with every constraint is 1/all, without this one 1/(ratio x all).
            table.row(row.getKey(), Math.round(r[1]), TextTable.number(r[0], 2),
                    TextTable.number(r[2], 2) + ".." + TextTable.number(r[3], 2), TextTable.number(100 * (1 - 1 / r[0]), 1) + "%");
        }
        return table;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
