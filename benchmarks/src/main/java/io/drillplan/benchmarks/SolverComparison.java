package io.drillplan.benchmarks;

import io.drillplan.format.DrillFormat;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.SearchAlgorithm;
import io.drillplan.solver.engine.SolverConfigs;
import io.drillplan.text.TextTable;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.PlannerBenchmarkResult;
import org.optaplanner.benchmark.impl.result.ProblemBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SingleBenchmarkResult;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The OptaPlanner Benchmarker report comparing the local search configurations of the planner:
 * Late Acceptance, Tabu Search and Great Deluge, each with and without the ruin-and-recreate moves,
 * every one starting from the greedy schedule as {@code DrillPlanner.plan} does, on the sample
 * presets. Each instance has its own time budget per run.
 *
 * <pre>
 * java -cp ... io.drillplan.benchmarks.SolverComparison \
 *     [--instances tiny=5s,county=10s,pilot=20s,province=60s] [--budget 20s] [--warmup 15s]
 *     [--statistics true] [--seed 0] [--out DIR]
 * </pre>
 *
 * An instance without {@code =budget} gets {@code --budget}. {@code --statistics false} leaves out
 * the per-problem charts (best score and step score over time, score calculation speed, moves per
 * step), which take most of the report's generation time. Prints the path of the HTML report.
 */
public final class SolverComparison {

    static final String DEFAULT_INSTANCES = "tiny=5s,county=10s,pilot=20s,province=60s";

    private SolverComparison() {}

    /** Runs the comparison; see the class documentation for the options. */
    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args, "instances", "budget", "warmup", "statistics", "seed", "out");
        Path report = run(arguments);
        System.out.println("Benchmark report: " + report.toAbsolutePath());
    }

    /** Runs the comparison and returns the report's index.html. */
    static Path run(Arguments arguments) {
        Duration defaultBudget = arguments.duration("budget", Duration.ofSeconds(20));
        Duration warmUp = arguments.duration("warmup", Duration.ofSeconds(15));
        long seed = arguments.number("seed", 0);
        boolean statistics = Boolean.parseBoolean(arguments.text("statistics", "true"));
        Path out = arguments.outputDirectory("solver-comparison");
        // Instances grouped by budget, in the order given: one set of solver benchmarks per budget.
        Map<Duration, List<File>> byBudget = new LinkedHashMap<>();
        for (String item : arguments.list("instances", DEFAULT_INSTANCES)) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            Duration budget = eq < 0 ? defaultBudget : Arguments.parseDuration("--instances " + name, item.substring(eq + 1));
            // The Benchmarker reads problems from files and names them after the file.
            Path file = out.resolve("inputs").resolve(Instances.label(name) + ".json");
            DrillFormat.writeProblem(Instances.load(name), file);
            byBudget.computeIfAbsent(budget, b -> new ArrayList<>()).add(file.toFile());
        }
        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        for (Map.Entry<Duration, List<File>> group : byBudget.entrySet()) {
            String suffix = byBudget.size() == 1 ? "" : " (" + seconds(group.getKey()) + ")";
            ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig()
                    .withSolutionFileIOClass(WarmStartFileIO.class)
                    .withInputSolutionFileList(group.getValue());
            if (statistics) {
                problems.withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.STEP_SCORE,
                        ProblemStatisticType.SCORE_CALCULATION_SPEED, ProblemStatisticType.MOVE_COUNT_PER_STEP);
            } else {
                problems.withProblemStatisticsEnabled(false);
            }
            for (SearchAlgorithm algorithm : SearchAlgorithm.values()) {
                for (boolean ruinAndRecreate : new boolean[] {true, false}) {
                    PlannerOptions options = PlannerOptions.DEFAULT.withAlgorithm(algorithm)
                            .withRuinAndRecreateMoves(ruinAndRecreate).withSeed(seed)
                            .withTimeLimit(group.getKey()).withUnimprovedLimit(null);
                    SolverConfig config = SolverConfigs.build(options)
                            .withTerminationConfig(new TerminationConfig().withSpentLimit(group.getKey()));
                    solvers.add(new SolverBenchmarkConfig()
                            .withName(configName(algorithm, ruinAndRecreate) + suffix)
                            .withSolverConfig(config)
                            .withProblemBenchmarksConfig(problems));
                }
            }
        }
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("drillplan local search configurations")
                .withBenchmarkDirectory(out.resolve("report").toFile())
                // Two cores shared with other work: one run at a time keeps the runs comparable.
                .withParallelBenchmarkCount("1")
                .withWarmUpMillisecondsSpentLimit(warmUp.toMillis())
                .withSolverBenchmarkConfigList(solvers);
        System.out.println("Machine: " + Machine.describe());
        byBudget.forEach((budget, files) -> System.out.println("Budget " + seconds(budget) + " per run: "
                + files.stream().map(File::getName).toList()));
        System.out.println("Running " + solvers.size() + " solver configurations ...");
        DefaultPlannerBenchmark benchmark = (DefaultPlannerBenchmark) PlannerBenchmarkFactory.create(config)
                .buildPlannerBenchmark();
        benchmark.benchmark();
        TextTable summary = summary(benchmark.getPlannerBenchmarkResult());
        System.out.println();
        System.out.print(summary.aligned());
        ResultFiles.write(out.resolve("summary.csv"), summary.csv());
        ResultFiles.write(out.resolve("summary.md"), "Machine: " + Machine.describe() + "\n\n" + summary.markdown());
        System.out.println("Summary: " + out.resolve("summary.md").toAbsolutePath());
        return benchmark.getBenchmarkReport().getHtmlOverviewFile().toPath();
    }

    /** Per instance and configuration: the best score, the rank on that instance, the speed. */
    private static TextTable summary(PlannerBenchmarkResult result) {
        TextTable table = new TextTable("instance", "configuration", ">rank", ">best score", "feasible",
                ">score calc/s", ">time ms");
        for (ProblemBenchmarkResult<?> problem : result.getUnifiedProblemBenchmarkResultList()) {
            for (SingleBenchmarkResult single : problem.getSingleBenchmarkResultList()) {
                Score<?> score = single.getAverageScore();
                table.row(problem.getName(), single.getSolverBenchmarkResult().getName(),
                        single.getRanking() == null ? "n/a" : single.getRanking() + 1,
                        score == null ? "failed" : score.toString(), score != null && score.isFeasible(),
                        single.getScoreCalculationSpeed() == null ? "n/a" : single.getScoreCalculationSpeed(),
                        single.getTimeMillisSpent());
            }
        }
        return table;
    }

    static String configName(SearchAlgorithm algorithm, boolean ruinAndRecreate) {
        String name = switch (algorithm) {
            case LATE_ACCEPTANCE -> "Late Acceptance";
            case TABU_SEARCH -> "Tabu Search";
            case GREAT_DELUGE -> "Great Deluge";
        };
        return name + (ruinAndRecreate ? " with ruin-and-recreate" : " without ruin-and-recreate");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

}
