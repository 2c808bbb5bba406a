package io.drillplan.solver.engine;

import io.drillplan.solver.PreferenceWeights;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Engine internal (public only for the engine's reflection): the configurable constraint weights. "Role unfilled" is medium while
 * planning (an empty seat is a drill left out) and hard when a finished schedule is checked (a
 * schedule that lists a drill as held must staff it); "Prerequisite understaffed" is hard while
 * planning (the output drops that prerequisite) and off when checking (the empty seat is rule 4's
 * business there, not rule 9's).
 *
 * <p>The names are the titles of {@link io.drillplan.model.ScheduleConstraint}, written out because
 * an annotation takes only constants; a test checks that each one is a title.
 */
@ConstraintConfiguration
public final class DrillWeights {

    @ConstraintWeight("Role unfilled")
    private HardMediumSoftLongScore roleUnfilled = HardMediumSoftLongScore.ONE_MEDIUM;
    @ConstraintWeight("Prerequisite understaffed")
    private HardMediumSoftLongScore prerequisiteUnderstaffed = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight("Travel distance")
    private HardMediumSoftLongScore travel;
    @ConstraintWeight("Team workload")
    private HardMediumSoftLongScore workload;
    @ConstraintWeight("High-risk unit late")
    private HardMediumSoftLongScore highRiskLate;
    @ConstraintWeight("Drills piled on a day")
    private HardMediumSoftLongScore piledUp;
    @ConstraintWeight("Chain guided by different teams")
    private HardMediumSoftLongScore chainTeamChanged;
    @ConstraintWeight("Published date changed")
    private HardMediumSoftLongScore publishedChanged;
    @ConstraintWeight("Published team changed")
    private HardMediumSoftLongScore publishedTeamChanged;

    /** For the solution cloner. */
    public DrillWeights() {
        this(PreferenceWeights.DEFAULT, false);
    }

    DrillWeights(PreferenceWeights w, boolean strictStaffing) {
        roleUnfilled = strictStaffing ? HardMediumSoftLongScore.ONE_HARD : HardMediumSoftLongScore.ONE_MEDIUM;
        prerequisiteUnderstaffed = strictStaffing ? HardMediumSoftLongScore.ZERO : HardMediumSoftLongScore.ONE_HARD;
        travel = HardMediumSoftLongScore.ofSoft(w.travelKm());
        workload = HardMediumSoftLongScore.ofSoft(w.workload());
        highRiskLate = HardMediumSoftLongScore.ofSoft(w.highRiskEarly());
        piledUp = HardMediumSoftLongScore.ofSoft(w.spread());
        chainTeamChanged = HardMediumSoftLongScore.ofSoft(w.chainContinuity());
        publishedChanged = HardMediumSoftLongScore.ofSoft(w.stability());
        publishedTeamChanged = HardMediumSoftLongScore.ofSoft(w.stability());
    }

    // Read by DrillScoreCalculator, which applies the same weights by hand.

    HardMediumSoftLongScore roleUnfilled() {
        return roleUnfilled;
    }

    HardMediumSoftLongScore prerequisiteUnderstaffed() {
        return prerequisiteUnderstaffed;
    }

    HardMediumSoftLongScore travel() {
        return travel;
    }

    HardMediumSoftLongScore workload() {
        return workload;
    }

    HardMediumSoftLongScore highRiskLate() {
        return highRiskLate;
    }

    HardMediumSoftLongScore piledUp() {
        return piledUp;
    }

    HardMediumSoftLongScore chainTeamChanged() {
        return chainTeamChanged;
    }

    HardMediumSoftLongScore publishedChanged() {
        return publishedChanged;
    }

    HardMediumSoftLongScore publishedTeamChanged() {
        return publishedTeamChanged;
    }
}
