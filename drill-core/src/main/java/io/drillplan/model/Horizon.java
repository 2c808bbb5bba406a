package io.drillplan.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The planning period: its dates, its public holidays and the slots of each day.
 *
 * @param start first date, inclusive
 * @param end last date, inclusive
 * @param holidays public holidays inside (or outside) the period; units without weekend
 *     drills are closed on them
 * @param slots the slots of every day, in time order and not overlapping
 */
public record Horizon(LocalDate start, LocalDate end, Set<LocalDate> holidays, List<Slot> slots) {

    /**
     * Normalises absent collections to the defaults of docs/format.md and makes them immutable.
     *
     * @param start first date, inclusive
     * @param end last date, inclusive
     * @param holidays public holidays inside (or outside) the period; units without weekend
     *     drills are closed on them
     * @param slots the slots of every day, in time order and not overlapping
     */
    public Horizon {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        slots = slots == null || slots.isEmpty()
                ? List.of(Slot.DEFAULT_AM, Slot.DEFAULT_PM)
                : List.copyOf(slots);
    }

    /**
     * Whether {@code date} lies in the period, both ends included.
     *
     * @param date any date
     * @return true from {@code start} to {@code end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** {@return the dates of the period in order; empty when {@code end} is before {@code start}} */
    public List<LocalDate> dates() {
        if (end.isBefore(start)) {
            return List.of();
        }
        return Stream.iterate(start, d -> !d.isAfter(end), d -> d.plusDays(1)).toList();
    }

    /**
     * Whether {@code date} is a Saturday, a Sunday or a listed holiday.
     *
     * @param date any date
     * @return true on weekends and holidays
     */
    public boolean isWeekendOrHoliday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || holidays.contains(date);
    }

    /**
     * Where the slot with this id stands in the day.
     *
     * @param slotId a slot id
     * @return its index in {@link #slots()}, or -1 when there is no such slot
     */
    public int slotIndex(String slotId) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).id().equals(slotId)) {
                return i;
            }
        }
        return -1;
    }
}
