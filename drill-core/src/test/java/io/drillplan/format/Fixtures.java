package io.drillplan.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test documents and a way to find where a piece of text stands in one. */
final class Fixtures {

    private Fixtures() {}

    /** A resource under {@code /format/} as text. */
    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/format/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem example of docs/format.md, verbatim. */
    static String exampleProblem() {
        return resource("example-problem.json");
    }

    /** The schedule example of docs/format.md, verbatim. */
    static String exampleSchedule() {
        return resource("example-schedule.json");
    }

    /** 1-based line and column of a place in a text. */
    record Position(int line, int column) {}

    /** Where the {@code occurrence}-th (1-based) occurrence of {@code needle} starts in {@code text}. */
    static Position position(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + needle + "' occurs fewer than " + occurrence + " times");
            }
        }
        return positionOf(text, at);
    }

    /** Where the first occurrence of {@code needle} starts in {@code text}. */
    static Position position(String text, String needle) {
        return position(text, needle, 1);
    }

    /** 1-based line and column of character index {@code at}. */
    static Position positionOf(String text, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, at - lineStart + 1);
    }
}
