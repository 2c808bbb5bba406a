package io.drillplan.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * drill-core's wording of its {@link Message} codes, from the {@code Texts} resource bundles next
 * to this class: {@code Texts.properties} in English and {@code Texts_zh.properties} in Chinese.
 * An argument of the form {@code term.skill} is a thing's name and is worded as well; the
 * values that come from an input are always quoted, so they never take this form.
 * The JVM's default locale is never consulted, so an English text stays English on a machine set
 * to Chinese and the other way round. The files are read directly rather than through
 * {@code ResourceBundle}: a named module may not pass the no-fallback control that would keep a
 * missing Chinese text from turning silently into English.
 */
final class Texts {

    private static final Properties ENGLISH = load("Texts.properties");
    private static final Properties CHINESE = load("Texts_zh.properties");

    /** Arguments with this prefix name a thing ("the skill", "the unit id") and are worded too. */
    static final String TERM = "term.";

    private Texts() {}

    /** {@code arg} itself, or its wording when it is a {@code term.} key of the bundle. */
    private static String term(Properties texts, String arg) {
        return arg.startsWith(TERM) && texts.containsKey(arg) ? texts.getProperty(arg) : arg;
    }

    /** One language's texts, read as UTF-8 from the file next to this class. */
    private static Properties load(String name) {
        Properties texts = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                // Only a broken build can get here: the file is packaged with this class.
                throw new IllegalStateException("resource io/drillplan/model/" + name + " is missing from the jar");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The text that closes {@code code}'s message after its parts ({@code code.close}), empty if none. */
    static String closing(String code, Locale locale) {
        return texts(locale).getProperty(code + ".close", "");
    }

    private static Properties texts(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The text of {@code code} in {@code locale}'s language, its {@code {n}} replaced by {@code args}. */
    static String format(String code, List<String> args, Locale locale) {
        boolean chinese = locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        Properties texts = chinese ? CHINESE : ENGLISH;
        String pattern = texts.getProperty(code);
        if (pattern == null) {
            // A code without a text is a bug, but its arguments still say what happened.
            return code + " " + args;
        }
        Object[] words = args.stream().map(a -> term(texts, a)).toArray();
        // Arguments are text already: MessageFormat neither groups digits nor formats dates.
        return new MessageFormat(pattern, chinese ? Locale.CHINESE : Locale.ENGLISH).format(words);
    }
}
