package io.drillplan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.ProblemValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every preset, in every supported year, passes the problem validator the planner runs first. */
class SamplesAreValidTest {

    @ParameterizedTest
    @EnumSource(SampleProblems.Preset.class)
    void everyPresetPassesTheValidator(SampleProblems.Preset preset) {
        for (int year = 2025; year <= 2027; year++) {
            assertThat(ProblemValidator.problems(SampleProblems.generate(preset, year, 7)))
                    .as("%s %d", preset, year).isEmpty();
        }
    }
}
