package io.drillplan.cli;

import java.util.List;
import picocli.CommandLine.TypeConversionException;

/**
 * A value an option's converter refuses, as a key of the {@code Messages} bundle and its
 * arguments: converters run before any command knows its language, so the message is worded
 * when {@link ParseErrors} prints it. Its English text is the exception's message.
 */
final class BadValue extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    BadValue(String key, Object... args) {
        super(Messages.of(Language.EN).text(key, args));
        this.key = key;
        this.args = List.of(args);
    }

    /** The message in {@code text}'s language. */
    String message(Messages text) {
        return text.text(key, args.toArray());
    }
}
