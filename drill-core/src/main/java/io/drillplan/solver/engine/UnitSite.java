package io.drillplan.solver.engine;

import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Travel;
import java.util.BitSet;
import java.util.List;

/**
 * A grass-roots unit as the solver sees it, with its open days and capped regions resolved.
 *
 * <p>Public for {@code DrillPlanner}, which reads a unit's capped regions.
 */
public final class UnitSite {
    private final int index;
    private final GrassrootsUnit unit;
    private final BitSet openDays;
    private final List<RegionCap> cappedRegions;
    private final int riskWeight;
    private final Travel travel;
    private final Horizon horizon;
    private final int dayCount;
    private final TravelTimes travelTimes;

    UnitSite(int index, GrassrootsUnit unit, BitSet openDays, List<RegionCap> cappedRegions,
            Travel travel, TravelTimes travelTimes, Horizon horizon, int dayCount) {
        this.index = index;
        this.horizon = horizon;
        this.dayCount = dayCount;
        this.travel = travel;
        this.travelTimes = travelTimes;
        this.unit = unit;
        this.openDays = openDays;
        this.cappedRegions = List.copyOf(cappedRegions);
        this.riskWeight = "MAJOR".equals(unit.risk()) ? 2 : "HIGH".equals(unit.risk()) ? 1 : 0;
    }

    int index() {
        return index;
    }

    GeoPoint location() {
        return unit.location();
    }

    /** The unit's own region, which spreading drills over days is measured in. */
    String region() {
        return unit.region();
    }

    /** Whether the unit hosts drills on {@code day} of the horizon. */
    boolean openOn(int day) {
        return day >= 0 && openDays.get(day);
    }

    /** Whether the unit hosts drills at {@code slot}, also for dates outside the horizon. */
    boolean openOn(TimeSlot slot) {
        return slot.day() >= 0 && slot.day() < dayCount
                ? openDays.get(slot.day()) : unit.isOpen(slot.date(), horizon);
    }

    /** The unit's region and its ancestors that cap drills per day, nearest first. */
    public List<RegionCap> cappedRegions() {
        return cappedRegions;
    }

    /** 2 for red (MAJOR), 1 for orange (HIGH), 0 otherwise: how much an early date matters. */
    int riskWeight() {
        return riskWeight;
    }

    /** Rule 6 travel minutes from this site to {@code other}; 0 within one site. */
    int travelMinutesTo(UnitSite other) {
        if (other == this) {
            return 0;
        }
        return travelTimes.minutes(index, other.index);
    }


    /** Road km from {@code from} to this site. */
    double roadKmFrom(GeoPoint from) {
        return travel.roadKm(from, unit.location());
    }

    @Override
    public String toString() {
        return unit.id();
    }
}
