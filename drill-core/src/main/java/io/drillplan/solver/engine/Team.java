package io.drillplan.solver.engine;

import io.drillplan.model.GeoPoint;
import io.drillplan.model.RescueTeam;
import java.util.BitSet;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A rescue team as the solver sees it: the planning value of {@link TeamSeat#getTeam()}.
 *
 * <p>Public: read by {@code DrillPlanner} and the benchmarks.
 */
public final class Team {
    // Planning values need an id for move threads, which rebase every move onto their own copy.
    @PlanningId
    private final int index;
    private final RescueTeam team;
    private final BitSet unavailableDays;
    private final int dayCount;

    Team(int index, RescueTeam team, BitSet unavailableDays, int dayCount) {
        this.index = index;
        this.team = team;
        this.unavailableDays = unavailableDays;
        this.dayCount = dayCount;
    }

    int index() {
        return index;
    }

    public String id() {
        return team.id();
    }

    RescueTeam record() {
        return team;
    }

    GeoPoint base() {
        return team.base();
    }

    int maxPerDay() {
        return team.maxDrillsPerDay();
    }

    int maxPerWeek() {
        return team.maxDrillsPerWeek();
    }

    boolean hasSkill(String skill) {
        return team.skills().contains(skill);
    }

    /** Whether the team is away at {@code slot}, also for dates outside the horizon. */
    boolean unavailableOn(TimeSlot slot) {
        return slot.day() >= 0 && slot.day() < dayCount
                ? unavailableDays.get(slot.day()) : team.unavailable().contains(slot.date());
    }

    @Override
    public String toString() {
        return team.id();
    }
}
