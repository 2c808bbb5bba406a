package io.drillplan.model;

import java.time.LocalDate;

/**
 * The dates a drill may be held, both inclusive.
 *
 * @param from first allowed date
 * @param to last allowed date
 */
public record DateWindow(LocalDate from, LocalDate to) {

    /**
     * Whether {@code date} lies in the window, both ends included.
     *
     * @param date any date
     * @return true from {@code from} to {@code to}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
