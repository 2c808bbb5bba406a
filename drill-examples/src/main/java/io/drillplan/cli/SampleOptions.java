package io.drillplan.cli;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Excerpt;
import io.drillplan.samples.SampleProblems;
import io.drillplan.samples.SampleProblems.Preset;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options that pick a seeded sample problem: preset, year and seed. */
final class SampleOptions {

    @Option(names = "--preset", paramLabel = "P", converter = PresetConverter.class,
            description = "Sample problem: tiny, county, city, pilot or province (default: pilot).")
    Preset preset;

    @Option(names = "--year", paramLabel = "Y", defaultValue = "" + SampleProblems.DEFAULT_YEAR,
            description = "June of which year, 2025 to 2027 (holidays and exam days differ; default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleProblems.DEFAULT_SEED,
            description = "Random seed of the sample problem (the same seed gives the same problem) and of the search "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    /** The preset asked for, or {@code fallback}. */
    Preset presetOr(Preset fallback) {
        return preset == null ? fallback : preset;
    }

    /** The sample problem of {@code chosen} for the year and seed given, its names in {@code language}. */
    DrillProblem generate(Preset chosen, Language language) {
        try {
            return SampleProblems.generate(chosen, year, seed, language.locale());
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("option.badValue", "--year", year, e.getMessage());
        }
    }

    /** A short file-name stem for the preset, such as {@code pilot}. */
    static String stem(Preset preset) {
        return preset.name().toLowerCase(Locale.ROOT);
    }

    /** Accepts preset names in any case and lists the valid ones otherwise. */
    static final class PresetConverter implements ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            try {
                return Preset.fromName(value);
            } catch (IllegalArgumentException e) {
                throw new BadValue("value.unknownPreset", Excerpt.quote(value),
                        Arrays.stream(Preset.values()).map(SampleOptions::stem).collect(Collectors.joining(", ")));
            }
        }
    }
}
