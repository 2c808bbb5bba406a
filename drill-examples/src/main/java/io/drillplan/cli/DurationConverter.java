package io.drillplan.cli;

import io.drillplan.model.Excerpt;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** Reads durations the way people type them: {@code 30s}, {@code 2m}, {@code 1m30s}, {@code 500ms}, {@code PT30S}. */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    /** Longest duration accepted: a day, far more than any search needs, and far from overflowing a clock. */
    static final Duration MAX = Duration.ofHours(24);

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            d = parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            // Digits beyond a long, or hours beyond what a Duration holds.
            throw tooLong(value);
        }
        if (d == null || d.isZero() || d.isNegative()) {
            throw new BadValue("value.notDuration", Excerpt.quote(value));
        }
        if (d.compareTo(MAX) > 0) {
            throw tooLong(value);
        }
        return d;
    }

    private static BadValue tooLong(String value) {
        return new BadValue("value.durationTooLong", Excerpt.quote(value), MAX.toHours() + "h");
    }

    private static Duration parse(String text) {
        if (text.startsWith("pt")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (text.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        Matcher m = PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return null;
            }
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
            end = m.end();
        }
        return end == text.length() && end > 0 ? total : null;
    }

    /** A duration as people write it back: {@code 30s}, {@code 1m30s}, {@code 250ms}. */
    static String format(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
        }
        return s / 60 + "m" + (s % 60 == 0 ? "" : String.format(Locale.ROOT, "%02ds", s % 60));
    }
}
