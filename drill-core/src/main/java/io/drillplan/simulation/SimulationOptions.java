package io.drillplan.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a simulated month that are neither the disruptions nor the policy. Immutable;
 * derive variants with the {@code with} methods, starting from {@link #DEFAULT}.
 *
 * @param noticeDays how many days after today count as announced: drills on today and the next
 *     {@code noticeDays} days stay where they are under {@link ReplanPolicy#REPAIR} unless
 *     disrupted, and a change to one of them is a re-notification; 0 or more
 * @param repairSteps the budget of each {@link ReplanPolicy#REPAIR} morning, 0 or more: at most
 *     this many exchanges of its search for room, and this many local search steps of its solve
 *     (0: the greedy placement only). A count, unlike a time budget, gives the same result on any
 *     machine
 * @param repairTimeLimit a safety limit on each repair solve's wall-clock time, positive; set it
 *     well above what the steps take, since a solve stopped by time is not reproducible
 */
public record SimulationOptions(int noticeDays, long repairSteps, Duration repairTimeLimit) {

    /** Notice period of 2 days, 200 repair steps, a 60 second safety limit. */
    public static final SimulationOptions DEFAULT = new SimulationOptions(2, 200, Duration.ofSeconds(60));

    /**
     * Checks every field, quoting a bad value.
     *
     * @param noticeDays how many days after today count as announced: drills on today and the next
     *     {@code noticeDays} days stay where they are under {@link ReplanPolicy#REPAIR} unless
     *     disrupted, and a change to one of them is a re-notification; 0 or more
     * @param repairSteps local search steps of each {@link ReplanPolicy#REPAIR} solve, 0 or more
     *     (0: the greedy fill of the warm start only). A step budget, unlike a time budget, gives the
     *     same result on any machine
     * @param repairTimeLimit a safety limit on each repair solve's wall-clock time, positive; set it
     *     well above what the steps take, since a solve stopped by time is not reproducible
     */
    public SimulationOptions {
        if (noticeDays < 0) {
            throw new IllegalArgumentException("noticeDays must be 0 or more, was " + noticeDays);
        }
        if (repairSteps < 0) {
            throw new IllegalArgumentException("repairSteps must be 0 or more, was " + repairSteps);
        }
        Objects.requireNonNull(repairTimeLimit, "repairTimeLimit");
        if (repairTimeLimit.isNegative() || repairTimeLimit.isZero()) {
            throw new IllegalArgumentException("repairTimeLimit must be positive, was " + repairTimeLimit);
        }
    }

    /**
     * A copy with another notice period.
     *
     * @param noticeDays how many days after today count as announced, 0 or more
     * @return the changed options
     */
    public SimulationOptions withNoticeDays(int noticeDays) {
        return new SimulationOptions(noticeDays, repairSteps, repairTimeLimit);
    }

    /**
     * A copy with another step budget for each repair solve.
     *
     * @param repairSteps local search steps of each repair solve, 0 or more
     * @return the changed options
     */
    public SimulationOptions withRepairSteps(long repairSteps) {
        return new SimulationOptions(noticeDays, repairSteps, repairTimeLimit);
    }

    /**
     * A copy with another safety time limit for each repair solve.
     *
     * @param repairTimeLimit the safety limit on each repair solve's wall-clock time, positive
     * @return the changed options
     */
    public SimulationOptions withRepairTimeLimit(Duration repairTimeLimit) {
        return new SimulationOptions(noticeDays, repairSteps, repairTimeLimit);
    }
}
