package io.drillplan.samples;

import io.drillplan.model.DrillProblem;
import java.util.EnumMap;
import java.util.Map;

/** The default presets, generated once per test run: the province takes a noticeable moment. */
final class GeneratedSamples {
    private static final Map<SampleProblems.Preset, DrillProblem> CACHE = new EnumMap<>(SampleProblems.Preset.class);

    private GeneratedSamples() {}

    static synchronized DrillProblem of(SampleProblems.Preset preset) {
        return CACHE.computeIfAbsent(preset, SampleProblems::generate);
    }
}
