package io.drillplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimatesTest {

    @Test
    void meanIntervalAndWorstTailOfASmallSample() {
        // mean 3, sample sd sqrt(2.5), t(4) = 2.776: half width 2.776 * 1.5811 / 2.2361 = 1.9629
        MetricSummary s = Estimates.summarise("coverage", new double[] {1, 2, 3, 4, 5}, true);
        assertThat(s.mean()).isEqualTo(3.0);
        assertThat(s.low()).isCloseTo(3 - 1.9629, within(1e-3));
        assertThat(s.high()).isCloseTo(3 + 1.9629, within(1e-3));
        assertThat(s.worst5()).isEqualTo(1.0); // the worst of 5 is the lowest
        MetricSummary lost = Estimates.summarise("lost", new double[] {1, 2, 3, 4, 5}, false);
        assertThat(lost.worst5()).isEqualTo(5.0); // for "lost" the worst is the highest
    }

    @Test
    void theWorstFivePercentAreTheWorstCeilNOverTwenty() {
        assertThat(Estimates.worstCount(1)).isEqualTo(1);
        assertThat(Estimates.worstCount(20)).isEqualTo(1);
        assertThat(Estimates.worstCount(30)).isEqualTo(2);
        assertThat(Estimates.worstCount(50)).isEqualTo(3);
        double[] values = new double[40];
        for (int i = 0; i < 40; i++) {
            values[i] = i;
        }
        assertThat(Estimates.summarise("coverage", values, true).worst5()).isEqualTo(0.5);
    }

    @Test
    void studentQuantilesApproachTheNormal() {
        assertThat(Estimates.t975(1)).isEqualTo(12.706);
        assertThat(Estimates.t975(30)).isEqualTo(2.042);
        assertThat(Estimates.t975(40)).isCloseTo(2.021, within(0.001));
        assertThat(Estimates.t975(120)).isCloseTo(1.980, within(0.001));
        assertThat(Estimates.t975(100_000)).isCloseTo(1.96, within(0.001));
    }
}
