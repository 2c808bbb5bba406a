package io.drillplan.model;

import java.util.List;
import java.util.Locale;

/**
 * One defect of an input: where it is, which value is wrong and what is wrong with it, as a stable
 * code and arguments (see {@link Message}) so that an application can word it in its own
 * language. {@link #text(Locale)} gives {@code path: message}, for example
 * {@code drills[3].unit: unknown unit 'U9'}.
 *
 * @param code the stable code, such as {@code problem.unknownUnit}
 * @param path where in the input, such as {@code drills[3].unit}; empty for the input as a whole
 * @param value the offending value as it was given, or {@code null} when there is none (a
 *     missing field)
 * @param args the values the text names, as text
 */
public record Problem(String code, String path, String value, List<String> args) {

    /**
     * Copies the arguments; a null path becomes empty.
     *
     * @param code the stable code
     * @param path where in the input
     * @param value the offending value, or {@code null}
     * @param args the values the text names
     */
    public Problem {
        path = path == null ? "" : path;
        args = new Message(code, args).args();
    }

    /**
     * A problem whose arguments are turned into text with {@link String#valueOf(Object)}.
     *
     * @param code the stable code
     * @param path where in the input
     * @param value the offending value, or {@code null}
     * @param args the values the text names
     * @return the problem
     */
    public static Problem of(String code, String path, String value, Object... args) {
        return new Problem(code, path, value, Message.of(code, args).args());
    }

    /** {@return the code and arguments without the place} */
    public Message message() {
        return new Message(code, args);
    }

    /**
     * {@code path: what is wrong} in {@code locale}'s language (just the message when there is no path).
     *
     * @param locale the reader's language
     * @return the text
     */
    public String text(Locale locale) {
        String what = message().text(locale);
        return path.isEmpty() ? what : path + ": " + what;
    }

    /**
     * Every problem of {@code problems} worded in {@code locale}'s language.
     *
     * @param problems the problems
     * @param locale the reader's language
     * @return one text per problem, in the same order
     */
    public static List<String> texts(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> p.text(locale)).toList();
    }

    /** {@return the problem in English, as {@code path: message}} */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
