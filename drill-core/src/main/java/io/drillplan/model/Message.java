package io.drillplan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the library tells a person, held as a stable code and its arguments rather than as
 * text, so that an application shows it in its own language: {@link #text(Locale)} words it in
 * English or Chinese from drill-core's {@code Texts} bundles, and an application with its own
 * wording looks {@link #code()} up in its own.
 *
 * @param code the stable code, such as {@code reason.noTeamWithSkill}
 * @param args the values the text names, already as text (ids, dates, counts), in the order the
 *     English text uses them
 */
public record Message(String code, List<String> args) {

    /** Checks the code and copies the arguments. */
    public Message {
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : args.stream().map(String::valueOf).toList();
    }

    /**
     * A message whose arguments are turned into text with {@link String#valueOf(Object)}.
     *
     * @param code the stable code
     * @param args its arguments
     * @return the message
     */
    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /**
     * The message worded in {@code locale}'s language: Chinese for any {@code zh} locale, English
     * otherwise.
     *
     * @param locale the reader's language
     * @return the text
     */
    public String text(Locale locale) {
        return Texts.format(code, args, locale);
    }

    /** {@return the message in English} */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
