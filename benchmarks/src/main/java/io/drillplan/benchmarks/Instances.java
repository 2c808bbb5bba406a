package io.drillplan.benchmarks;

import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.samples.SampleProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The problems the benchmarks run on, by name: a sample preset ({@code tiny}, {@code county},
 * {@code city}, {@code pilot}, {@code province}, June 2026 with seed 42), {@code size:N} for a
 * generated problem of about N drills (same year and seed), or the path of a
 * drillplan-problem/1 file.
 */
final class Instances {

    /** Year of every generated instance. */
    static final int YEAR = SampleProblems.DEFAULT_YEAR;
    /** Seed of every generated instance. */
    static final long SEED = SampleProblems.DEFAULT_SEED;

    private Instances() {}

    /** The problem named {@code name}. */
    static DrillProblem load(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("size:")) {
            int size;
            try {
                size = Integer.parseInt(key.substring("size:".length()).replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("instance '" + name + "': size:N needs a whole number", e);
            }
            return SampleProblems.ofSize(size, YEAR, SEED);
        }
        if (key.endsWith(".json") || Files.exists(Path.of(name))) {
            return DrillFormat.readProblem(Path.of(name));
        }
        return SampleProblems.generate(SampleProblems.Preset.fromName(key), YEAR, SEED);
    }

    /** A short label for tables and file names: the preset name, {@code size-N}, or the file's base name. */
    static String label(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.startsWith("size:")) {
            return "size-" + key.substring("size:".length()).replace("_", "");
        }
        if (key.endsWith(".json")) {
            String file = Path.of(name).getFileName().toString();
            return file.substring(0, file.length() - ".json".length());
        }
        return key;
    }
}
