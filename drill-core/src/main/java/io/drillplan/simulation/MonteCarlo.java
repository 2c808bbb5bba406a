package io.drillplan.simulation;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many simulated months of one published schedule, under several policies, with common random
 * numbers: replication {@code r} of every policy meets the same disruptions, so the policies are
 * compared on equal terms and their differences have far less noise than their levels.
 *
 * <pre>{@code
 * SimulationReport report = MonteCarlo.of(problem, published, DisruptionModel.JUNE)
 *         .withPolicies(List.of(ReplanPolicy.REPAIR, ReplanPolicy.SHIFT, ReplanPolicy.NONE))
 *         .withRuns(30).withSeed(7).withThreads(2)
 *         .run();
 * System.out.print(SimulationTable.text(report, Locale.ENGLISH));
 * }</pre>
 *
 * <p>Replications run in parallel on a pool of {@code min(threads, runs x policies)} threads,
 * each with its own planners for REPAIR. Results are stored by replication number,
 * and every run depends only on (seed, replication, policy, options), so the report is the same
 * whatever the number of threads or their timing. Immutable; derive variants with the
 * {@code with} methods.
 */
public final class MonteCarlo {

    /** Told of each finished run; called from the worker threads, so it must be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        /** Ignores progress. */
        Progress NONE = (done, total) -> { };

        /**
         * One more run finished.
         *
         * @param done runs finished so far
         * @param total runs in all (replications times policies)
         */
        void runDone(int done, int total);
    }

    private final SimulationInput input;
    private final List<ReplanPolicy> policies;
    private final int runs;
    private final long seed;
    private final SimulationOptions options;
    private final int threads;
    private final Progress progress;

    private MonteCarlo(SimulationInput input, List<ReplanPolicy> policies, int runs, long seed,
            SimulationOptions options, int threads, Progress progress) {
        this.input = input;
        this.policies = policies;
        this.runs = runs;
        this.seed = seed;
        this.options = options;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * 30 replications of REPAIR, SHIFT and NONE with seed 0, {@link SimulationOptions#DEFAULT}
     * and one thread per processor.
     *
     * @param problem the month's problem
     * @param published the schedule as published before the month starts; it must keep every
     *     hard rule
     * @param model the disruptions
     * @return the experiment, not yet run
     * @throws io.drillplan.model.InvalidProblemException when the problem is invalid
     * @throws IllegalArgumentException when the published schedule breaks a hard rule or a
     *     scripted event names an unknown id
     */
    public static MonteCarlo of(DrillProblem problem, Schedule published, DisruptionModel model) {
        return new MonteCarlo(SimulationInput.of(problem, published, model),
                List.of(ReplanPolicy.REPAIR, ReplanPolicy.SHIFT, ReplanPolicy.NONE), 30, 0L,
                SimulationOptions.DEFAULT, Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    /**
     * A copy comparing {@code policies} (at least one, no repeats), in this order.
     *
     * @param policies the policies to compare
     * @return the changed experiment
     */
    public MonteCarlo withPolicies(List<ReplanPolicy> policies) {
        Objects.requireNonNull(policies, "policies");
        if (policies.isEmpty() || policies.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("policies must name at least one policy and no null, were " + policies);
        }
        if (new LinkedHashSet<>(policies).size() != policies.size()) {
            throw new IllegalArgumentException("policies must not repeat, were " + policies);
        }
        return new MonteCarlo(input, List.copyOf(policies), runs, seed, options, threads, progress);
    }

    /**
     * A copy with {@code runs} replications per policy (1 or more).
     *
     * @param runs replications per policy
     * @return the changed experiment
     */
    public MonteCarlo withRuns(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be 1 or more, was " + runs);
        }
        return new MonteCarlo(input, policies, runs, seed, options, threads, progress);
    }

    /**
     * A copy with another seed.
     *
     * @param seed the seed of every random draw
     * @return the changed experiment
     */
    public MonteCarlo withSeed(long seed) {
        return new MonteCarlo(input, policies, runs, seed, options, threads, progress);
    }

    /**
     * A copy with other simulation options.
     *
     * @param options notice period and repair budget
     * @return the changed experiment
     */
    public MonteCarlo withOptions(SimulationOptions options) {
        return new MonteCarlo(input, policies, runs, seed, Objects.requireNonNull(options, "options"), threads,
                progress);
    }

    /**
     * A copy running on at most {@code threads} threads (1 or more).
     *
     * @param threads the most threads; results do not depend on it
     * @return the changed experiment
     */
    public MonteCarlo withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        return new MonteCarlo(input, policies, runs, seed, options, threads, progress);
    }

    /**
     * A copy that reports each finished run to {@code progress}.
     *
     * @param progress called after each run
     * @return the changed experiment
     */
    public MonteCarlo withProgress(Progress progress) {
        return new MonteCarlo(input, policies, runs, seed, options, threads,
                Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Runs every replication of every policy and summarises them.
     *
     * @return the metrics of every replication of every policy, their summaries and the first run
     *     of each policy in full
     */
    public SimulationReport run() {
        int total = runs * policies.size();
        RunMetrics[][] metrics = new RunMetrics[policies.size()][runs];
        List<List<List<DayTally>>> days = new ArrayList<>();
        policies.forEach(p -> days.add(new ArrayList<>(java.util.Collections.nCopies(runs, null))));
        SimulationRun[] firstRuns = new SimulationRun[policies.size()];
        // The slowest policy first, so that no thread is left with a long run at the end.
        List<int[]> tasks = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            for (int p = 0; p < policies.size(); p++) {
                tasks.add(new int[] {p, r});
            }
        }
        tasks.sort(Comparator.comparingInt((int[] t) -> cost(policies.get(t[0]))).reversed()
                .thenComparingInt(t -> t[1]).thenComparingInt(t -> t[0]));
        int poolSize = Math.min(threads, total);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "drill-simulation-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, factory);
        // One planner per thread: creating one builds the solver factory, too slow to do per run.
        ThreadLocal<RepairPlanners> planners = ThreadLocal.withInitial(() -> RepairPlanners.of(options));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int[] task : tasks) {
                int p = task[0];
                int r = task[1];
                futures.add(pool.submit(() -> {
                    ReplanPolicy policy = policies.get(p);
                    SimulationRun run = new MonthRun(input, policy, seed, r, options, planners.get(),
                            ScheduleVersionListener.NONE).run();
                    // Only replication 1 is kept whole: the event logs of all would take memory for nothing.
                    metrics[p][r - 1] = run.metrics();
                    synchronized (days) {
                        days.get(p).set(r - 1, run.days());
                    }
                    if (r == 1) {
                        firstRuns[p] = run;
                    }
                    progress.runDone(done.incrementAndGet(), total);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        Map<ReplanPolicy, List<RunMetrics>> metricsByPolicy = new LinkedHashMap<>();
        Map<ReplanPolicy, List<List<DayTally>>> daysByPolicy = new LinkedHashMap<>();
        Map<ReplanPolicy, SimulationRun> first = new LinkedHashMap<>();
        for (int p = 0; p < policies.size(); p++) {
            metricsByPolicy.put(policies.get(p), List.of(metrics[p]));
            daysByPolicy.put(policies.get(p), List.copyOf(days.get(p)));
            first.put(policies.get(p), firstRuns[p]);
        }
        double publishedCoverage = input.totalPriority == 0 ? 0
                : (double) input.publishedAssignments.keySet().stream()
                        .mapToLong(id -> input.drills.get(id).priority()).sum() / input.totalPriority;
        return new SimulationReport(input.problem.name(), input.problem.drills().size(),
                input.publishedAssignments.size(), publishedCoverage, seed, options, policies, metricsByPolicy,
                daysByPolicy, first);
    }

    private static int cost(ReplanPolicy policy) {
        return switch (policy) {
            case REPAIR -> 2;
            case SHIFT -> 1;
            case NONE -> 0;
        };
    }
}
