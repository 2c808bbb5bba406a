package io.drillplan.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how the planner searches. Immutable; derive variants with the {@code with}
 * methods, starting from {@link #DEFAULT}.
 *
 * @param timeLimit wall-clock budget of a whole plan or re-plan call, the greedy start included;
 *     positive
 * @param unimprovedLimit stop earlier when the best schedule has not improved for this long, or
 *     {@code null} to use the whole budget
 * @param stepLimit stop after this many local search steps, or {@code null}; with a step limit
 *     and no time pressure, the same seed gives the same schedule on any machine
 * @param threads move threads, 1 for none; more threads only pay off on large problems
 * @param seed random seed: the same seed and step limit give the same schedule
 * @param weights soft preference weights
 * @param algorithm the local search metaheuristic
 * @param slotAndSeatMoves whether to use the move that changes a drill's slot and crew together
 * @param fullAssert check every score incrementally computed against a full recalculation
 *     (very slow; for tests that hunt score corruption)
 */
public record PlannerOptions(
        Duration timeLimit,
        Duration unimprovedLimit,
        Long stepLimit,
        int threads,
        long seed,
        PreferenceWeights weights,
        SearchAlgorithm algorithm,
        boolean slotAndSeatMoves,
        boolean fullAssert) {

    /** 30 seconds, stop after 10 seconds without improvement, one thread, seed 0, defaults. */
    public static final PlannerOptions DEFAULT = new PlannerOptions(Duration.ofSeconds(30), Duration.ofSeconds(10),
            null, 1, 0L, PreferenceWeights.DEFAULT, SearchAlgorithm.LATE_ACCEPTANCE, true, false);

    /** Validates every field, quoting the bad value. */
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
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** A copy with another time limit. */
    public PlannerOptions withTimeLimit(Duration timeLimit) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with another unimproved-time limit ({@code null}: none). */
    public PlannerOptions withUnimprovedLimit(Duration unimprovedLimit) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with a step limit ({@code null}: none). */
    public PlannerOptions withStepLimit(Long stepLimit) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with another number of move threads. */
    public PlannerOptions withThreads(int threads) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with another seed. */
    public PlannerOptions withSeed(long seed) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with other preference weights. */
    public PlannerOptions withWeights(PreferenceWeights weights) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with another local search algorithm. */
    public PlannerOptions withAlgorithm(SearchAlgorithm algorithm) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with the slot-and-crew move switched on or off. */
    public PlannerOptions withSlotAndSeatMoves(boolean slotAndSeatMoves) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }

    /** A copy with full score assertion switched on or off. */
    public PlannerOptions withFullAssert(boolean fullAssert) {
        return new PlannerOptions(timeLimit, unimprovedLimit, stepLimit, threads, seed, weights, algorithm,
                slotAndSeatMoves, fullAssert);
    }
}
