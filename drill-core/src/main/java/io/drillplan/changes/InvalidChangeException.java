package io.drillplan.changes;

import java.util.List;

/**
 * Thrown when a change does not fit the month: an unknown team, a date outside the horizon, a
 * drill marked held after today. Lists every problem as a path and a message quoting the value,
 * for example {@code changes[2].team: unknown team 'T9'}.
 */
public final class InvalidChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Every problem, as "path: message". */
    private final List<String> problems;

    /**
     * Creates the exception from a non-empty list of problems.
     *
     * @param problems each problem as "path: message"
     */
    public InvalidChangeException(List<String> problems) {
        super(problems.size() == 1 ? "invalid change: " + problems.get(0)
                : "invalid changes, " + problems.size() + " errors:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in input order.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }
}
