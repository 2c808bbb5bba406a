package io.drillplan.benchmarks;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.engine.DrillSolution;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.text.TextTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The tuned planner against two baselines on the same instances and the same time budget: the
 * greedy earliest-feasible-slot scheduler ({@link GreedyScheduler}, also the planner's start and
 * a fallback for users) and OptaPlanner's construction heuristic alone on the empty solution (see
 * {@link ConstructionHeuristics}: slots first, as the entity classes are declared, and teams
 * first). Every schedule is measured on the schedule itself (coverage by priority, road km,
 * workload spread) and verified by the independent {@code ScheduleChecker}.
 *
 * <pre>
 * java -cp ... io.drillplan.benchmarks.Baselines
 *     [--instances tiny=5s,county=10s,city=20s,pilot=20s,province=60s] [--budget 20s] [--seed 0] [--out DIR]
 * </pre>
 */
public final class Baselines {

    static final String DEFAULT_INSTANCES = "tiny=5s,county=10s,city=20s,pilot=20s,province=60s";

    private Baselines() {}

    /** One method's schedule of one instance. */
    record Result(String instance, String method, double seconds, ScheduleMeasures measures, String score) {}

    /** Runs the comparison; see the class documentation for the options. */
    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args, "instances", "budget", "seed", "out");
        List<Result> results = run(arguments);
        long broken = results.stream().filter(r -> r.measures().violations() > 0).count();
        if (broken > 0) {
            System.out.println("WARNING: " + broken + " schedule(s) break hard rules, see the violations column");
        }
    }

    static List<Result> run(Arguments arguments) {
        Duration defaultBudget = arguments.duration("budget", Duration.ofSeconds(20));
        long seed = arguments.number("seed", 0);
        Path out = arguments.outputDirectory("baselines");
        System.out.println("Machine: " + Machine.describe());
        List<Result> results = new ArrayList<>();
        TextTable table = new TextTable("instance", "method", ">budget s", ">time s", ">held", ">coverage %",
                ">travel km", ">travel vs greedy %", ">teams used", ">workload sd", ">workload max-min",
                ">high-risk mean day", ">violations", ">score (default weights)");
        List<String> targets = new ArrayList<>();
        for (String item : arguments.list("instances", DEFAULT_INSTANCES)) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            Duration budget = eq < 0 ? defaultBudget : Arguments.parseDuration("--instances " + name, item.substring(eq + 1));
            String label = Instances.label(name);
            DrillProblem problem = Instances.load(name);

            List<Result> rows = new ArrayList<>();
            long t0 = System.nanoTime();
            Schedule greedy = GreedyScheduler.schedule(problem);
            rows.add(result(label, "greedy", t0, problem, greedy));
            for (ConstructionHeuristics.Order order : ConstructionHeuristics.Order.values()) {
                t0 = System.nanoTime();
                DrillSolution empty = SolverInternals.emptySolution(problem, PreferenceWeights.DEFAULT);
                DrillSolution built = SolverFactory.<DrillSolution>create(ConstructionHeuristics.config(order, budget, seed))
                        .buildSolver().solve(empty);
                rows.add(result(label, "construction heuristic, " + order.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        t0, problem, SolverInternals.schedule(built, "not placed by the construction heuristic")));
            }
            t0 = System.nanoTime();
            Schedule tuned = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(budget).withUnimprovedLimit(null)
                    .withSeed(seed)).plan(problem);
            rows.add(result(label, "tuned planner", t0, problem, tuned));

            ScheduleMeasures g = rows.get(0).measures();
            for (Result r : rows) {
                ScheduleMeasures m = r.measures();
                table.row(label, r.method(), TextTable.number(budget.toMillis() / 1000.0, 0), TextTable.number(r.seconds(), 1),
                        m.scheduled() + "/" + m.drills(), TextTable.number(100 * m.coverage(), 2),
                        TextTable.number(m.travelKm(), 0), TextTable.number(100 * m.travelKm() / g.travelKm(), 1),
                        m.teamsUsed(), TextTable.number(m.workloadStdDev(), 2), m.workloadRange(),
                        TextTable.number(m.meanHighRiskDay(), 2), m.violations(), r.score());
                System.out.printf(Locale.ROOT, "%-10s %-40s %6.1fs held %d/%d coverage %.2f%% travel %.0f km, checker: %s%n",
                        label, r.method(), r.seconds(), m.scheduled(), m.drills(), 100 * m.coverage(), m.travelKm(),
                        m.checkSummary());
            }
            results.addAll(rows);
            ScheduleMeasures t = rows.get(rows.size() - 1).measures();
            targets.add(String.format(Locale.ROOT, "%s: tuned coverage %.2f%% vs greedy %.2f%%: %s; tuned travel %.1f%% of greedy's",
                    label, 100 * t.coverage(), 100 * g.coverage(),
                    t.coverage() >= g.coverage() - 1e-12 ? "at least greedy's (met)" : "BELOW greedy's (missed)",
                    100 * t.travelKm() / g.travelKm()));
        }
        System.out.println();
        System.out.print(table.aligned());
        System.out.println();
        targets.forEach(System.out::println);
        ResultFiles.write(out.resolve("baselines.csv"), table.csv());
        ResultFiles.write(out.resolve("baselines.md"), "Machine: " + Machine.describe() + "\n\n" + table.markdown()
                + "\n" + String.join("\n", targets.stream().map(s -> "- " + s).toList()) + "\n");
        System.out.println("Written: " + out.resolve("baselines.md").toAbsolutePath());
        return results;
    }

    private static Result result(String instance, String method, long startedNanos, DrillProblem problem,
            Schedule schedule) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        // Every schedule scored alike, by the engine's constraints with the default weights.
        String score = DrillPlanner.create(PlannerOptions.DEFAULT).explain(problem, schedule).score().toString();
        return new Result(instance, method, seconds, ScheduleMeasures.of(problem, schedule), score);
    }
}
