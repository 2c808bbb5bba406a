package io.drillplan.solver;

import io.drillplan.model.Score;
import java.util.List;

/**
 * The score of a schedule broken down by constraint and by drill.
 *
 * @param score the total score; {@link Score#isFeasible()} says whether no hard rule is broken
 * @param constraints every constraint that matched, hard first, then by penalty
 * @param drills drills with any penalty, worst first (hard, then medium, then soft)
 */
public record Explanation(Score score, List<ConstraintTotal> constraints, List<DrillImpact> drills) {

    /**
     * Copies the lists.
     *
     * @param score the total score
     * @param constraints every constraint that matched, hard first, then by penalty
     * @param drills drills with any penalty, worst first
     */
    public Explanation {
        constraints = List.copyOf(constraints);
        drills = List.copyOf(drills);
    }

    /** {@return whether no hard rule is broken, as the score says} */
    public boolean feasible() {
        return score.isFeasible();
    }
}
