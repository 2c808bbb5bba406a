package io.drillplan.model;

import io.drillplan.text.PropertiesFile;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * drill-core's wording of its {@link Message} codes, from the {@code Texts} resource bundles next
 * to this class: {@code Texts.properties} in English and {@code Texts_zh.properties} in Chinese.
 * An argument of the form {@code term.skill} is a thing's name and is worded as well; the
 * values that come from an input are always quoted, so they never take this form.
 * The JVM's default locale is never consulted, so an English text stays English on a machine set
 * to Chinese and the other way round; the files are read by {@link PropertiesFile}, which says why
 * not through {@code ResourceBundle}.
 */
final class Texts {

    private static final Map<Object, Object> ENGLISH = PropertiesFile.read(Texts.class, "Texts.properties");
    private static final Map<Object, Object> CHINESE = PropertiesFile.read(Texts.class, "Texts_zh.properties");

    /** Arguments with this prefix name a thing ("the skill", "the unit id") and are worded too. */
    static final String TERM = "term.";

    private Texts() {}

    /** {@code arg} itself, or its wording when it is a {@code term.} key of the bundle. */
    private static String term(Map<Object, Object> texts, String arg) {
        return arg.startsWith(TERM) && texts.containsKey(arg) ? (String) texts.get(arg) : arg;
    }

    /** The text that closes {@code code}'s message after its parts ({@code code.close}), empty if none. */
    static String closing(String code, Locale locale) {
        return (String) texts(locale).getOrDefault(code + ".close", "");
    }

    private static Map<Object, Object> texts(Locale locale) {
        return isChinese(locale) ? CHINESE : ENGLISH;
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage());
    }

    /** The text of {@code code} in {@code locale}'s language, its {@code {n}} replaced by {@code args}. */
    static String format(String code, List<String> args, Locale locale) {
        boolean chinese = isChinese(locale);
        Map<Object, Object> texts = texts(locale);
        String pattern = (String) texts.get(code);
        if (pattern == null) {
            // A code without a text is a bug, but its arguments still say what happened.
            return code + " " + args;
        }
        Object[] words = args.stream().map(a -> term(texts, a)).toArray();
        // Arguments are text already: MessageFormat neither groups digits nor formats dates.
        return new MessageFormat(pattern, chinese ? Locale.CHINESE : Locale.ENGLISH).format(words);
    }
}
