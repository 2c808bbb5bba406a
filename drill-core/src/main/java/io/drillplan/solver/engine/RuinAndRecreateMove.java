package io.drillplan.solver.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Re-places a group of drills at once: each part gives one drill its new slot (or none) and
 * crew. Built by {@link RuinAndRecreateMoveFactory}, which takes a related group of drills out
 * and puts them and left-out drills back in greedily; one step of the search can so make room
 * for a drill that no single change could bring in. Each drill appears in one part at most.
 */
final class RuinAndRecreateMove extends AbstractMove<DrillSolution> {

    private final List<SlotAndSeatsMove> parts;
    private final String description;

    RuinAndRecreateMove(List<SlotAndSeatsMove> parts, String description) {
        this.parts = parts;
        this.description = description;
    }

    List<SlotAndSeatsMove> parts() {
        return parts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DrillSolution> scoreDirector) {
        for (SlotAndSeatsMove part : parts) {
            if (part.isMoveDoable(scoreDirector)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected RuinAndRecreateMove createUndoMove(ScoreDirector<DrillSolution> scoreDirector) {
        // Parts touch distinct drills, so every undo part reads the state before this move.
        List<SlotAndSeatsMove> undo = new ArrayList<>(parts.size());
        for (int i = parts.size() - 1; i >= 0; i--) {
            undo.add(parts.get(i).undoFromCurrentState());
        }
        return new RuinAndRecreateMove(undo, "undo " + description);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DrillSolution> scoreDirector) {
        // The engine scores only the end state, so the order of the parts does not matter.
        for (SlotAndSeatsMove part : parts) {
            part.apply(scoreDirector);
        }
    }

    @Override
    public RuinAndRecreateMove rebase(ScoreDirector<DrillSolution> destination) {
        List<SlotAndSeatsMove> rebased = new ArrayList<>(parts.size());
        for (SlotAndSeatsMove part : parts) {
            rebased.add(part.rebase(destination));
        }
        return new RuinAndRecreateMove(rebased, description);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "RuinAndRecreateMove";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        Set<Object> entities = new LinkedHashSet<>();
        parts.forEach(p -> entities.addAll(p.getPlanningEntities()));
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        parts.forEach(p -> values.addAll(p.getPlanningValues()));
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuinAndRecreateMove other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return description + " " + parts;
    }
}
