package io.drillplan.solver;

import java.util.List;

/**
 * What the constraints say about one drill.
 *
 * @param drill the drill's id
 * @param hard hard penalty the drill is involved in
 * @param medium medium penalty
 * @param soft soft penalty
 * @param constraints names of the constraints that matched it, in descending penalty order
 */
public record DrillImpact(String drill, long hard, long medium, long soft, List<String> constraints) {

    /**
     * Copies the list.
     *
     * @param drill the drill's id
     * @param hard hard penalty the drill is involved in
     * @param medium medium penalty
     * @param soft soft penalty
     * @param constraints names of the matched constraints, copied
     */
    public DrillImpact {
        constraints = List.copyOf(constraints);
    }
}
