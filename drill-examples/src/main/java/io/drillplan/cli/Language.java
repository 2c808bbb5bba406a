package io.drillplan.cli;

import io.drillplan.model.Excerpt;
import java.util.Locale;
import java.util.Map;

/**
 * The language the {@code drill} tool speaks: English or Chinese.
 *
 * <p>It comes from {@code --lang zh|en}, or else from the environment as gettext reads it: the
 * first non-empty of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG}; a value starting with
 * {@code zh} gives Chinese. The JVM's default locale is not asked: where the zh_CN locale is not
 * installed it reports en_US even under {@code LANG=zh_CN.UTF-8}. The {@code ./drill} launcher may
 * run Java under another locale so that file names with Chinese characters work; it then passes
 * the locale the user asked for as the system property {@value #LAUNCHER_PROPERTY}, which stands
 * for the three variables.
 */
enum Language {
    /** English, the language of the file formats and of the library's defaults. */
    EN(Locale.ENGLISH),
    /** Simplified Chinese, as a county emergency management bureau writes it. */
    ZH(Locale.CHINESE);

    /** The system property the launcher sets to the user's own locale (LC_ALL, LC_MESSAGES or LANG). */
    static final String LAUNCHER_PROPERTY = "drill.locale";

    private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** {@return the locale drill-core's texts are asked for} */
    Locale locale() {
        return locale;
    }

    /** {@return {@code en} or {@code zh}, as {@code --lang} takes it} */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language {@code --lang} names, or the environment's when it is null.
     *
     * @throws BadInputException when {@code option} is neither {@code zh} nor {@code en}
     */
    static Language resolve(String option, Map<String, String> environment) {
        if (option == null) {
            return of(environment);
        }
        Language named = named(option);
        if (named == null) {
            throw BadInputException.of("lang.unknown", Excerpt.quote(option));
        }
        return named;
    }

    /** The language {@code value} ({@code zh} or {@code en}, any case) names, or null. */
    static Language named(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code().equals(wanted)) {
                return l;
            }
        }
        return null;
    }

    /** The language of the environment: the launcher's property, else LC_ALL, LC_MESSAGES, LANG. */
    static Language of(Map<String, String> environment) {
        String fromLauncher = System.getProperty(LAUNCHER_PROPERTY);
        if (fromLauncher != null) {
            return ofLocale(fromLauncher);
        }
        for (String variable : LOCALE_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                return ofLocale(value);
            }
        }
        return EN;
    }

    /** Chinese for a POSIX locale name starting with {@code zh} ({@code zh_CN.UTF-8}), else English. */
    static Language ofLocale(String posixLocale) {
        return posixLocale.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
