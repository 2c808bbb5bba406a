package io.drillplan.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --name value} options of a benchmark's command line. Every benchmark states the
 * options it knows; an unknown option or a malformed value stops it with a message naming it.
 */
final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Arguments() {}

    /**
     * Reads {@code args} as {@code --name value} or {@code --name=value} pairs.
     *
     * @param known the option names the benchmark understands, without dashes
     */
    static Arguments parse(String[] args, String... known) {
        Set<String> names = new TreeSet<>(Arrays.asList(known));
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("argument " + (i + 1) + " '" + arg
                        + "': expected --name value; options: " + names);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown option '--" + name + "'; options: " + names);
            }
            parsed.values.put(name, value);
        }
        return parsed;
    }

    /** The option's text, or {@code fallback} when absent. */
    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A comma-separated list, or {@code fallback} when absent. */
    List<String> list(String name, String fallback) {
        List<String> items = new ArrayList<>();
        for (String item : text(name, fallback).split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    /** A whole number, or {@code fallback} when absent. */
    long number(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " '" + value + "': expected a whole number", e);
        }
    }

    /** A duration such as {@code 30s}, {@code 2m}, {@code 1500ms} or a plain number of seconds. */
    Duration duration(String name, Duration fallback) {
        String value = values.get(name);
        return value == null ? fallback : parseDuration("--" + name, value);
    }

    /** Parses {@code 30s}, {@code 2m}, {@code 1500ms} or a plain number of seconds; {@code where} names it in errors. */
    static Duration parseDuration(String where, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return positive(where, value, Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))));
            }
            if (v.endsWith("m")) {
                return positive(where, value, Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1))));
            }
            if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            }
            return positive(where, value, Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " '" + value + "': expected a duration like 30s, 2m or 500ms", e);
        }
    }

    private static Duration positive(String where, String value, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(where + " '" + value + "': must be positive");
        }
        return d;
    }

    /**
     * The directory results go to: {@code --out}, else {@code benchmarks/target/results/<name>} when
     * run from the repository root, else {@code target/results/<name>} (run from benchmarks/).
     */
    Path outputDirectory(String benchmark) {
        String out = values.get("out");
        if (out != null) {
            return Path.of(out);
        }
        Path base = Files.isDirectory(Path.of("benchmarks", "src")) ? Path.of("benchmarks", "target") : Path.of("target");
        return base.resolve("results").resolve(benchmark);
    }
}
