package io.drillplan.simulation;

import io.drillplan.model.Message;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a simulated month's log: what happened on a date, to what.
 *
 * @param date the day it happened (for a disruption: the morning it became known)
 * @param kind what happened
 * @param subject the id it happened to: a team for incidents, a region for rain, a unit for
 *     cancellations, a drill for the rest
 * @param detail the particulars in a planner's words, in English
 * @param why the same particulars as a code and arguments, so that they can be worded in Chinese
 *     or in an application's own language; {@code null} when only the text is known
 */
public record SimulationEvent(LocalDate date, Kind kind, String subject, String detail, Message why) {

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
     * Checks that every field is given, taking the English detail from {@code why} when no text is given.
     *
     * @param date the day it happened (for a disruption: the morning it became known)
     * @param kind what happened
     * @param subject the id it happened to: a team for incidents, a region for rain, a unit for
     *     cancellations, a drill for the rest
     * @param detail the particulars in English, or {@code null} to take them from {@code why}
     * @param why the same as a code and arguments, or {@code null}
     */
    public SimulationEvent {
        if (detail == null && why != null) {
            detail = why.text(Locale.ENGLISH);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * An event whose particulars are known only as text.
     *
     * @param date the day it happened
     * @param kind what happened
     * @param subject the id it happened to
     * @param detail the particulars in a planner's words
     */
    public SimulationEvent(LocalDate date, Kind kind, String subject, String detail) {
        this(date, kind, subject, detail, null);
    }

    /**
     * An event whose particulars have a code.
     *
     * @param date the day it happened
     * @param kind what happened
     * @param subject the id it happened to
     * @param why the particulars as a code and arguments; the English detail is taken from it
     * @return the event
     */
    public static SimulationEvent of(LocalDate date, Kind kind, String subject, Message why) {
        return new SimulationEvent(date, kind, subject, null, Objects.requireNonNull(why, "why"));
    }

    /**
     * The particulars in {@code locale}'s language (English or Chinese) when they have a code, else the text.
     *
     * @param locale the reader's language
     * @return the particulars
     */
    public String detail(Locale locale) {
        return why == null ? detail : why.text(locale);
    }

    /** {@return the event as one line of text: date, kind, subject and detail} */
    public String line() {
        return date + " " + kind + " " + subject + ": " + detail;
    }

    /**
     * The event as one line of text in {@code locale}'s language: date, kind, subject and detail. In
     * English the same as {@link #line()}, the kind by its constant's name.
     *
     * @param locale the reader's language
     * @return the line
     */
    public String line(Locale locale) {
        return date + " " + Message.of("sim.kind." + kind.name()).text(locale) + " " + subject + ": " + detail(locale);
    }
}
