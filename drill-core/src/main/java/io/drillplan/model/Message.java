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
 * <p>A message can end in a list of further messages, its {@link #parts()}: "every one of its 12
 * candidate slots is blocked: " followed by each blocker with its count. The text is the message's
 * own, then the parts' texts joined by the language's list separator, then the code's closing text
 * if the bundle has one ({@code code.close}, such as a closing bracket).
 *
 * @param code the stable code, such as {@code reason.noTeamWithSkill}
 * @param args the values the text names, already as text (ids, dates, counts), in the order the
 *     English text uses them; an argument {@code term.x} names a thing and is worded too
 * @param parts the messages that follow this one's text, often none
 */
public record Message(String code, List<String> args, List<Message> parts) {

    /**
     * Checks the code and copies the arguments and parts.
     *
     * @param code the stable code
     * @param args the values the text names; {@code null} for none
     * @param parts the messages that follow; {@code null} for none
     */
    public Message {
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : args.stream().map(String::valueOf).toList();
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /**
     * A message without parts.
     *
     * @param code the stable code
     * @param args its arguments, as text
     */
    public Message(String code, List<String> args) {
        this(code, args, List.of());
    }

    /**
     * This message followed by {@code more}.
     *
     * @param more the parts to add after this message's own text
     * @return a message with those parts
     */
    public Message with(List<Message> more) {
        return new Message(code, args, more);
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
        if (parts.isEmpty()) {
            return Texts.format(code, args, locale);
        }
        StringBuilder text = new StringBuilder(Texts.format(code, args, locale));
        String separator = Texts.format("message.partSeparator", List.of(), locale);
        for (int i = 0; i < parts.size(); i++) {
            text.append(i == 0 ? "" : separator).append(parts.get(i).text(locale));
        }
        return text.append(Texts.closing(code, locale)).toString();
    }

    /** {@return the message in English} */
    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
