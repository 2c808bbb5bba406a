package io.drillplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps every benchmark runnable: each harness runs on the tiny preset (scaling on its smallest
 * size) with a budget of about a second, and its output is read back. These are not
 * measurements; the benchmarks themselves are main classes that {@code mvn verify} never runs.
 */
class HarnessSmokeTest {

    @TempDir
    Path out;

    @Test
    void solverComparisonWritesTheBenchmarkerReport() throws IOException {
        Path index = SolverComparison.run(Arguments.parse(new String[] {
            "--instances", "tiny=500ms", "--warmup", "1ms", "--statistics", "false", "--out", out.toString()},
                "instances", "budget", "warmup", "statistics", "seed", "out"));
        assertThat(index).exists().hasFileName("index.html");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        // Header and one row per configuration: three algorithms, with and without the move.
        assertThat(summary).hasSize(7);
        assertThat(summary.subList(1, 7)).allSatisfy(row -> assertThat(row).startsWith("tiny,").contains(",true,"));
    }

    @Test
    void scoreSpeedMeasuresTheSolverAndEveryConstraint() throws IOException {
        ScoreSpeed.run(Arguments.parse(new String[] {
            "--instances", "tiny", "--solver-time", "500ms", "--warmup", "200ms", "--variant-time", "50ms",
            "--variant-warmup", "20ms", "--pairs", "1", "--out", out.toString()},
                "instances", "solver-time", "warmup", "variant-time", "variant-warmup", "pairs", "seed", "score", "out"));
        List<String> solver = Files.readAllLines(out.resolve("solver-speed.csv"));
        // Header, then for the hand-kept score and the constraint streams: the default solver and
        // the same without ruin and recreate; column 8 counts score calculations.
        assertThat(solver).hasSize(5);
        assertThat(solver.subList(1, 3)).allSatisfy(row -> assertThat(row).contains(",incremental,"));
        assertThat(solver.subList(3, 5)).allSatisfy(row -> assertThat(row).contains(",streams,"));
        for (String row : solver.subList(1, 5)) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertThat(Long.parseLong(cells[7])).as(row).isPositive();
        }
        List<String> constraints = Files.readAllLines(out.resolve("tiny-constraints.csv"));
        // Header, the all-constraints baseline, then one row per constraint of DrillConstraints.
        assertThat(constraints).hasSizeGreaterThan(20);
        assertThat(constraints).anySatisfy(row -> assertThat(row).startsWith("Team double-booked,"));
        assertThat(Files.readString(out.resolve("score-speed.md"))).contains("Solver score calculation speed");
    }

    @Test
    void scoreSpeedWithAStepCountRunsExactlyThoseSteps() throws IOException {
        ScoreSpeed.run(Arguments.parse(new String[] {
            "--instances", "tiny", "--steps", "40", "--warmup", "100ms", "--pairs", "0", "--score", "incremental",
            "--out", out.toString()},
                "instances", "solver-time", "warmup", "variant-time", "variant-warmup", "pairs", "seed", "steps", "score",
                "out"));
        List<String> solver = Files.readAllLines(out.resolve("solver-speed.csv"));
        // Header, then the default solver and the same without ruin and recreate; column 11 counts steps.
        assertThat(solver).hasSize(3);
        for (String row : solver.subList(1, 3)) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertThat(cells[10]).as(row).isEqualTo("40");
        }
    }

    @Test
    void referenceBenchmarkMeasuresAReferenceMonthAgainstItsKnownValues() throws Exception {
        List<ReferenceBenchmark.Run> runs = ReferenceBenchmark.run(Arguments.parse(new String[] {
            "--instances", "reference/changzhi.json=3s", "--seeds", "0", "--out", out.toString()},
                "instances", "seeds", "threads", "move-threads", "out"));
        assertThat(runs).hasSize(1);
        ReferenceBenchmark.Run run = runs.get(0);
        assertThat(run.violations()).isZero();
        ReferenceBenchmark.Reference reference = ReferenceBenchmark.reference(
                java.nio.file.Path.of("reference/changzhi.json"), "changzhi");
        assertThat(reference).isNotNull();
        // Never below the greedy start, never above the proven optimum.
        assertThat(run.heldPriority()).isBetween(reference.greedyHeldPriority(), reference.upperBoundPriority());
        assertThat(run.tourKm()).isPositive();
        assertThat(Files.readString(out.resolve("reference.md"))).contains("changzhi");
    }

    @Test
    void baselinesAreCheckedAndTheTunedPlannerKeepsGreedyCoverage() {
        List<Baselines.Result> results = Baselines.run(Arguments.parse(new String[] {
            "--instances", "tiny=1s", "--out", out.toString()}, "instances", "budget", "seed", "out"));
        assertThat(results).extracting(Baselines.Result::method).containsExactly("greedy",
                "construction heuristic, slots first", "construction heuristic, teams first", "tuned planner");
        assertThat(results).allSatisfy(r -> assertThat(r.measures().violations()).isZero());
        ScheduleMeasures greedy = results.get(0).measures();
        ScheduleMeasures tuned = results.get(3).measures();
        assertThat(greedy.scheduled()).isPositive();
        assertThat(tuned.coverage()).isGreaterThanOrEqualTo(greedy.coverage());
        assertThat(out.resolve("baselines.csv")).exists();
        assertThat(out.resolve("baselines.md")).exists();
    }

    @Test
    void weightSweepWritesTheTradeOffTable() throws IOException {
        List<WeightSweep.Cell> cells = WeightSweep.run(Arguments.parse(new String[] {
            "--instance", "tiny", "--steps", "200", "--travel", "1,10", "--workload", "2", "--high-risk", "0",
            "--out", out.toString()}, "instance", "steps", "travel", "workload", "high-risk", "seed", "out"));
        assertThat(cells).hasSize(2);
        assertThat(cells).allSatisfy(c -> assertThat(c.measures().violations()).isZero());
        assertThat(cells).anySatisfy(c -> assertThat(WeightSweep.paretoOptimal(c, cells)).isTrue());
        assertThat(Files.readAllLines(out.resolve("weight-sweep.csv"))).hasSize(3);
        assertThat(Files.readString(out.resolve("weight-sweep.md"))).contains("| w travelKm |");
    }

    @Test
    void scalingRunsASizeInAFreshJvmAndChartsIt() throws IOException {
        List<Map<String, String>> results = Scaling.run(Arguments.parse(new String[] {
            "--sizes", "100", "--budget", "1s", "--xmx", "512m", "--out", out.toString()},
                "sizes", "budget", "xmx", "seed", "out"));
        assertThat(results).hasSize(1);
        Map<String, String> r = results.get(0);
        assertThat(r).containsEntry("status", "ok").containsEntry("violations", "0");
        assertThat(Double.parseDouble(r.get("first_feasible_s"))).isPositive();
        assertThat(Long.parseLong(r.get("peak_heap_mib"))).isPositive();
        assertThat(Files.readString(out.resolve("scaling.html"))).contains("<svg").contains("Peak heap");
        assertThat(out.resolve("scaling.csv")).exists();
    }
}
