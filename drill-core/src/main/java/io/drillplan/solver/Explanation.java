package io.drillplan.solver;

import java.util.List;

/**
 * The score of a schedule broken down by constraint and by drill.
 *
 * @param score the total score, for example {@code 0hard/-3medium/-48210soft}
 * @param feasible whether no hard rule is broken
 * @param constraints every constraint that matched, hard first, then by penalty
 * @param drills drills with any penalty, worst first (hard, then medium, then soft)
 */
public record Explanation(String score, boolean feasible, List<ConstraintTotal> constraints,
        List<DrillImpact> drills) {

    /**
     * Copies the lists.
     *
     * @param score the total score
     * @param feasible whether no hard rule is broken
     * @param constraints the constraint totals, copied
     * @param drills the drill impacts, copied
     */
    public Explanation {
        constraints = List.copyOf(constraints);
        drills = List.copyOf(drills);
    }
}
