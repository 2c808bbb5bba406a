package io.drillplan.format;

import io.drillplan.model.Excerpt;
import io.drillplan.model.Message;
import io.drillplan.model.Problem;
import java.util.Locale;

/**
 * A file that is not a valid {@code drillplan-problem/1} or {@code drillplan-schedule/1}
 * document, or that cannot be read or written.
 *
 * <p>The message reads like a compiler's, {@code source:line:column: path: what is wrong}, for
 * example {@code problem.json:12:15: drills[3].type: unknown exercise type 'LIVE_DRILL' (expected
 * DIGITAL_DEDUCTION, ACTUAL_COMBAT_SIMULATION, COMPREHENSIVE_EXERCISE)}; parts that are unknown
 * are left out. {@link #problem()} holds what is wrong as a stable code and arguments, and
 * {@link #message(Locale)} words the whole message in English or Chinese.
 */
public final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file or source name. */
    private final String source;
    /** The 1-based line, or -1. */
    private final int line;
    /** The 1-based column, or -1. */
    private final int column;
    /** The JSON path, or empty. */
    private final String path;
    /** What is wrong, as a code and arguments. */
    private final transient Message detail;

    FormatException(String source, int line, int column, String path, Message detail, Throwable cause) {
        super(message(source, line, column, path, detail.text(Locale.ENGLISH)), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.detail = detail;
    }

    /**
     * What is wrong as a stable code (such as {@code format.missingField}), the path and the
     * arguments, for an application that words it in its own language.
     *
     * @return the problem; its value is unknown ({@code null}) as the document may not be whole
     */
    public Problem problem() {
        return new Problem(detail.code(), path, null, detail.args());
    }

    /**
     * The message, {@code source:line:column: path: what is wrong}, in {@code locale}'s language
     * (English or Chinese).
     *
     * @param locale the reader's language
     * @return the message
     */
    public String message(Locale locale) {
        return message(source, line, column, path, detail.text(locale));
    }

    /** {@return the file or source name the document came from or went to} */
    public String source() {
        return source;
    }

    /** {@return the 1-based line of the error, or -1 when it concerns no particular place} */
    public int line() {
        return line;
    }

    /** {@return the 1-based column (in characters) of the error, or -1 when unknown} */
    public int column() {
        return column;
    }

    /**
     * Where in the document the error lies, as a path like {@code drills[3].window.from}; empty
     * when it concerns the document as a whole.
     *
     * @return the path, never {@code null}
     */
    public String path() {
        return path;
    }

    private static String message(String source, int line, int column, String path, String detail) {
        StringBuilder m = new StringBuilder(source);
        if (line > 0) {
            m.append(':').append(line);
            if (column > 0) {
                m.append(':').append(column);
            }
        }
        m.append(": ");
        if (path != null && !path.isEmpty()) {
            m.append(path).append(": ");
        }
        // Every value in the message came from a file or a command line: shown, never obeyed.
        return Excerpt.printable(m.append(detail).toString());
    }
}
