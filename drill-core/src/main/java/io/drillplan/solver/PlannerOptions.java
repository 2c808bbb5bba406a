package io.drillplan.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how the planner searches. Immutable; derive variants with the {@code with}
 * methods, starting from {@link #DEFAULT}.
 *
 * @param timeLimit wall-clock budget of a whole plan or re-plan call, the greedy start included;
 *     positive
 * @param unimprovedLimit the longest wait for an improvement once coverage has nowhere left to go
 *     (every drill held that could be held at all): the search then stops when the best schedule
 *     has not improved for as long as it took to find it, at least 1 s and at most this long;
 *     {@code null} to use the whole budget always. A search still short of that coverage always
 *     runs until {@code timeLimit}
 * @param stepLimit stop after this many local search steps, or {@code null}; with a step limit
 *     and no time pressure, the same seed gives the same schedule on any machine
 * @param threads independent searches run side by side, each on its own thread with its own
 *     seed (the first with {@code seed} itself); the best schedule wins, ties going to the
 *     lower-numbered search. With a step limit, the same seed and thread count give the same
 *     schedule, and more threads never give a worse one than a single search
 * @param moveThreads OptaPlanner move threads per search, 0 for none: they share one search's
 *     move evaluation instead of running searches side by side
 * @param seed random seed: the same seed, thread count and step limit give the same schedule
 * @param weights soft preference weights
 * @param algorithm the local search metaheuristic
 * @param slotAndSeatMoves whether to use the move that changes a drill's slot and crew together
 * @param ruinAndRecreateMoves whether to use the moves that take a related group of drills out and
 *     put them and left-out drills back in greedily, which is what changes which drills are held
 * @param fullAssert check every score incrementally computed against a full recalculation
 *     (very slow; for tests that hunt score corruption)
 */
public record PlannerOptions(
        Duration timeLimit,
        Duration unimprovedLimit,
        Long stepLimit,
        int threads,
        int moveThreads,
        long seed,
        PreferenceWeights weights,
        SearchAlgorithm algorithm,
        boolean slotAndSeatMoves,
        boolean ruinAndRecreateMoves,
        boolean fullAssert) {

    /**
     * 30 seconds, at most 10 seconds without improvement once coverage is complete, one search,
     * no move threads, seed 0, Late Acceptance with every move, default weights.
     */
    public static final PlannerOptions DEFAULT = new PlannerOptions(Duration.ofSeconds(30), Duration.ofSeconds(10),
            null, 1, 0, 0L, PreferenceWeights.DEFAULT, SearchAlgorithm.LATE_ACCEPTANCE, true, true, false);

    /** The most threads a planner accepts: more than any machine it runs on needs. */
    public static final int MAX_THREADS = 256;

    /**
     * Validates every field, quoting the bad value.
     *
     * @param timeLimit the wall-clock budget; positive
     * @param unimprovedLimit the longest wait for an improvement at full coverage; positive, or
     *     {@code null} for none
     * @param stepLimit the most local search steps; 0 or more, or {@code null} for none
     * @param threads independent searches; 1 to {@link #MAX_THREADS}
     * @param moveThreads move threads per search; 0 to {@link #MAX_THREADS}
     * @param seed the random seed
     * @param weights the soft preference weights; not {@code null}
     * @param algorithm the local search metaheuristic; not {@code null}
     * @param slotAndSeatMoves whether to use the slot-and-crew move
     * @param ruinAndRecreateMoves whether to use the ruin-and-recreate moves
     * @param fullAssert whether to check every incremental score
     * @throws IllegalArgumentException when a value is out of range
     * @throws NullPointerException when {@code timeLimit}, {@code weights} or {@code algorithm}
     *     is {@code null}
     */
    public PlannerOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(algorithm, "algorithm");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
        }
        if (unimprovedLimit != null && (unimprovedLimit.isNegative() || unimprovedLimit.isZero())) {
            throw new IllegalArgumentException("unimprovedLimit must be positive, was " + unimprovedLimit);
        }
        if (stepLimit != null && stepLimit < 0) {
            throw new IllegalArgumentException("stepLimit must be 0 or more, was " + stepLimit);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1 to " + MAX_THREADS + ", was " + threads);
        }
        if (moveThreads < 0 || moveThreads > MAX_THREADS) {
            throw new IllegalArgumentException("moveThreads must be 0 to " + MAX_THREADS + ", was " + moveThreads);
        }
    }

    /**
     * A copy with another time limit.
     *
     * @param timeLimit the new value
     * @return a copy of these options with timeLimit replaced
     */
    public PlannerOptions withTimeLimit(Duration timeLimit) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with another unimproved-time limit ({@code null}: none).
     *
     * @param unimprovedLimit the new value
     * @return a copy of these options with unimprovedLimit replaced
     */
    public PlannerOptions withUnimprovedLimit(Duration unimprovedLimit) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with a step limit ({@code null}: none).
     *
     * @param stepLimit the new value
     * @return a copy of these options with stepLimit replaced
     */
    public PlannerOptions withStepLimit(Long stepLimit) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with another number of parallel searches.
     *
     * @param threads the new value
     * @return a copy of these options with threads replaced
     */
    public PlannerOptions withThreads(int threads) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with another number of move threads per search (0: none).
     *
     * @param moveThreads the new value
     * @return a copy of these options with moveThreads replaced
     */
    public PlannerOptions withMoveThreads(int moveThreads) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with another seed.
     *
     * @param seed the new value
     * @return a copy of these options with seed replaced
     */
    public PlannerOptions withSeed(long seed) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with other preference weights.
     *
     * @param weights the new value
     * @return a copy of these options with weights replaced
     */
    public PlannerOptions withWeights(PreferenceWeights weights) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with another local search algorithm.
     *
     * @param algorithm the new value
     * @return a copy of these options with algorithm replaced
     */
    public PlannerOptions withAlgorithm(SearchAlgorithm algorithm) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with the slot-and-crew move switched on or off.
     *
     * @param slotAndSeatMoves the new value
     * @return a copy of these options with slotAndSeatMoves replaced
     */
    public PlannerOptions withSlotAndSeatMoves(boolean slotAndSeatMoves) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with the ruin-and-recreate moves switched on or off.
     *
     * @param ruinAndRecreateMoves the new value
     * @return a copy of these options with ruinAndRecreateMoves replaced
     */
    public PlannerOptions withRuinAndRecreateMoves(boolean ruinAndRecreateMoves) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }

    /**
     * A copy with full score assertion switched on or off.
     *
     * @param fullAssert the new value
     * @return a copy of these options with fullAssert replaced
     */
    public PlannerOptions withFullAssert(boolean fullAssert) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, moveThreads, seed, weights, algorithm,
                slotAndSeatMoves, ruinAndRecreateMoves, fullAssert);
    }
}
