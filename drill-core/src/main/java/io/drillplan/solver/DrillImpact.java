package io.drillplan.solver;

import io.drillplan.model.ScheduleConstraint;
import java.util.List;

/**
 * What the constraints say about one drill.
 *
 * @param drill the drill's id
 * @param hard hard penalty the drill is involved in
 * @param medium medium penalty
 * @param soft soft penalty
 * @param constraints the constraints that matched it, in descending penalty order
 */
public record DrillImpact(String drill, long hard, long medium, long soft, List<ScheduleConstraint> constraints) {

    /**
     * Copies the list.
     *
     * @param drill the drill's id
     * @param hard hard penalty the drill is involved in
     * @param medium medium penalty
     * @param soft soft penalty
     * @param constraints the constraints that matched it, in descending penalty order
     */
    public DrillImpact {
        constraints = List.copyOf(constraints);
    }
}
