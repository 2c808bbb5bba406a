package io.drillplan.solver;

/**
 * Weights of the soft preferences, each a multiplier of its constraint's natural unit. A weight
 * of 0 switches a preference off. Hard rules and the medium penalty for unscheduled drills are
 * not weights: no preference can ever outweigh them.
 *
 * @param travelKm per road km from a team's base to a drill's unit
 * @param workload per unit of squared drill count per team (evens out the load)
 * @param highRiskEarly per day of delay for a red-risk unit's drill (half for orange)
 * @param spread per pair of drills held on the same date in one region
 * @param chainContinuity per step of a unit's chain guided by a different team of the same skill
 * @param stability per day a drill moves away from the published schedule, plus per team
 *     changed; only used by re-planning
 */
public record PreferenceWeights(
        long travelKm, long workload, long highRiskEarly, long spread, long chainContinuity,
        long stability) {

    /** Defaults tuned on the samples; see benchmarks/README.md. */
    public static final PreferenceWeights DEFAULT = new PreferenceWeights(1, 2, 4, 10, 30, 0);

    /**
     * Rejects negative weights, quoting the bad value.
     *
     * @param travelKm per road km; 0 or more
     * @param workload per unit of squared drill count per team; 0 or more
     * @param highRiskEarly per day of delay of a red-risk drill; 0 or more
     * @param spread per pair of drills on one date in one region; 0 or more
     * @param chainContinuity per chain step guided by another team; 0 or more
     * @param stability per day moved and team changed when re-planning; 0 or more
     * @throws IllegalArgumentException when a weight is negative
     */
    public PreferenceWeights {
        check("travelKm", travelKm);
        check("workload", workload);
        check("highRiskEarly", highRiskEarly);
        check("spread", spread);
        check("chainContinuity", chainContinuity);
        check("stability", stability);
    }

    private static void check(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(
                    "weight " + name + " must be 0 or more, was " + value);
        }
    }

    /**
     * A copy with the stability weight set, for re-planning.
     *
     * @param stability the new stability weight, 0 or more
     * @return these weights with {@code stability} replaced
     */
    public PreferenceWeights withStability(long stability) {
        return new PreferenceWeights(travelKm, workload, highRiskEarly, spread, chainContinuity, stability);
    }
}
