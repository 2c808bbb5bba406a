package io.drillplan.format;

import com.fasterxml.jackson.core.JsonLocation;
import io.drillplan.model.Message;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One read of one document: its source name and where each of its objects began, so that an
 * error found after parsing (a missing field) still points at a line and column.
 */
final class Reading {
    private final String source;
    private final Map<Object, JsonLocation> starts = new IdentityHashMap<>();

    Reading(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** The table the parser fills: document record to the location of its opening brace. */
    Map<Object, JsonLocation> starts() {
        return starts;
    }

    /** An error at {@code at}, or at no particular place when {@code at} is {@code null}. */
    FormatException error(JsonLocation at, String path, Message detail, Throwable cause) {
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null || line < 1 ? -1 : at.getColumnNr();
        return new FormatException(source, line, column, path, detail, cause);
    }

    /** An error about the object {@code owner} as a whole, located at its opening brace. */
    FormatException error(Object owner, String path, Message detail) {
        return error(owner == null ? null : starts.get(owner), path, detail, null);
    }

    /** {@code value}, or the error that the required field at {@code path} of {@code owner} is missing. */
    <T> T require(T value, Object owner, String path) {
        if (value == null) {
            throw error(owner, path, Message.of("format.missingField", lastName(path)));
        }
        return value;
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
