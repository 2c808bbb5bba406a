package io.drillplan.solver.engine;


import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.Progress;
import io.drillplan.solver.ProgressListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Runs one or more independent local searches from the same start, each with its own seed and
 * thread, and returns the best schedule they found, ties going to the lower-numbered search.
 *
 * <p>The budget: every search runs until the time limit (counted from the plan call, greedy start
 * included) or a stop request. It ends earlier only when coverage has nowhere left to go, i.e.
 * the best schedule holds every drill that {@link CoverageBound} does not rule out, and the best
 * schedule has not improved for as long as it took to find it, at least one second and at most
 * the unimproved limit; soft gains count as improvement once they add up to a thousandth of the
 * soft score. A search that still gains coverage is never cut short.
 *
 * <p>Public for {@code DrillPlanner}, which it serves.
 */
public final class ParallelSearch {

    /** Checks deadlines and stop requests; daemon, so an embedding app can still exit. */
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "drillplan-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private static final AtomicInteger SEARCH_THREADS = new AtomicInteger();
    private static final Duration MIN_UNIMPROVED = Duration.ofSeconds(1);

    private final PlannerOptions options;
    private final List<SolverFactory<DrillSolution>> factories;
    private final SolutionManager<DrillSolution, HardMediumSoftLongScore> scorer;

    public ParallelSearch(PlannerOptions options) {
        this.options = options;
        this.factories = new ArrayList<>(options.threads());
        for (int i = 0; i < options.threads(); i++) {
            factories.add(SolverFactory.create(SolverConfigs.build(options.withSeed(seedOf(options.seed(), i)))));
        }
        // The constraint streams explain; the searches keep their score by hand (DrillScoreCalculator).
        scorer = SolutionManager.create(SolverFactory.create(
                SolverConfigs.withConstraintStreams(SolverConfigs.build(options))));
    }

    /** Scores and explains solutions with the same constraints and weights as the searches. */
    public SolutionManager<DrillSolution, HardMediumSoftLongScore> scorer() {
        return scorer;
    }

    /** The seed of search {@code i}: the options' own for the first, a derived one for the others. */
    static long seedOf(long seed, int i) {
        return i == 0 ? seed : seed + i * 0x9E3779B97F4A7C15L;
    }

    /** The best of the searches from {@code start}; {@code start} itself is left as it was. */
    public DrillSolution solve(DrillSolution start, long startedNanos, ProgressListener listener,
            Set<Solver<DrillSolution>> running, BooleanSupplier stopRequested) {
        if (stopRequested.getAsBoolean()) {
            // Stopped before the engine started: building its network would only delay the answer.
            return start;
        }
        Best best = new Best(startedNanos, listener, start.drills().size(), scorer.update(start));
        long bound = CoverageBound.bestMedium(start);
        List<Solver<DrillSolution>> solvers = new ArrayList<>();
        for (SolverFactory<DrillSolution> factory : factories) {
            Solver<DrillSolution> solver = factory.buildSolver();
            solver.addEventListener(event -> best.offer((HardMediumSoftLongScore) event.getNewBestScore(),
                    event.getNewBestSolution()));
            solvers.add(solver);
        }
        running.addAll(solvers);
        long deadline = startedNanos + options.timeLimit().toNanos();
        // Checked again and again until the searches end: the engine forgets a stop requested just
        // before its solve starts, and the deadline counts from the plan call.
        ScheduledFuture<?> watch = WATCH.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (stopRequested.getAsBoolean() || now - deadline >= 0 || best.nothingLeftToGain(bound, now)) {
                solvers.forEach(Solver::terminateEarly);
            }
        }, 0, 50, TimeUnit.MILLISECONDS);
        try {
            List<DrillSolution> results = solvers.size() == 1
                    ? List.of(solvers.get(0).solve(start))
                    : solveSideBySide(solvers, start);
            DrillSolution winner = results.get(0);
            for (DrillSolution result : results) {
                if (result.getScore().compareTo(winner.getScore()) > 0) {
                    winner = result;
                }
            }
            return winner;
        } finally {
            watch.cancel(false);
            running.removeAll(solvers);
        }
    }

    private static List<DrillSolution> solveSideBySide(List<Solver<DrillSolution>> solvers, DrillSolution start) {
        ExecutorService pool = Executors.newFixedThreadPool(solvers.size(), r -> {
            Thread thread = new Thread(r, "drillplan-search-" + SEARCH_THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            DrillSolutionCloner cloner = new DrillSolutionCloner();
            List<Future<DrillSolution>> futures = new ArrayList<>();
            for (Solver<DrillSolution> solver : solvers) {
                DrillSolution own = cloner.cloneSolution(start);
                futures.add(pool.submit(() -> solver.solve(own)));
            }
            List<DrillSolution> results = new ArrayList<>();
            for (Future<DrillSolution> future : futures) {
                results.add(await(future, solvers));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static DrillSolution await(Future<DrillSolution> future, List<Solver<DrillSolution>> solvers) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            solvers.forEach(Solver::terminateEarly);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the searches ran", e);
        } catch (ExecutionException e) {
            solvers.forEach(Solver::terminateEarly);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The best score over all searches, when it last improved, and the progress reports. */
    private final class Best {
        private final long startedNanos;
        private final ProgressListener listener;
        private final int drills;
        private HardMediumSoftLongScore score;
        // The last best that counted as progress for the early stop, and when it came.
        private HardMediumSoftLongScore significant;
        private long improvedNanos;

        Best(long startedNanos, ProgressListener listener, int drills, HardMediumSoftLongScore startScore) {
            this.startedNanos = startedNanos;
            this.listener = listener;
            this.drills = drills;
            this.score = startScore;
            this.significant = startScore;
            this.improvedNanos = System.nanoTime();
        }

        /**
         * Any gain in hard or medium counts; a soft gain counts once it adds up to a thousandth of
         * the soft score since the last one that counted: a long tail of tiny soft gains should
         * not keep a small month searching for its whole budget.
         */
        private boolean significant(HardMediumSoftLongScore newScore) {
            if (newScore.hardScore() != significant.hardScore() || newScore.mediumScore() != significant.mediumScore()) {
                return true;
            }
            long gain = newScore.softScore() - significant.softScore();
            return gain >= Math.max(1, Math.abs(significant.softScore()) / 1000);
        }

        synchronized void offer(HardMediumSoftLongScore newScore, DrillSolution solution) {
            if (newScore.compareTo(score) <= 0) {
                return;
            }
            score = newScore;
            if (significant(newScore)) {
                significant = newScore;
                improvedNanos = System.nanoTime();
            }
            listener.onProgress(new Progress(Duration.ofNanos(improvedNanos - startedNanos),
                    SolutionBuilder.score(newScore),
                    SolutionBuilder.heldCount(solution), drills));
        }

        synchronized boolean nothingLeftToGain(long bound, long now) {
            Duration limit = options.unimprovedLimit();
            if (limit == null || !score.isFeasible() || score.mediumScore() < bound) {
                return false;
            }
            long found = improvedNanos - startedNanos;
            long window = Math.min(limit.toNanos(), Math.max(MIN_UNIMPROVED.toNanos(), found));
            return now - improvedNanos >= window;
        }
    }
}
