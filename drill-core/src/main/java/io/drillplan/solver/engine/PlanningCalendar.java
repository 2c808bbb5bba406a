package io.drillplan.solver.engine;

import io.drillplan.model.Horizon;
import io.drillplan.model.Slot;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The horizon turned into integers: days since the start, minutes of the day per slot, and one
 * shared {@link TimeSlot} per date and slot. Dates outside the horizon (which only a schedule
 * read from a file can contain) get their own instances on demand, so that the solver can score
 * such a schedule instead of refusing it.
 *
 * <p>Public for {@code DrillPlanner}, which turns placements back into time slots.
 */
public final class PlanningCalendar {
    private final Horizon horizon;
    private final int[] slotStart;
    private final int[] slotEnd;
    private final List<TimeSlot> inHorizon = new ArrayList<>();
    private final Map<String, TimeSlot> byKey = new HashMap<>();
    private final int dayCount;

    PlanningCalendar(Horizon horizon) {
        this.horizon = horizon;
        List<Slot> slots = horizon.slots();
        slotStart = new int[slots.size()];
        slotEnd = new int[slots.size()];
        dayCount = horizon.dates().size();
        for (int i = 0; i < slots.size(); i++) {
            slotStart[i] = slots.get(i).start().toSecondOfDay() / 60;
            slotEnd[i] = slots.get(i).end().toSecondOfDay() / 60;
        }
        for (LocalDate date : horizon.dates()) {
            for (int i = 0; i < slots.size(); i++) {
                inHorizon.add(timeSlot(date, i));
            }
        }
    }

    Horizon horizon() {
        return horizon;
    }

    int slotsPerDay() {
        return slotStart.length;
    }

    int dayCount() {
        return dayCount;
    }

    /** Days since the horizon's start of {@code date}; negative before it. */
    int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(horizon.start(), date);
    }

    /** Every date-and-slot of the horizon, in time order. */
    List<TimeSlot> timeSlots() {
        return inHorizon;
    }

    /** The shared instance for {@code date} and slot {@code slotIndex}. */
    public TimeSlot timeSlot(LocalDate date, int slotIndex) {
        return byKey.computeIfAbsent(date + "#" + slotIndex, k -> new TimeSlot(
                dayOf(date), date, slotIndex,
                horizon.slots().get(slotIndex).id(),
                weekKey(date)));
    }

    /** ISO week key of {@code date}: week-based year x 100 + week, for the weekly team limit. */
    static int weekKey(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    LocalDate date(int day) {
        return horizon.start().plusDays(day);
    }

    int startMinute(int slotIndex) {
        return slotStart[slotIndex];
    }

    /** End minute of the last slot of a drill of {@code duration} slots starting at {@code slotIndex}. */
    int endMinute(int slotIndex, int duration) {
        return slotEnd[Math.min(slotEnd.length - 1, slotIndex + duration - 1)];
    }

    /** Whether {@code duration} consecutive slots starting at {@code slotIndex} fit in a day. */
    boolean fits(int slotIndex, int duration) {
        return slotIndex >= 0 && slotIndex + duration <= slotStart.length;
    }
}
