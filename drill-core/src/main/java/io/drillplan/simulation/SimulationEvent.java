package io.drillplan.simulation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a simulated month's log: what happened on a date, to what.
 *
 * @param date the day it happened (for a disruption: the morning it became known)
 * @param kind what happened
 * @param subject the id it happened to: a team for incidents, a region for rain, a unit for
 *     cancellations, a drill for the rest
 * @param detail the particulars in a planner's words
 */
public record SimulationEvent(LocalDate date, Kind kind, String subject, String detail) {

    /** What happened. */
    public enum Kind {
        /** A rescue team was called to an incident and is away for some days. */
        INCIDENT,
        /** Heavy rain in a region: its outdoor drills are called off that day. */
        RAIN,
        /** A unit called off a drill; it will not be held. */
        CANCELLATION,
        /** A drill that could not go ahead as scheduled (its team away, rain, its prerequisite gone). */
        DRILL_DISRUPTED,
        /** A drill given another date by the re-planning policy. */
        DRILL_MOVED,
        /** A drill placed by the policy that the schedule had left out. */
        DRILL_ADDED,
        /** A drill taken out of the schedule for good (no later slot, or the policy drops it). */
        DRILL_LOST,
        /** A drill held as scheduled that day. */
        DRILL_HELD
    }

    /**
     * Checks that every field is given.
     *
     * @param date the day it happened (for a disruption: the morning it became known)
     * @param kind what happened
     * @param subject the id it happened to: a team for incidents, a region for rain, a unit for
     *     cancellations, a drill for the rest
     * @param detail the particulars in a planner's words
     */
    public SimulationEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@return the event as one line of text: date, kind, subject and detail} */
    public String line() {
        return date + " " + kind + " " + subject + ": " + detail;
    }
}
