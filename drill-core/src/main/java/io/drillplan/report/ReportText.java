package io.drillplan.report;

import io.drillplan.model.ExerciseType;
import io.drillplan.text.PropertiesFile;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the reports in one language: {@code Reports.properties} (English) or
 * {@code Reports_zh.properties} (Chinese), next to this class.
 *
 * <p>Each language is read on its own, without the fallback of a {@link java.util.ResourceBundle}
 * to the English file: a key the Chinese file lacks shows as {@code ??key??} instead of quietly
 * turning into English, so that the browser check and the tests can see it.
 */
final class ReportText {

    /** Put around the key of a missing text. */
    static final String MISSING = "??";

    private static final Map<String, ReportText> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<Object, Object> texts;

    private ReportText(String language, Map<Object, Object> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** Chinese for any {@code zh} locale, English for every other. */
    static ReportText of(Locale locale) {
        String language = locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
        return LOADED.computeIfAbsent(language, l -> new ReportText(l, read(l)));
    }

    /** The keys and texts of one language's file, as written. */
    static Map<Object, Object> read(String language) {
        return PropertiesFile.read(ReportText.class,
                "en".equals(language) ? "Reports.properties" : "Reports_" + language + ".properties");
    }

    /** {@code zh} or {@code en}. */
    String language() {
        return language;
    }

    /** The value of the {@code lang} attribute of a page in this language. */
    String htmlLang() {
        return "zh".equals(language) ? "zh-CN" : "en";
    }

    /** The locale that formats dates and numbers the way the texts expect. */
    Locale locale() {
        return "zh".equals(language) ? Locale.CHINA : Locale.ENGLISH;
    }

    /** The text of {@code key} with {@code args} put in as {@link MessageFormat} does; {@code ??key??} when missing. */
    String text(String key, Object... args) {
        Object pattern = texts.get(key);
        if (pattern == null) {
            return MISSING + key + MISSING;
        }
        // Always through MessageFormat, so that every text quotes an apostrophe the same way ('').
        return new MessageFormat(pattern.toString(), locale()).format(args);
    }

    /** Whether the file has {@code key}. */
    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** An exercise type as planners say it. */
    String type(ExerciseType type) {
        return type == null ? text("drill.generic") : text("value.type." + type.name());
    }

    /** A weekday in short form: Mon, 周一. */
    String weekday(DayOfWeek day) {
        return text("weekday." + day.name());
    }

    /**
     * The label of a code from an open vocabulary (a skill, a kind of team or unit, a sector, a
     * risk level, a constraint): the file's text when it has one, else the code itself, since
     * problem files may bring codes of their own.
     */
    String code(String group, String code) {
        if (code == null || code.isEmpty()) {
            return text("value.none");
        }
        String key = "value." + group + "." + code;
        return has(key) ? text(key) : code;
    }
}
