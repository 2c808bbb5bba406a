package io.drillplan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the spreadsheet commands ({@code template}, {@code import}, {@code export --xlsx},
 * {@code summary}) in one language, from the {@code Sheets} resource bundle.
 *
 * <p>The language is chosen as {@link Language} says.
 */
final class SheetLabels {

    /** The bundle's base name, next to this class. */
    static final String BUNDLE = "io.drillplan.cli.Sheets";

    /** The languages there are words for. */
    static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ROOT, "zh", Locale.CHINESE);

    private final String language;
    private final ResourceBundle bundle;

    private SheetLabels(String language) {
        this.language = language;
        // No fallback to the JVM's locale: Sheets.properties is English, Sheets_zh.properties Chinese.
        this.bundle = ResourceBundle.getBundle(BUNDLE, LANGUAGES.get(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of {@code language}, {@code zh} or {@code en}. */
    static SheetLabels of(String language) {
        if (!LANGUAGES.containsKey(language)) {
            throw new IllegalArgumentException("no words for language " + language);
        }
        return new SheetLabels(language);
    }

    /**
     * The words for the {@code --lang} value given, or for the environment's locale when none is.
     *
     * @throws BadInputException when {@code option} is neither {@code zh} nor {@code en}
     */
    static SheetLabels resolve(String option, Map<String, String> environment) {
        return of(Language.resolve(option, environment).code());
    }

    /** {@code zh} when the gettext locale variables ask for Chinese, else {@code en}. */
    static String languageOf(Map<String, String> environment) {
        return Language.of(environment).code();
    }

    /** {@code zh} or {@code en}. */
    String language() {
        return language;
    }

    /** The text of {@code key}, with {@code args} put in as {@link MessageFormat} does. */
    String text(String key, Object... args) {
        // Always through MessageFormat, so that every text quotes an apostrophe the same way ('').
        return new MessageFormat(bundle.getString(key), LANGUAGES.get(language)).format(args);
    }

    /** Whether the bundle has {@code key}. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }
}
