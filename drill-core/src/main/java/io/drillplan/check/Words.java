package io.drillplan.check;

import io.drillplan.model.Excerpt;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** The phrases violation messages share, so that every rule names things the same way. */
final class Words {
    private Words() {}

    static String unit(GrassrootsUnit unit) {
        return unit.name() == null || unit.name().isBlank()
                ? unit.id()
                : unit.id() + " (" + unit.name() + ")";
    }

    static String time(int secondOfDay) {
        LocalTime t = LocalTime.ofSecondOfDay(secondOfDay);
        return t.getSecond() == 0
                ? String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute())
                : t.toString();
    }

    static String time(LocalTime time) {
        return time == null ? "none" : time(time.toSecondOfDay());
    }

    static String ids(Collection<String> ids) {
        return ids.stream().map(id -> id == null ? "(no id)" : Excerpt.of(id)).collect(Collectors.joining(", "));
    }

    static String quoted(String id) {
        return id == null ? "none" : Excerpt.quote(id);
    }

    /**
     * A distance worded so that it visibly differs from the limit it is compared with: one
     * decimal usually, more when one decimal would print both as the same number.
     */
    static String km(double value, double limit) {
        for (int decimals = 1; decimals <= 6; decimals++) {
            String v = String.format(Locale.ROOT, "%." + decimals + "f", value);
            if (!v.equals(String.format(Locale.ROOT, "%." + decimals + "f", limit))) {
                return v;
            }
        }
        return Double.toString(value);
    }

    static String plainKm(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : Double.toString(value);
    }

    /**
     * Why a unit without weekend drills is closed on {@code date}, as a {@code term.} key of
     * drill-core's texts ("a Saturday and a holiday"), or null if it is not.
     */
    static String closedDay(LocalDate date, Horizon horizon) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return horizon.holidays().contains(date) ? "term.day.saturdayHoliday" : "term.day.saturday";
        }
        if (dow == DayOfWeek.SUNDAY) {
            return horizon.holidays().contains(date) ? "term.day.sundayHoliday" : "term.day.sunday";
        }
        return horizon.holidays().contains(date) ? "term.day.holiday" : null;
    }
}
