package io.drillplan.cli;

import io.drillplan.model.Excerpt;
import java.util.List;

/**
 * Input the command cannot work with: a missing or malformed file, an invalid problem, an
 * output path it must not or cannot write. Ends the command with exit code 2 and prints its lines,
 * each naming the file, the field and the value, never a stack trace.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    BadInputException(String message) {
        this(List.of(message));
    }

    BadInputException(List<String> lines) {
        super(String.join("\n", printable(lines)));
        this.lines = printable(lines);
    }

    /** Every line as it may reach a terminal: file names and values can hold escape sequences. */
    private static List<String> printable(List<String> lines) {
        return lines.stream().map(Excerpt::printable).toList();
    }

    /** The message, one finding per line. */
    List<String> lines() {
        return lines;
    }
}
