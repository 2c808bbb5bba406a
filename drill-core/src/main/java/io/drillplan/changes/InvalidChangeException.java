package io.drillplan.changes;

import io.drillplan.model.Problem;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when a change does not fit the month: an unknown team, a date outside the horizon, a
 * drill marked held after today. Lists every problem as a path and a message quoting the value,
 * for example {@code changes[2].team: unknown team 'T9'}; each {@link Problem} carries a stable
 * code and arguments for an application that words it in its own language.
 */
public final class InvalidChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Every problem, in input order. */
    private final List<Problem> problems;

    /**
     * Creates the exception from a non-empty list of problems.
     *
     * @param problems each problem with its path
     */
    public InvalidChangeException(List<Problem> problems) {
        super(problems.size() == 1 ? "invalid change: " + problems.get(0)
                : "invalid changes, " + problems.size() + " errors:\n  "
                        + String.join("\n  ", Problem.texts(problems, Locale.ENGLISH)));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in input order.
     *
     * @return the problems
     */
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
}
