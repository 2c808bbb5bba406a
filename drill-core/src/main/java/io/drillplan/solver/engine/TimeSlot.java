package io.drillplan.solver.engine;

import java.time.LocalDate;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A date and the first slot a drill occupies on it: the planning value of
 * {@link PlannedDrill#getSlot()}. One shared instance per date and slot, so identity comparison
 * is enough for equality inside the solver.
 *
 * <p>Public: read by {@code DrillPlanner} and the benchmarks.
 */
public final class TimeSlot {
    // Planning values need an id for move threads: epoch day and slot index in one number.
    @PlanningId
    private final long id;
    private final int day;
    private final LocalDate date;
    private final int slotIndex;
    private final String slotId;
    private final int week;

    TimeSlot(int day, LocalDate date, int slotIndex, String slotId, int week) {
        this.id = date.toEpochDay() * 1024 + slotIndex;
        this.day = day;
        this.date = date;
        this.slotIndex = slotIndex;
        this.slotId = slotId;
        this.week = week;
    }

    /** Days since the horizon's start; negative or past the end for dates outside it. */
    int day() {
        return day;
    }

    LocalDate date() {
        return date;
    }

    int slotIndex() {
        return slotIndex;
    }

    String slotId() {
        return slotId;
    }

    /** ISO week key (week-based year x 100 + week), for the weekly team limit. */
    int week() {
        return week;
    }

    @Override
    public String toString() {
        return date + " " + slotId;
    }
}
