package io.drillplan.benchmarks;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.solver.engine.DrillSolution;
import io.drillplan.solver.engine.SolverConfigs;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.PreferenceWeights;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One point of the scaling benchmark, run by {@link Scaling} in a fresh JVM so that its heap and
 * its cold start are its own: generates the instance (see {@link Instances}), then runs the planner's
 * pipeline (validate, greedy schedule, planning solution, local search for a fixed time) and
 * prints one {@code RESULT} line of {@code key=value} pairs.
 *
 * <pre>
 * java -Xmx2g -cp ... io.drillplan.benchmarks.ScalingRun --instance size:5000 [--budget 30s] [--seed 0]
 * </pre>
 */
public final class ScalingRun {

    /** Prefix of the line {@link Scaling} reads. */
    static final String RESULT = "RESULT ";

    private ScalingRun() {}

    /** Runs one size; see the class documentation for the options. */
    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args, "instance", "budget", "seed");
        String instance = arguments.text("instance", "size:1000");
        Duration budget = arguments.duration("budget", Duration.ofSeconds(30));
        long seed = arguments.number("seed", 0);
        System.out.println(RESULT + run(instance, budget, seed));
    }

    static String run(String instance, Duration budget, long seed) {
        try (HeapWatch heap = HeapWatch.start()) {
            long g0 = System.nanoTime();
            DrillProblem problem = Instances.load(instance);
            double generateSeconds = seconds(g0);

            // The planner's pipeline, timed from here: what DrillPlanner.plan does.
            long t0 = System.nanoTime();
            ProblemValidator.validate(problem);
            Schedule greedy = GreedyScheduler.schedule(problem);
            double greedySeconds = seconds(t0);
            DrillSolution start = SolverInternals.emptySolution(problem, PreferenceWeights.DEFAULT);
            SolverInternals.apply(start, greedy);
            double startSeconds = seconds(t0);

            PlannerOptions options = PlannerOptions.DEFAULT.withTimeLimit(budget).withUnimprovedLimit(null)
                    .withSeed(seed);
            DefaultSolver<DrillSolution> solver = (DefaultSolver<DrillSolution>) SolverFactory
                    .<DrillSolution>create(SolverConfigs.build(options)).buildSolver();
            double[] firstFeasible = {Double.NaN};
            String[] initialScore = {null};
            solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                @Override
                public void phaseStarted(AbstractPhaseScope<DrillSolution> phaseScope) {
                    // The start's score, calculated by the solver before its first step.
                    HardMediumSoftLongScore score = (HardMediumSoftLongScore) phaseScope.getSolverScope().getBestScore();
                    initialScore[0] = score.toString();
                    if (score.isFeasible() && Double.isNaN(firstFeasible[0])) {
                        firstFeasible[0] = seconds(t0);
                    }
                }
            });
            solver.addEventListener(event -> {
                if (event.getNewBestScore().isFeasible() && Double.isNaN(firstFeasible[0])) {
                    firstFeasible[0] = seconds(t0);
                }
            });
            DrillSolution best = solver.solve(start);
            double totalSeconds = seconds(t0);
            long calculations = solver.getSolverScope().getScoreCalculationCount();
            long solveMillis = solver.getSolverScope().getTimeMillisSpent();
            // A full collection with the solver and solution still referenced: the live heap of a finished plan.
            long liveAtEnd = heap.liveAfterFullGc();
            Schedule schedule = SolverInternals.schedule(best, "left out by the search");
            ScheduleMeasures measures = ScheduleMeasures.of(problem, schedule);

            StringJoiner out = new StringJoiner(" ");
            out.add("instance=" + Instances.label(instance));
            out.add("drills=" + problem.drills().size());
            out.add("teams=" + problem.teams().size());
            out.add("seats=" + problem.drills().stream().mapToInt(d -> d.teamCount()).sum());
            out.add("generate_s=" + fmt(generateSeconds));
            out.add("greedy_s=" + fmt(greedySeconds));
            out.add("start_s=" + fmt(startSeconds));
            out.add("first_feasible_s=" + fmt(firstFeasible[0]));
            out.add("total_s=" + fmt(totalSeconds));
            out.add("initial_score=" + initialScore[0]);
            out.add("final_score=" + best.getScore());
            out.add("held=" + measures.scheduled());
            out.add("coverage=" + fmt(measures.coverage()));
            out.add("travel_km=" + Math.round(measures.travelKm()));
            out.add("violations=" + measures.violations());
            out.add("score_calc_per_s=" + Math.round(calculations * 1000.0 / Math.max(1, solveMillis)));
            out.add("peak_heap_mib=" + heap.peakUsed() / (1024 * 1024));
            out.add("peak_after_gc_mib=" + heap.peakAfterGc() / (1024 * 1024));
            out.add("live_at_end_mib=" + liveAtEnd / (1024 * 1024));
            out.add("max_heap_mib=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
            return out.toString();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.3f", value);
    }
}
