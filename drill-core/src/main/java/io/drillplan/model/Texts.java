package io.drillplan.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * drill-core's wording of its {@link Message} codes, from the {@code Texts} resource bundles next
 * to this class: {@code Texts.properties} in English and {@code Texts_zh.properties} in Chinese.
 * An argument of the form {@code term.skill} is a thing's name and is worded as well; the
 * values that come from an input are always quoted, so they never take this form.
 * The JVM's default locale is never consulted, so an English text stays English on a machine set
 * to Chinese and the other way round.
 */
final class Texts {

    /** The bundles' base name. */
    static final String BUNDLE = "io.drillplan.model.Texts";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Arguments with this prefix name a thing ("the skill", "the unit id") and are worded too. */
    static final String TERM = "term.";

    private Texts() {}

    /** {@code arg} itself, or its wording when it is a {@code term.} key of the bundle. */
    private static String term(ResourceBundle bundle, String arg) {
        return arg.startsWith(TERM) && bundle.containsKey(arg) ? bundle.getString(arg) : arg;
    }

    /** The text of {@code code} in {@code locale}'s language, its {@code {n}} replaced by {@code args}. */
    static String format(String code, List<String> args, Locale locale) {
        boolean chinese = locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.CHINESE : Locale.ROOT, NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            // A code without a text is a bug, but its arguments still say what happened.
            return code + " " + args;
        }
        Object[] words = args.stream().map(a -> term(bundle, a)).toArray();
        // Arguments are text already: MessageFormat neither groups digits nor formats dates.
        return new MessageFormat(pattern, chinese ? Locale.CHINESE : Locale.ENGLISH).format(words);
    }
}
