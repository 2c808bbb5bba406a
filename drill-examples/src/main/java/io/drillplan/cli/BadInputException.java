package io.drillplan.cli;

import io.drillplan.model.Excerpt;
import java.util.List;
import java.util.function.Function;

/**
 * Input the command cannot work with: a missing or malformed file, an invalid problem, an
 * output path it must not or cannot write. Ends the command with exit code 2 and prints its lines,
 * each naming the file, the field and the value, never a stack trace.
 *
 * <p>Most are made with {@link #of}, a key of the {@code Messages} bundle and its arguments, and
 * are worded when printed, in the language of the command that failed; the others hold lines
 * already worded (the spreadsheet readers word theirs in the language they were asked for).
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Each line, worded in the language given. */
    private final transient List<Function<Messages, String>> lines;

    BadInputException(String line) {
        this(List.of(line));
    }

    BadInputException(List<String> lines) {
        this(lines.stream().<Function<Messages, String>>map(line -> m -> line).toList(), true);
    }

    private BadInputException(List<Function<Messages, String>> lines, boolean worded) {
        super(String.join("\n", worded(lines, Messages.of(Language.EN))));
        this.lines = List.copyOf(lines);
    }

    /**
     * One line, the text of {@code key} in the {@code Messages} bundle with {@code args}, worded
     * when it is printed.
     */
    static BadInputException of(String key, Object... args) {
        return new BadInputException(List.of(m -> m.text(key, args)), true);
    }

    /** Lines worded when printed. */
    static BadInputException ofLines(List<Function<Messages, String>> lines) {
        return new BadInputException(lines, true);
    }

    /** Every line as it may reach a terminal: file names and values can hold escape sequences. */
    private static List<String> worded(List<Function<Messages, String>> lines, Messages messages) {
        return lines.stream().map(l -> Excerpt.printable(l.apply(messages))).toList();
    }

    /** The message in {@code messages}' language, one finding per line. */
    List<String> lines(Messages messages) {
        return worded(lines, messages);
    }

    /** The message in English, one finding per line. */
    List<String> lines() {
        return lines(Messages.of(Language.EN));
    }
}
