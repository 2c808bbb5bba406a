package io.drillplan.check;

import io.drillplan.model.Excerpt;
import io.drillplan.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One broken hard rule of docs/rules.md.
 *
 * @param rule the rule's number in docs/rules.md, 1 to 10
 * @param message what is wrong in a planner's words, naming the ids and values involved
 * @param drills ids of the drills involved, in the order the message names them; empty when no
 *     drill id is known (an assignment without a drill id)
 * @param why the message as a code and arguments, for other languages; {@code null} when only the
 *     English text is known
 */
public record Violation(int rule, String message, List<String> drills, Message why) {

    /** Lowest rule number of docs/rules.md. */
    public static final int FIRST_RULE = 1;
    /** Highest rule number of docs/rules.md. */
    public static final int LAST_RULE = 10;

    /**
     * Checks the rule number and makes the drill list immutable. @throws IllegalArgumentException
     * when {@code rule} is not 1 to 10
     *
     * @param rule the rule's number in docs/rules.md, 1 to 10
     * @param message what is wrong in a planner's words, naming the ids and values involved
     * @param drills ids of the drills involved, in the order the message names them; empty when no
     *     drill id is known (an assignment without a drill id)
     * @param why the message as a code and arguments, or {@code null}
     */
    public Violation {
        if (rule < FIRST_RULE || rule > LAST_RULE) {
            throw new IllegalArgumentException("rule must be 1 to 10, got " + rule);
        }
        Objects.requireNonNull(message, "message");
        drills = drills == null ? List.of() : List.copyOf(drills);
    }

    /**
     * A violation known only by its English text.
     *
     * @param rule the rule's number in docs/rules.md, 1 to 10
     * @param message what is wrong, in English
     * @param drills ids of the drills involved
     */
    public Violation(int rule, String message, List<String> drills) {
        this(rule, message, drills, null);
    }

    /**
     * What is wrong in {@code locale}'s language (English or Chinese).
     *
     * @param locale the reader's language
     * @return the message
     */
    public String message(Locale locale) {
        return why == null ? message : Excerpt.printable(why.text(locale));
    }

    /** Equal when the rule, the English message and the drills are: the code is another wording. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && rule == v.rule && message.equals(v.message) && drills.equals(v.drills);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, message, drills);
    }

    /** The violation as {@code "rule N: message"}. */
    @Override
    public String toString() {
        return "rule " + rule + ": " + message;
    }
}
