package io.drillplan.benchmarks;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.text.TextTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grid over the soft weights that pull against each other (travel km, team workload fairness,
 * high-risk units early), each cell planned by the planner with the same seed and the same step
 * budget, so that a cell's result depends on its weights only and is reproducible on any machine.
 * Writes the trade-off table (CSV and markdown); a cell is marked Pareto-optimal when no other
 * cell is at least as good on travel, workload spread, high-risk mean day and coverage and
 * better on one of them.
 *
 * <pre>
 * java -cp ... io.drillplan.benchmarks.WeightSweep [--instance pilot] [--steps 100000]
 *     [--travel 1,3,10] [--workload 0,2,8] [--high-risk 0,4,16] [--seed 0] [--out DIR]
 * </pre>
 *
 * The other weights stay at their defaults ({@code PreferenceWeights.DEFAULT}).
 */
public final class WeightSweep {

    private WeightSweep() {}

    /** One cell of the grid. */
    record Cell(long travel, long workload, long highRisk, double seconds, ScheduleMeasures measures, String score) {}

    /** Runs the sweep; see the class documentation for the options. */
    public static void main(String[] args) {
        run(Arguments.parse(args, "instance", "steps", "travel", "workload", "high-risk", "seed", "out"));
    }

    static List<Cell> run(Arguments arguments) {
        String instance = arguments.text("instance", "pilot");
        long steps = arguments.number("steps", 100_000);
        long seed = arguments.number("seed", 0);
        Path out = arguments.outputDirectory("weight-sweep");
        DrillProblem problem = Instances.load(instance);
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Instance " + Instances.label(instance) + ": " + problem.drills().size() + " drills, "
                + steps + " steps per cell, seed " + seed);
        PreferenceWeights defaults = PreferenceWeights.DEFAULT;
        List<Cell> cells = new ArrayList<>();
        for (long travel : numbers(arguments, "travel", "1,3,10")) {
            for (long workload : numbers(arguments, "workload", "0,2,8")) {
                for (long highRisk : numbers(arguments, "high-risk", "0,4,16")) {
                    PreferenceWeights weights = new PreferenceWeights(travel, workload, highRisk, defaults.spread(),
                            defaults.chainContinuity(), defaults.stability());
                    // A generous time limit: the step limit ends the search, the same on any machine.
                    PlannerOptions options = PlannerOptions.DEFAULT.withWeights(weights).withSeed(seed)
                            .withStepLimit(steps).withTimeLimit(Duration.ofMinutes(30)).withUnimprovedLimit(null);
                    long t0 = System.nanoTime();
                    Schedule schedule = DrillPlanner.create(options).plan(problem);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    ScheduleMeasures m = ScheduleMeasures.of(problem, schedule);
                    cells.add(new Cell(travel, workload, highRisk, seconds, m, schedule.score().orElseThrow().toString()));
                    System.out.printf(Locale.ROOT,
                            "travel %3d workload %3d high-risk %3d: %.0f km, workload sd %.2f, high-risk day %.2f, "
                                    + "coverage %.2f%%, %d violations (%.1fs)%n",
                            travel, workload, highRisk, m.travelKm(), m.workloadStdDev(), m.meanHighRiskDay(),
                            100 * m.coverage(), m.violations(), seconds);
                }
            }
        }
        TextTable table = new TextTable(">w travelKm", ">w workload", ">w highRiskEarly", ">travel km", ">workload sd",
                ">workload max-min", ">high-risk mean day", ">coverage %", ">held", ">violations", "pareto", ">score",
                ">time s");
        for (Cell c : cells) {
            ScheduleMeasures m = c.measures();
            table.row(c.travel(), c.workload(), c.highRisk(), TextTable.number(m.travelKm(), 0),
                    TextTable.number(m.workloadStdDev(), 2), m.workloadRange(), TextTable.number(m.meanHighRiskDay(), 2),
                    TextTable.number(100 * m.coverage(), 2), m.scheduled() + "/" + m.drills(), m.violations(),
                    paretoOptimal(c, cells) ? "yes" : "", c.score(), TextTable.number(c.seconds(), 1));
        }
        System.out.println();
        System.out.print(table.aligned());
        ResultFiles.write(out.resolve("weight-sweep.csv"), table.csv());
        ResultFiles.write(out.resolve("weight-sweep.md"), "Machine: " + Machine.describe() + "\n\nInstance "
                + Instances.label(instance) + ", " + steps + " local search steps per cell, seed " + seed
                + "; other weights at their defaults (spread " + defaults.spread() + ", chainContinuity "
                + defaults.chainContinuity() + ").\n\n" + table.markdown());
        System.out.println("Written: " + out.resolve("weight-sweep.md").toAbsolutePath());
        return cells;
    }

    private static List<Long> numbers(Arguments arguments, String name, String fallback) {
        List<Long> values = new ArrayList<>();
        for (String item : arguments.list(name, fallback)) {
            try {
                values.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option --" + name + " '" + item + "': expected whole numbers", e);
            }
        }
        return values;
    }

    /** No other cell is at least as good on every measure and better on one. */
    static boolean paretoOptimal(Cell cell, List<Cell> cells) {
        for (Cell other : cells) {
            if (other != cell && dominates(other.measures(), cell.measures())) {
                return false;
            }
        }
        return true;
    }

    private static boolean dominates(ScheduleMeasures a, ScheduleMeasures b) {
        double[] x = objectives(a);
        double[] y = objectives(b);
        boolean better = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > y[i]) {
                return false;
            }
            better |= x[i] < y[i];
        }
        return better;
    }

    /** Lower is better for each: travel, workload spread, high-risk mean day, coverage missed. */
    private static double[] objectives(ScheduleMeasures m) {
        double day = Double.isNaN(m.meanHighRiskDay()) ? 0 : m.meanHighRiskDay();
        return new double[] {m.travelKm(), m.workloadStdDev(), day, 1 - m.coverage()};
    }
}
