package io.drillplan.solver.engine;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Engine internal: copies a drill's slot into the shadow variable of each of its seats. */
public final class SeatSlotUpdater implements VariableListener<DrillSolution, PlannedDrill> {

    @Override
    public void beforeEntityAdded(ScoreDirector<DrillSolution> scoreDirector, PlannedDrill drill) {
        // Nothing to do before the drill exists.
    }

    @Override
    public void afterEntityAdded(ScoreDirector<DrillSolution> scoreDirector, PlannedDrill drill) {
        update(scoreDirector, drill);
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<DrillSolution> scoreDirector, PlannedDrill drill) {
        // The new slot is only known after the change.
    }

    @Override
    public void afterVariableChanged(ScoreDirector<DrillSolution> scoreDirector, PlannedDrill drill) {
        update(scoreDirector, drill);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<DrillSolution> scoreDirector, PlannedDrill drill) {
        // Seats go with their drill.
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<DrillSolution> scoreDirector, PlannedDrill drill) {
        // Seats go with their drill.
    }

    private static void update(ScoreDirector<DrillSolution> scoreDirector, PlannedDrill drill) {
        TimeSlot slot = drill.getSlot();
        VariableChanges changes = null;
        for (TeamSeat seat : drill.seats()) {
            if (seat.getDrillSlot() != slot) {
                if (changes == null) {
                    changes = VariableChanges.of(scoreDirector);
                }
                changes.drillSlot(seat, slot);
            }
        }
    }
}
