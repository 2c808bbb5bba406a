package io.drillplan.check;

import java.util.List;
import java.util.Objects;

/**
 * One broken hard rule of docs/rules.md.
 *
 * @param rule the rule's number in docs/rules.md, 1 to 10
 * @param message what is wrong in a planner's words, naming the ids and values involved
 * @param drills ids of the drills involved, in the order the message names them; empty when no
 *     drill id is known (an assignment without a drill id)
 */
public record Violation(int rule, String message, List<String> drills) {

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
     */
    public Violation {
        if (rule < FIRST_RULE || rule > LAST_RULE) {
            throw new IllegalArgumentException("rule must be 1 to 10, got " + rule);
        }
        Objects.requireNonNull(message, "message");
        drills = drills == null ? List.of() : List.copyOf(drills);
    }

    /** The violation as {@code "rule N: message"}. */
    @Override
    public String toString() {
        return "rule " + rule + ": " + message;
    }
}
