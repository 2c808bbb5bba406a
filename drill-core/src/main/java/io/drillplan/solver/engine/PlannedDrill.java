package io.drillplan.solver.engine;

import io.drillplan.model.DrillRequest;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Engine internal (public for the engine's reflection, the planner and the benchmarks): one drill request in the solver. Its slot is nullable so that an overconstrained month leaves
 * drills out (a medium penalty) instead of breaking a hard rule.
 */
@PlanningEntity
public final class PlannedDrill {

    public static final String SLOT = "slot";

    private String id;
    // An integer id: the engine looks entities up by it when it rebases moves for move threads.
    @PlanningId
    private int index;
    private DrillRequest request;
    private UnitSite unit;
    private PlanningCalendar calendar;
    private List<TimeSlot> slotRange;
    private List<TeamSeat> seats = new ArrayList<>();
    private TimeSlot publishedSlot;
    // The window as day indices, clipped to the horizon: rule 2 is asked on every move.
    private int firstDay;
    private int lastDay;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "slotRange", nullable = true)
    private TimeSlot slot;

    /** For the solution cloner. */
    public PlannedDrill() {}

    PlannedDrill(int index, DrillRequest request, UnitSite unit, PlanningCalendar calendar,
            List<TimeSlot> slotRange) {
        this.id = request.id();
        this.index = index;
        this.request = request;
        this.unit = unit;
        this.calendar = calendar;
        this.slotRange = slotRange;
        var window = request.windowIn(calendar.horizon());
        this.firstDay = Math.max(0, calendar.dayOf(window.from()));
        this.lastDay = Math.min(calendar.dayCount() - 1, calendar.dayOf(window.to()));
    }

    /** A copy with the same variables and an empty seat list, for the solution cloner. */
    PlannedDrill copyWithoutSeats() {
        PlannedDrill copy = new PlannedDrill();
        copy.id = id;
        copy.index = index;
        copy.request = request;
        copy.unit = unit;
        copy.calendar = calendar;
        copy.slotRange = slotRange;
        copy.seats = new ArrayList<>(seats.size());
        copy.publishedSlot = publishedSlot;
        copy.firstDay = firstDay;
        copy.lastDay = lastDay;
        copy.pinned = pinned;
        copy.slot = slot;
        return copy;
    }

    @ValueRangeProvider(id = "slotRange")
    public List<TimeSlot> getSlotRange() {
        return slotRange;
    }

    public String getId() {
        return id;
    }

    public int index() {
        return index;
    }

    public DrillRequest request() {
        return request;
    }

    public UnitSite unit() {
        return unit;
    }

    public int priority() {
        return request.priority();
    }

    int duration() {
        return request.durationSlots();
    }

    public List<TeamSeat> seats() {
        return seats;
    }

    public TimeSlot getSlot() {
        return slot;
    }

    public void setSlot(TimeSlot slot) {
        this.slot = slot;
    }

    public boolean isPinned() {
        return pinned;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    TimeSlot publishedSlot() {
        return publishedSlot;
    }

    void setPublishedSlot(TimeSlot publishedSlot) {
        this.publishedSlot = publishedSlot;
    }

    // Everything below reads only this drill's own slot, so it is safe inside constraint streams.

    public int day() {
        return slot.day();
    }

    /** Unit and day in one key, for placed drills. */
    long unitDayKey() {
        return JoinKey.of(unit.index(), slot.day());
    }

    int startMinute() {
        return calendar.startMinute(slot.slotIndex());
    }

    int endMinute() {
        return calendar.endMinute(slot.slotIndex(), duration());
    }

    /** Rule 2: the date lies in the horizon and the window, and the drill's slots fit the day. */
    boolean inWindowAndDay() {
        return slot.day() >= firstDay && slot.day() <= lastDay && calendar.fits(slot.slotIndex(), duration());
    }

    /** Whether the drill may take {@code at} by rules 2 and 3 alone: window, day and open unit. */
    boolean allows(TimeSlot at) {
        return at.day() >= firstDay && at.day() <= lastDay && calendar.fits(at.slotIndex(), duration())
                && unit.openOn(at);
    }

    int startMinuteAt(TimeSlot at) {
        return calendar.startMinute(at.slotIndex());
    }

    int endMinuteAt(TimeSlot at) {
        return calendar.endMinute(at.slotIndex(), duration());
    }

    /** Rule 3: the unit is open on the drill's date. */
    boolean unitOpen() {
        return unit.openOn(slot);
    }

    /** The capped regions this drill counts against on its date (rule 10). */
    List<RegionDay> cappedRegionDays() {
        List<RegionCap> caps = unit.cappedRegions();
        List<RegionDay> days = new ArrayList<>(caps.size());
        for (RegionCap cap : caps) {
            days.add(new RegionDay(cap, slot.day()));
        }
        return days;
    }

    @Override
    public String toString() {
        return id + "@" + slot;
    }
}
