package io.drillplan.solver;

import io.drillplan.model.GeoPoint;
import io.drillplan.model.RescueTeam;
import java.util.BitSet;

/** A rescue team as the solver sees it: the planning value of {@link TeamSeat#getTeam()}. */
final class Team {
    private final int index;
    private final RescueTeam team;
    private final BitSet unavailableDays;

    Team(int index, RescueTeam team, BitSet unavailableDays) {
        this.index = index;
        this.team = team;
        this.unavailableDays = unavailableDays;
    }

    int index() {
        return index;
    }

    String id() {
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

    /** Whether the team is away on day {@code day} (days since the horizon's start). */
    boolean unavailableOn(int day) {
        return day >= 0 && unavailableDays.get(day);
    }

    @Override
    public String toString() {
        return team.id();
    }
}
