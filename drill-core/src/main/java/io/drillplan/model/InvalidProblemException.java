package io.drillplan.model;

import java.util.List;
import java.util.Locale;

/**
 * Thrown when a problem (or a schedule read against it) is inconsistent. Lists every problem
 * found, each as a path and a message quoting the bad value, for example
 * {@code drills[3].unit: unknown unit 'U9'}. Each {@link Problem} carries a stable code, the path,
 * the offending value and the arguments, so that an application can word it in its own language;
 * {@link #messages(Locale)} words them in English or Chinese.
 */
public final class InvalidProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Every problem, in input order. */
    private final List<Problem> problems;

    /**
     * Creates the exception from a non-empty list of problems.
     *
     * @param problems the problems, in input order
     */
    public InvalidProblemException(List<Problem> problems) {
        super(summary(Problem.texts(problems, Locale.ENGLISH)));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in input order} */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Every problem as {@code path: message} in {@code locale}'s language (English or Chinese).
     *
     * @param locale the reader's language
     * @return one line per problem, in input order
     */
    public List<String> messages(Locale locale) {
        return Problem.texts(problems, locale);
    }

    private static String summary(List<String> problems) {
        return problems.size() == 1
                ? "invalid problem: " + problems.get(0)
                : "invalid problem, " + problems.size() + " errors:\n  " + String.join("\n  ", problems);
    }
}
