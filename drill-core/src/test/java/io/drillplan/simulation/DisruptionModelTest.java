package io.drillplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DisruptionModelTest {

    @Test
    void juneCallsFireBrigadesFarMoreOftenThanMineRescueAndKnowsEveryDefault() {
        DisruptionModel june = DisruptionModel.JUNE;
        assertThat(june.incidentRate("FIRE_RESCUE")).isGreaterThan(3 * june.incidentRate("MINE_RESCUE"));
        assertThat(june.incidentRate("SOMETHING_NEW")).isEqualTo(june.defaultIncidentRate()).isPositive();
        assertThat(june.rainProbability("taiyuan-gujiao")).isEqualTo(0.05);
        assertThat(june.cancellationProbability("SCHOOL")).isGreaterThan(june.cancellationProbability("TOWN"));
        assertThat(june.incidentDays()).hasSizeGreaterThan(1);
    }

    @Test
    void noneIsAllZero() {
        DisruptionModel none = DisruptionModel.NONE;
        assertThat(none.incidentRate("FIRE_RESCUE")).isZero();
        assertThat(none.rainProbability("x")).isZero();
        assertThat(none.cancellationProbability("SCHOOL")).isZero();
        assertThat(none.scripted()).isEmpty();
    }

    @Test
    void scaledMultipliesRatesAndCapsProbabilities() {
        DisruptionModel rough = DisruptionModel.JUNE.scaled(30);
        assertThat(rough.incidentRate("FIRE_RESCUE")).isCloseTo(1.5, within(1e-12));
        assertThat(rough.rainProbability("x")).isEqualTo(1.0);
        assertThat(DisruptionModel.JUNE.withRainProbability("wet", 0.2).rainProbability("wet")).isEqualTo(0.2);
        assertThat(DisruptionModel.JUNE.withIncidentRate("HAZMAT", 0.5).incidentRate("HAZMAT")).isEqualTo(0.5);
        assertThat(DisruptionModel.JUNE.withCancellationProbability("SCHOOL", 0.5).cancellationProbability("SCHOOL"))
                .isEqualTo(0.5);
    }

    @Test
    void rejectsBadValuesQuotingThem() {
        assertThatThrownBy(() -> DisruptionModel.JUNE.withIncidentRate("FIRE_RESCUE", -1))
                .hasMessage("incidentRates['FIRE_RESCUE'] must be 0 or more, was -1.0");
        assertThatThrownBy(() -> DisruptionModel.JUNE.withRainProbability("r", 1.5))
                .hasMessage("rainProbabilities['r'] must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> new DisruptionModel(Map.of(), 0, List.of(0.0), Map.of(), 0, Map.of(), 0, 0, List.of()))
                .hasMessageContaining("incidentDays: weights must have a positive sum");
        assertThatThrownBy(() -> new DisruptionModel(Map.of(), 0, List.of(1.0), Map.of(), 0, Map.of(), 0, -1, List.of()))
                .hasMessage("cancellationNoticeDays must be 0 or more, was -1");
        assertThatThrownBy(() -> new ScriptedEvent.TeamAway("T", LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 2)))
                .hasMessage("team away: to 2026-06-02 is before from 2026-06-03");
    }

    @Test
    void namedStreamsDependOnEveryPartOfTheirName() {
        long a = NamedStreams.stream(1, 1, "incident", "T1").nextLong();
        assertThat(NamedStreams.stream(1, 1, "incident", "T1").nextLong()).isEqualTo(a);
        assertThat(List.of(NamedStreams.stream(2, 1, "incident", "T1").nextLong(),
                NamedStreams.stream(1, 2, "incident", "T1").nextLong(),
                NamedStreams.stream(1, 1, "rain", "T1").nextLong(),
                NamedStreams.stream(1, 1, "incident", "T2").nextLong(),
                NamedStreams.stream(1, 1, "incidentT", "1").nextLong())).doesNotContain(a).doesNotHaveDuplicates();
    }

    @Test
    void poissonDrawsHaveTheirMean() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 200_000;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += NamedStreams.poisson(random, 0.05);
        }
        assertThat((double) sum / n).isCloseTo(0.05, within(0.003));
        assertThat(NamedStreams.poisson(random, 0)).isZero();
    }
}
