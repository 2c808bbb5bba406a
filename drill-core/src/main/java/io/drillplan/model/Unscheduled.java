package io.drillplan.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A drill the schedule leaves out, with the reason in a planner's words.
 *
 * <p>A reason the planner found also comes as a {@link Message} ({@link #why()}), so that it can
 * be worded in Chinese or in an application's own language with {@link #reason(Locale)}; a reason
 * read from a file written without one, or given by hand, has only its text.
 *
 * @param drill the drill's id
 * @param reason what blocked it, in English, for example "no team with skill HAZMAT within reach
 *     of Fenxi Coal Mine (nearest: T5, 72 km away, serves 60 km)"
 * @param why the same as a code and arguments, or {@code null} when only the text is known
 */
public record Unscheduled(String drill, String reason, Message why) {

    /**
     * Takes the English text from {@code why} when no text is given.
     *
     * @param drill the drill's id
     * @param reason what blocked it, in English, or {@code null} to take it from {@code why}
     * @param why the same as a code and arguments, or {@code null}
     */
    public Unscheduled {
        if (reason == null && why != null) {
            reason = why.text(Locale.ENGLISH);
        }
    }

    /**
     * A drill left out for a reason known only as text.
     *
     * @param drill the drill's id
     * @param reason what blocked it
     */
    public Unscheduled(String drill, String reason) {
        this(drill, reason, null);
    }

    /**
     * A drill left out for a reason with a code.
     *
     * @param drill the drill's id
     * @param why what blocked it, as a code and arguments
     * @return the drill left out, its English reason taken from {@code why}
     */
    public static Unscheduled of(String drill, Message why) {
        return new Unscheduled(drill, null, why);
    }

    /**
     * The reason in {@code locale}'s language (English or Chinese) when it has a code, else its text.
     *
     * @param locale the reader's language
     * @return the reason, or {@code null} when none is given
     */
    public String reason(Locale locale) {
        return why == null ? reason : why.text(locale);
    }

    /** Equal when the drill and the English reason are: the code is another wording of the same reason. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Unscheduled u && Objects.equals(drill, u.drill) && Objects.equals(reason, u.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(drill, reason);
    }
}
