package io.drillplan.samples;

import io.drillplan.model.Horizon;
import io.drillplan.model.Slot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The June of one year as the samples see it: the horizon, its public holidays and the fixed
 * dates that shape unit and team calendars. See {@link SampleProblems} for the choices.
 */
final class JuneCalendar {
    static final int FIRST_YEAR = 2025;
    static final int LAST_YEAR = 2027;

    private final int year;
    private final LocalDate start;
    private final LocalDate end;
    private final Set<LocalDate> holidays;

    private JuneCalendar(int year) {
        this.year = year;
        this.start = LocalDate.of(year, Month.JUNE, 1);
        this.end = LocalDate.of(year, Month.JUNE, 30);
        this.holidays = dragonBoatHolidays(year);
    }

    static JuneCalendar of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("unsupported year '" + year + "': sample problems cover "
                    + FIRST_YEAR + ".." + LAST_YEAR);
        }
        return new JuneCalendar(year);
    }

    /**
     * The Dragon Boat Festival holiday days that fall in June. 2025: the holiday ran May 31 to
     * June 2. 2026: June 19 to 21. 2027: the festival is on June 9; the State Council publishes
     * the bridge days late in the year before, so only the festival day itself is listed.
     */
    private static Set<LocalDate> dragonBoatHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        switch (year) {
            case 2025 -> {
                days.add(LocalDate.of(2025, 6, 1));
                days.add(LocalDate.of(2025, 6, 2));
            }
            case 2026 -> {
                days.add(LocalDate.of(2026, 6, 19));
                days.add(LocalDate.of(2026, 6, 20));
                days.add(LocalDate.of(2026, 6, 21));
            }
            case 2027 -> days.add(LocalDate.of(2027, 6, 9));
            default -> throw new IllegalStateException("no holiday table for " + year);
        }
        return days;
    }

    int year() {
        return year;
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    Set<LocalDate> holidays() {
        return holidays;
    }

    /** The national college entrance exam, June 7-8, and the third day many provinces add. */
    List<LocalDate> gaokaoDays() {
        return List.of(june(7), june(8), june(9));
    }

    /** The Safety Publicity and Consultation Day. */
    LocalDate safetyDay() {
        return june(16);
    }

    /** Last day schools take drills: end-of-term exams fill the last week of June. */
    LocalDate schoolDrillsEnd() {
        return june(24);
    }

    /** Last day a chain's deduction may start, so the whole chain fits in the month. */
    LocalDate chainStartEnd() {
        return june(20);
    }

    /** Days the wheat harvest keeps villages of the southern basins busy. */
    List<LocalDate> wheatHarvestDays() {
        return dates(june(4), june(10));
    }

    LocalDate june(int day) {
        return LocalDate.of(year, Month.JUNE, day);
    }

    Horizon horizon() {
        return new Horizon(start, end, holidays, List.of(Slot.DEFAULT_AM, Slot.DEFAULT_PM));
    }

    List<LocalDate> dates() {
        return dates(start, end);
    }

    static List<LocalDate> dates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            dates.add(d);
        }
        return dates;
    }

    /** Monday to Friday and not a holiday: the days every unit is open. */
    boolean isWorkday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    int workdayCount() {
        return (int) dates().stream().filter(this::isWorkday).count();
    }

    /**
     * Drills a team can hold in the month counting workdays only: per ISO week, the lesser of its
     * weekly cap and its daily cap times its available workdays. Weekends are left out on purpose,
     * so that the sizing stays safe for enterprises and schools, which only drill on workdays.
     */
    int workdayCapacity(int maxPerDay, int maxPerWeek, Set<LocalDate> unavailable) {
        Map<Integer, Integer> daysPerWeek = new LinkedHashMap<>();
        for (LocalDate d : dates()) {
            if (isWorkday(d) && !unavailable.contains(d)) {
                daysPerWeek.merge(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 1, Integer::sum);
            }
        }
        return daysPerWeek.values().stream().mapToInt(n -> Math.min(maxPerWeek, maxPerDay * n)).sum();
    }
}
