package io.drillplan.check;

import io.drillplan.model.HardRule;
import java.util.List;
import java.util.Objects;

/**
 * One broken hard rule of docs/rules.md.
 *
 * @param rule the rule broken; {@link HardRule#constraints()} names the solver's constraints that
 *     enforce it
 * @param message what is wrong in a planner's words, naming the ids and values involved
 * @param drills ids of the drills involved, in the order the message names them; empty when no
 *     drill id is known (an assignment without a drill id)
 */
public record Violation(HardRule rule, String message, List<String> drills) {

    /**
     * Makes the drill list immutable.
     *
     * @param rule the rule broken
     * @param message what is wrong in a planner's words, naming the ids and values involved
     * @param drills ids of the drills involved, in the order the message names them; empty when no
     *     drill id is known (an assignment without a drill id)
     * @throws NullPointerException when {@code rule} or {@code message} is null
     */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        drills = drills == null ? List.of() : List.copyOf(drills);
    }

    /** The violation as {@code "rule N: message"}. */
    @Override
    public String toString() {
        return "rule " + rule.number() + ": " + message;
    }
}
