package io.drillplan.solver.engine;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Sets the planning variables for the custom moves and the seats' slot listener, and tells the
 * engine about each change by its variable descriptor. The public {@code ScoreDirector} takes the
 * variable's name and looks it up in two maps on every change: some 6% of the search's time once
 * the score itself became cheap. One instance per score director, kept on its working solution.
 */
final class VariableChanges {

    private final ScoreDirector<DrillSolution> director;
    // Null when the director is not the engine's own (then the names are used).
    private final InnerScoreDirector<DrillSolution, ?> inner;
    private final VariableDescriptor<DrillSolution> slot;
    private final VariableDescriptor<DrillSolution> team;
    private final VariableDescriptor<DrillSolution> drillSlot;

    private VariableChanges(ScoreDirector<DrillSolution> director) {
        this.director = director;
        if (director instanceof InnerScoreDirector<DrillSolution, ?> engine) {
            inner = engine;
            var solution = engine.getSolutionDescriptor();
            slot = solution.findEntityDescriptorOrFail(PlannedDrill.class).getVariableDescriptor(PlannedDrill.SLOT);
            team = solution.findEntityDescriptorOrFail(TeamSeat.class).getVariableDescriptor(TeamSeat.TEAM);
            drillSlot = solution.findEntityDescriptorOrFail(TeamSeat.class).getVariableDescriptor(TeamSeat.DRILL_SLOT);
        } else {
            inner = null;
            slot = null;
            team = null;
            drillSlot = null;
        }
    }

    /** The instance for {@code director}, made on its first use. */
    static VariableChanges of(ScoreDirector<DrillSolution> director) {
        DrillSolution solution = director.getWorkingSolution();
        VariableChanges changes = solution.variableChanges();
        if (changes == null || changes.director != director) {
            changes = new VariableChanges(director);
            solution.setVariableChanges(changes);
        }
        return changes;
    }

    void slot(PlannedDrill drill, TimeSlot to) {
        change(slot, PlannedDrill.SLOT, drill, () -> drill.setSlot(to));
    }

    void team(TeamSeat seat, Team to) {
        change(team, TeamSeat.TEAM, seat, () -> seat.setTeam(to));
    }

    void drillSlot(TeamSeat seat, TimeSlot to) {
        change(drillSlot, TeamSeat.DRILL_SLOT, seat, () -> seat.setDrillSlot(to));
    }

    private void change(VariableDescriptor<DrillSolution> descriptor, String name, Object entity, Runnable set) {
        if (inner == null) {
            director.beforeVariableChanged(entity, name);
            set.run();
            director.afterVariableChanged(entity, name);
        } else {
            inner.beforeVariableChanged(descriptor, entity);
            set.run();
            inner.afterVariableChanged(descriptor, entity);
        }
    }
}
