package io.drillplan.simulation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A disruption fixed in advance rather than drawn, so that a planner can replay a month that
 * happened ("T-yuanping-fire1 away 10-12 June") or test a plan against a chosen scenario. Scripted
 * events come on top of the random ones of a {@link DisruptionModel}; use
 * {@code DisruptionModel.NONE.withScripted(...)} for a month with only these.
 *
 * <p>Each event becomes known on the morning of its first date, like a drawn one.
 */
public sealed interface ScriptedEvent {

    /** {@return the date the event becomes known} */
    LocalDate date();

    /**
     * A rescue team called away for whole days: it guides no drill from {@code from} to
     * {@code to}, both inclusive.
     *
     * @param team the team's id
     * @param from first day away
     * @param to last day away, not before {@code from}
     */
    record TeamAway(String team, LocalDate from, LocalDate to) implements ScriptedEvent {
        /**
         * Checks that the dates are given and in order.
         *
         * @param team the team's id
         * @param from first day away
         * @param to last day away, not before {@code from}
         */
        public TeamAway {
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("team away: to " + to + " is before from " + from);
            }
        }

        @Override
        public LocalDate date() {
            return from;
        }
    }

    /**
     * Heavy rain on one date in a region and every region below it: outdoor drills of units there
     * cannot be held that day.
     *
     * @param region the region's id
     * @param date the rain day
     */
    record HeavyRain(String region, LocalDate date) implements ScriptedEvent {
        /**
         * Checks that both fields are given.
         *
         * @param region the region's id
         * @param date the rain day
         */
        public HeavyRain {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A unit calls off a drill, or all its drills not yet held, on {@code date}.
     *
     * @param unit the unit's id
     * @param drill the drill's id, or {@code null} for every drill of the unit not yet held
     * @param date the day the unit calls it off
     */
    record UnitCancels(String unit, String drill, LocalDate date) implements ScriptedEvent {
        /**
         * Checks that the unit and the date are given.
         *
         * @param unit the unit's id
         * @param drill the drill's id, or {@code null} for every drill of the unit not yet held
         * @param date the day the unit calls it off
         */
        public UnitCancels {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(date, "date");
        }
    }
}
