package io.drillplan.solver.engine;

import io.drillplan.model.GeoPoint;
import io.drillplan.model.Travel;
import java.util.List;

/**
 * Rule 6 travel minutes between the units of a month. Every check of two drills of one team on
 * one date asks for them, in the constraints and in the moves, so a month of up to
 * {@link #MAX_TABLE_UNITS} units gets a table computed once (two bytes a pair: 8 MiB at the
 * limit); a larger one computes each answer, as rule 6 words it.
 */
final class TravelTimes {

    /** Largest number of units that gets a table. */
    static final int MAX_TABLE_UNITS = 2048;

    private final Travel travel;
    private final GeoPoint[] locations;
    private final char[] table;

    TravelTimes(List<GeoPoint> locations, Travel travel) {
        this.travel = travel;
        this.locations = locations.toArray(GeoPoint[]::new);
        int n = this.locations.length;
        if (n > MAX_TABLE_UNITS) {
            table = null;
            return;
        }
        table = new char[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                // Longer than any road on Earth at a walking pace still fits: 65,535 minutes.
                char minutes = (char) Math.min(Character.MAX_VALUE, travel.minutesBetween(this.locations[a], this.locations[b]));
                table[a * n + b] = minutes;
                table[b * n + a] = minutes;
            }
        }
    }

    /** Minutes from unit {@code a} to unit {@code b} (indices); 0 within one unit. */
    int minutes(int a, int b) {
        if (a == b) {
            return 0;
        }
        if (table != null) {
            return table[a * locations.length + b];
        }
        return travel.minutesBetween(locations[a], locations[b]);
    }
}
