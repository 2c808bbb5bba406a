package io.drillplan.check;

import io.drillplan.model.Excerpt;
import io.drillplan.model.HardRule;
import io.drillplan.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One broken hard rule of docs/rules.md.
 *
 * @param rule the rule broken; {@link HardRule#constraints()} names the solver's constraints that
 *     enforce it
 * @param message what is wrong in a planner's words, naming the ids and values involved
 * @param drills ids of the drills involved, in the order the message names them; empty when no
 *     drill id is known (an assignment without a drill id)
 * @param why the message as a code and arguments, for other languages; {@code null} when only the
 *     English text is known
 */
public record Violation(HardRule rule, String message, List<String> drills, Message why) {

    /**
     * Makes the drill list immutable.
     *
     * @param rule the rule broken
     * @param message what is wrong in a planner's words, naming the ids and values involved
     * @param drills ids of the drills involved, in the order the message names them; empty when no
     *     drill id is known (an assignment without a drill id)
     * @param why the message as a code and arguments, or {@code null}
     * @throws NullPointerException when {@code rule} or {@code message} is null
     */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        drills = drills == null ? List.of() : List.copyOf(drills);
    }

    /**
     * A violation known only by its English text.
     *
     * @param rule the rule broken
     * @param message what is wrong, in English
     * @param drills ids of the drills involved
     */
    public Violation(HardRule rule, String message, List<String> drills) {
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
        return "rule " + rule.number() + ": " + message;
    }
}
