package io.drillplan.solver.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Moves a drill to a new slot and re-crews its seats in one step. Changing only the slot would
 * double-book the drill's teams on the new date (the score trap), and changing only a team
 * cannot bring an unscheduled drill in; together they can.
 */
final class SlotAndSeatsMove extends AbstractMove<DrillSolution> {

    private final PlannedDrill drill;
    private final TimeSlot toSlot;
    private final List<TeamSeat> seats;
    private final List<Team> toTeams;

    SlotAndSeatsMove(PlannedDrill drill, TimeSlot toSlot, List<TeamSeat> seats, List<Team> toTeams) {
        this.drill = drill;
        this.toSlot = toSlot;
        this.seats = seats;
        this.toTeams = toTeams;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DrillSolution> scoreDirector) {
        if (drill.getSlot() != toSlot) {
            return true;
        }
        for (int i = 0; i < seats.size(); i++) {
            if (seats.get(i).getTeam() != toTeams.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected SlotAndSeatsMove createUndoMove(ScoreDirector<DrillSolution> scoreDirector) {
        return undoFromCurrentState();
    }

    /** The move back to the drill's current slot and crew. */
    SlotAndSeatsMove undoFromCurrentState() {
        List<Team> fromTeams = new ArrayList<>(seats.size());
        for (TeamSeat seat : seats) {
            fromTeams.add(seat.getTeam());
        }
        return new SlotAndSeatsMove(drill, drill.getSlot(), seats, fromTeams);
    }

    /** Sets the target slot and crew, telling the engine only about what changes. */
    void apply(ScoreDirector<DrillSolution> scoreDirector) {
        VariableChanges changes = VariableChanges.of(scoreDirector);
        if (drill.getSlot() != toSlot) {
            changes.slot(drill, toSlot);
        }
        for (int i = 0; i < seats.size(); i++) {
            TeamSeat seat = seats.get(i);
            if (seat.getTeam() != toTeams.get(i)) {
                changes.team(seat, toTeams.get(i));
            }
        }
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DrillSolution> scoreDirector) {
        VariableChanges changes = VariableChanges.of(scoreDirector);
        changes.slot(drill, toSlot);
        for (int i = 0; i < seats.size(); i++) {
            changes.team(seats.get(i), toTeams.get(i));
        }
    }

    @Override
    public SlotAndSeatsMove rebase(ScoreDirector<DrillSolution> destination) {
        List<TeamSeat> rebasedSeats = new ArrayList<>(seats.size());
        List<Team> rebasedTeams = new ArrayList<>(toTeams.size());
        for (int i = 0; i < seats.size(); i++) {
            rebasedSeats.add(destination.lookUpWorkingObject(seats.get(i)));
            rebasedTeams.add(destination.lookUpWorkingObjectOrReturnNull(toTeams.get(i)));
        }
        return new SlotAndSeatsMove(destination.lookUpWorkingObject(drill),
                destination.lookUpWorkingObjectOrReturnNull(toSlot), rebasedSeats, rebasedTeams);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SlotAndSeatsMove(PlannedDrill.slot+TeamSeat.team)";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(seats.size() + 1);
        entities.add(drill);
        entities.addAll(seats);
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>(toTeams.size() + 1);
        values.add(toSlot);
        values.addAll(toTeams);
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotAndSeatsMove other && drill == other.drill && toSlot == other.toSlot
                && seats.equals(other.seats) && toTeams.equals(other.toTeams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(drill, toSlot, seats, toTeams);
    }

    @Override
    public String toString() {
        return drill + " -> " + toSlot + " " + toTeams;
    }
}
