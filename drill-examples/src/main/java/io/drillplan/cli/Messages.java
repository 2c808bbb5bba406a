package io.drillplan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the {@code drill} tool prints, in one {@link Language}, from the {@code Messages} resource
 * bundle next to this class: {@code Messages.properties} in English, {@code Messages_zh.properties}
 * in Chinese. Patterns follow {@link MessageFormat}; arguments are put in as text (numbers are
 * formatted by the caller, so that a year is never written 2,026).
 */
final class Messages {

    /** The bundle's base name. */
    static final String BUNDLE = "io.drillplan.cli.Messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = bundle(BUNDLE, language);
    }

    /** The texts of {@code language}. */
    static Messages of(Language language) {
        return new Messages(language);
    }

    /** {@code base} in {@code language}, never falling back to the JVM's locale. */
    static ResourceBundle bundle(String base, Language language) {
        return ResourceBundle.getBundle(base, language == Language.ZH ? Locale.CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    /** The text of {@code key} with {@code args} put in; each argument as {@link String#valueOf}. */
    String text(String key, Object... args) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(bundle.getString(key), language.locale()).format(words);
    }
}
