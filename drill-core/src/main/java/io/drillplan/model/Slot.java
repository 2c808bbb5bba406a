package io.drillplan.model;

import java.time.LocalTime;

/**
 * One bookable part of a day, such as the morning ({@code AM}) or the afternoon ({@code PM}).
 *
 * @param id short id used in schedules, unique within the horizon
 * @param start local start time
 * @param end local end time, after {@code start}
 */
public record Slot(String id, LocalTime start, LocalTime end) {

    /** The morning slot that docs/format.md uses when a problem lists none. */
    public static final Slot DEFAULT_AM = new Slot("AM", LocalTime.of(8, 30), LocalTime.of(12, 0));
    /** The afternoon slot that docs/format.md uses when a problem lists none. */
    public static final Slot DEFAULT_PM = new Slot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30));
}
