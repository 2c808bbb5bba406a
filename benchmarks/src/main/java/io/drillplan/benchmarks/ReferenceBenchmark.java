package io.drillplan.benchmarks;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Schedule;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.text.TextTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plans each reference month (benchmarks/reference/) with the default options and several
 * seeds, and prints coverage, held drills and travel next to the best known values, the proven
 * upper bound and the greedy start of {@code reference/values.csv}. Travel is measured by
 * {@link TourDistance}, as the reference values are.
 *
 * <pre>
 * java -cp ... io.drillplan.benchmarks.ReferenceBenchmark
 *     [--instances benchmarks/reference/changzhi.json=30s,benchmarks/reference/changzhi-dense.json=60s]
 *     [--seeds 0,1,2] [--threads 1] [--move-threads 0] [--out DIR]
 * </pre>
 */
public final class ReferenceBenchmark {

    static final String DEFAULT_INSTANCES =
            "benchmarks/reference/changzhi.json=30s,benchmarks/reference/changzhi-dense.json=60s";

    private ReferenceBenchmark() {}

    /** The known values of one reference month, from values.csv next to it. */
    record Reference(long prioritySum, long bestHeldPriority, int bestHeld, double bestTravelKm,
            long upperBoundPriority, boolean boundIsOptimum, long greedyHeldPriority) {

        double bestCoverage() {
            return (double) bestHeldPriority / prioritySum;
        }

        double bound() {
            return (double) upperBoundPriority / prioritySum;
        }
    }

    /** One plan of one month with one seed. */
    record Run(String instance, long seed, double seconds, int held, int drills, long heldPriority,
            double coverage, double tourKm, int violations, double coverageSeconds) {}

    /** Runs the benchmark; see the class documentation for the options. */
    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args, "instances", "seeds", "threads", "move-threads", "out");
        List<Run> runs = run(arguments);
        if (runs.stream().anyMatch(r -> r.violations() > 0)) {
            System.out.println("WARNING: a schedule breaks hard rules, see the violations column");
            System.exit(1);
        }
    }

    static List<Run> run(Arguments arguments) {
        List<Long> seeds = arguments.list("seeds", "0,1,2").stream().map(Long::parseLong).toList();
        int threads = (int) arguments.number("threads", PlannerOptions.DEFAULT.threads());
        int moveThreads = (int) arguments.number("move-threads", PlannerOptions.DEFAULT.moveThreads());
        Path out = arguments.outputDirectory("reference");
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Searches side by side: " + threads + ", move threads per search: " + moveThreads);
        TextTable table = new TextTable("instance", ">seed", ">budget s", ">time s", ">held", ">held priority",
                ">coverage", ">best known", ">gap to best", ">upper bound", ">gap to bound", ">tour km",
                ">km vs best known %", ">violations", ">coverage reached at s", "score");
        List<Run> runs = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (String item : arguments.list("instances", DEFAULT_INSTANCES)) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            Duration budget = eq < 0 ? PlannerOptions.DEFAULT.timeLimit()
                    : Arguments.parseDuration("--instances " + name, item.substring(eq + 1));
            String label = Instances.label(name);
            DrillProblem problem = Instances.load(name);
            Reference reference = reference(Path.of(name), label);
            Map<String, DrillRequest> drills = problem.drillsById();
            List<Run> mine = new ArrayList<>();
            for (long seed : seeds) {
                PlannerOptions options = PlannerOptions.DEFAULT.withTimeLimit(budget).withSeed(seed).withThreads(threads)
                        .withMoveThreads(moveThreads);
                long t0 = System.nanoTime();
                // When the held priority last rose: how long the search needed for its coverage.
                double[] coverageAt = {0};
                long[] bestMedium = {Long.MIN_VALUE};
                Schedule schedule = DrillPlanner.create(options).plan(problem, progress -> {
                    long medium = progress.bestScore().medium();
                    if (medium > bestMedium[0]) {
                        bestMedium[0] = medium;
                        coverageAt[0] = progress.elapsed().toMillis() / 1000.0;
                    }
                });
                double seconds = (System.nanoTime() - t0) / 1e9;
                long heldPriority = schedule.assignments().stream()
                        .mapToLong(a -> drills.get(a.drill()).priority()).sum();
                long total = problem.drills().stream().mapToLong(DrillRequest::priority).sum();
                Run run = new Run(label, seed, seconds, schedule.assignments().size(), problem.drills().size(),
                        heldPriority, (double) heldPriority / total, TourDistance.km(problem, schedule.assignments()),
                        ScheduleChecker.check(problem, schedule).violations().size(), coverageAt[0]);
                mine.add(run);
                table.row(label, seed, TextTable.number(budget.toMillis() / 1000.0, 0), TextTable.number(seconds, 1),
                        run.held() + "/" + run.drills(), heldPriority + "/" + total, TextTable.number(run.coverage(), 4),
                        reference == null ? "" : TextTable.number(reference.bestCoverage(), 4),
                        reference == null ? "" : TextTable.number(run.coverage() - reference.bestCoverage(), 4),
                        reference == null ? "" : TextTable.number(reference.bound(), 4),
                        reference == null ? "" : TextTable.number(run.coverage() - reference.bound(), 4),
                        TextTable.number(run.tourKm(), 0),
                        reference == null ? "" : TextTable.number(100 * run.tourKm() / reference.bestTravelKm(), 1),
                        run.violations(), TextTable.number(run.coverageSeconds(), 1), schedule.score().orElseThrow());
                System.out.printf(Locale.ROOT, "%-16s seed %d: %.1fs held %d/%d, priority %d/%d, coverage %.4f, tour %.0f km, violations %d%n",
                        label, seed, seconds, run.held(), run.drills(), heldPriority, total, run.coverage(), run.tourKm(),
                        run.violations());
            }
            runs.addAll(mine);
            summaries.add(summary(label, mine, reference));
        }
        System.out.println();
        System.out.print(table.aligned());
        System.out.println();
        summaries.forEach(System.out::println);
        ResultFiles.write(out.resolve("reference.csv"), table.csv());
        ResultFiles.write(out.resolve("reference.md"), "Machine: " + Machine.describe() + "\n\n" + table.markdown()
                + "\n" + String.join("\n", summaries.stream().map(s -> "- " + s).toList()) + "\n");
        System.out.println("Written: " + out.resolve("reference.md").toAbsolutePath());
        return runs;
    }

    private static String summary(String label, List<Run> runs, Reference reference) {
        double min = runs.stream().mapToDouble(Run::coverage).min().orElse(Double.NaN);
        double mean = runs.stream().mapToDouble(Run::coverage).average().orElse(Double.NaN);
        double max = runs.stream().mapToDouble(Run::coverage).max().orElse(Double.NaN);
        String text = String.format(Locale.ROOT, "%s: coverage min %.4f, mean %.4f, max %.4f over %d seeds",
                label, min, mean, max, runs.size());
        if (reference != null) {
            long atBest = runs.stream().filter(r -> r.heldPriority() >= reference.bestHeldPriority()).count();
            text += String.format(Locale.ROOT, "; best known %.4f reached by %d of %d; bound %.4f (%s); greedy %.4f",
                    reference.bestCoverage(), atBest, runs.size(), reference.bound(),
                    reference.boundIsOptimum() ? "proven optimum" : "LP relaxation",
                    (double) reference.greedyHeldPriority() / reference.prioritySum());
        }
        return text;
    }

    /** The row of values.csv beside {@code problemFile} for {@code label}, or null when there is none. */
    static Reference reference(Path problemFile, String label) {
        Path values = problemFile.toAbsolutePath().resolveSibling("values.csv");
        if (!Files.isRegularFile(values)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(values);
            Map<String, Integer> column = new HashMap<>();
            String[] header = lines.get(0).split(",");
            for (int i = 0; i < header.length; i++) {
                column.put(header[i].trim(), i);
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (f[column.get("problem")].trim().equals(label)) {
                    return new Reference(Long.parseLong(f[column.get("priority_sum")].trim()),
                            Long.parseLong(f[column.get("best_held_priority")].trim()),
                            Integer.parseInt(f[column.get("best_held")].trim()),
                            Double.parseDouble(f[column.get("best_travel_km")].trim()),
                            Long.parseLong(f[column.get("upper_bound_priority")].trim()),
                            Boolean.parseBoolean(f[column.get("bound_proven_optimal")].trim()),
                            Long.parseLong(f[column.get("greedy_held_priority")].trim()));
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(values.toString(), e);
        }
    }
}
