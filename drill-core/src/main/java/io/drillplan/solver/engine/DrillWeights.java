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
 */
@ConstraintConfiguration
public final class DrillWeights {

    @ConstraintWeight(DrillConstraints.ROLE_UNFILLED)
    private HardMediumSoftLongScore roleUnfilled = HardMediumSoftLongScore.ONE_MEDIUM;
    @ConstraintWeight(DrillConstraints.PREREQUISITE_UNDERSTAFFED)
    private HardMediumSoftLongScore prerequisiteUnderstaffed = HardMediumSoftLongScore.ONE_HARD;
    @ConstraintWeight(DrillConstraints.TRAVEL)
    private HardMediumSoftLongScore travel;
    @ConstraintWeight(DrillConstraints.WORKLOAD)
    private HardMediumSoftLongScore workload;
    @ConstraintWeight(DrillConstraints.HIGH_RISK_LATE)
    private HardMediumSoftLongScore highRiskLate;
    @ConstraintWeight(DrillConstraints.PILED_UP)
    private HardMediumSoftLongScore piledUp;
    @ConstraintWeight(DrillConstraints.CHAIN_TEAM_CHANGED)
    private HardMediumSoftLongScore chainTeamChanged;
    @ConstraintWeight(DrillConstraints.PUBLISHED_CHANGED)
    private HardMediumSoftLongScore publishedChanged;
    @ConstraintWeight(DrillConstraints.PUBLISHED_TEAM_CHANGED)
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
}
