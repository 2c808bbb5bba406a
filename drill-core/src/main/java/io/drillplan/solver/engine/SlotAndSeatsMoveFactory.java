package io.drillplan.solver.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Engine internal: makes random {@link SlotAndSeatsMove}s. The new crew is drawn among the
 * seat's eligible teams that are not away on the new date, keeping a seat's current team when it
 * still qualifies half of the time so that a move does not needlessly re-crew.
 */
public final class SlotAndSeatsMoveFactory implements MoveIteratorFactory<DrillSolution, SlotAndSeatsMove> {

    // Built once per phase: the engine asks for a new iterator on every step.
    private List<PlannedDrill> movable = List.of();

    /** Instantiated by the solver configuration. */
    public SlotAndSeatsMoveFactory() {}

    @Override
    public void phaseStarted(ScoreDirector<DrillSolution> scoreDirector) {
        movable = new ArrayList<>();
        for (PlannedDrill drill : scoreDirector.getWorkingSolution().drills()) {
            if (!drill.isPinned() && !drill.getSlotRange().isEmpty()) {
                movable.add(drill);
            }
        }
    }

    @Override
    public void phaseEnded(ScoreDirector<DrillSolution> scoreDirector) {
        movable = List.of();
    }

    @Override
    public long getSize(ScoreDirector<DrillSolution> scoreDirector) {
        long size = 0;
        for (PlannedDrill drill : scoreDirector.getWorkingSolution().drills()) {
            if (!drill.isPinned()) {
                size += drill.getSlotRange().size();
            }
        }
        return size;
    }

    @Override
    public Iterator<SlotAndSeatsMove> createOriginalMoveIterator(ScoreDirector<DrillSolution> scoreDirector) {
        throw new UnsupportedOperationException("SlotAndSeatsMoveFactory only supports random selection");
    }

    @Override
    public Iterator<SlotAndSeatsMove> createRandomMoveIterator(ScoreDirector<DrillSolution> scoreDirector,
            Random random) {
        List<PlannedDrill> movable = this.movable;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public SlotAndSeatsMove next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                PlannedDrill drill = movable.get(random.nextInt(movable.size()));
                List<TimeSlot> range = drill.getSlotRange();
                TimeSlot slot = range.get(random.nextInt(range.size()));
                return crewFor(drill, slot, random);
            }
        };
    }

    private static SlotAndSeatsMove crewFor(PlannedDrill drill, TimeSlot slot, Random random) {
        List<TeamSeat> seats = drill.seats();
        List<Team> crew = new ArrayList<>(seats.size());
        List<Team> candidates = new ArrayList<>();
        for (TeamSeat seat : seats) {
            Team current = seat.getTeam();
            if (seat.isPinned()) {
                crew.add(current);
                continue;
            }
            if (current != null && !current.unavailableOn(slot) && !crew.contains(current)
                    && random.nextBoolean()) {
                crew.add(current);
                continue;
            }
            candidates.clear();
            for (Team team : seat.getEligibleTeams()) {
                if (!team.unavailableOn(slot) && !crew.contains(team)) {
                    candidates.add(team);
                }
            }
            crew.add(candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size())));
        }
        return new SlotAndSeatsMove(drill, slot, seats, crew);
    }
}
