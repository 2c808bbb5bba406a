package io.drillplan.model;

import java.util.List;

/**
 * Thrown when a problem (or a schedule read against it) is inconsistent. Lists every problem
 * found, each as a path and a message quoting the bad value, for example
 * {@code drills[3].unit: unknown unit 'U9'}.
 */
public final class InvalidProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Every problem, as {@code path: message}. */
    private final List<String> problems;

    /**
     * Creates the exception from a non-empty list of problems.
     *
     * @param problems messages of the form {@code path: message}, in input order
     */
    public InvalidProblemException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in input order} */
    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        return problems.size() == 1
                ? "invalid problem: " + problems.get(0)
                : "invalid problem, " + problems.size() + " errors:\n  " + String.join("\n  ", problems);
    }
}
