package io.drillplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.report.SimulationTable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final List<ReplanPolicy> ALL = List.of(ReplanPolicy.REPAIR, ReplanPolicy.SHIFT, ReplanPolicy.NONE);

    private static MonteCarlo tiny(DisruptionModel model) {
        return MonteCarlo.of(MonthSimulationTest.TINY, MonthSimulationTest.TINY_PLAN, model).withPolicies(ALL)
                .withOptions(MonthSimulationTest.FAST);
    }

    private static MonteCarlo county(DisruptionModel model) {
        return MonteCarlo.of(MonthSimulationTest.COUNTY, MonthSimulationTest.COUNTY_PLAN, model).withPolicies(ALL)
                .withOptions(MonthSimulationTest.FAST);
    }

    @Test
    void theSameSeedGivesTheSameReportWhateverTheThreads() {
        MonteCarlo mc = county(MonthSimulationTest.ROUGH).withRuns(2).withSeed(7);
        AtomicInteger progress = new AtomicInteger();
        SimulationReport one = mc.withThreads(1).run();
        SimulationReport two = mc.withThreads(2).withProgress((done, total) -> {
            assertThat(total).isEqualTo(6);
            progress.incrementAndGet();
        }).run();

        assertThat(progress.get()).isEqualTo(6);
        assertThat(one.firstRun(ReplanPolicy.REPAIR).repairSolves()).as("the solver ran").isPositive();
        for (SimulationReport other : List.of(two)) {
            assertThat(SimulationTable.text(other, Locale.ENGLISH)).isEqualTo(SimulationTable.text(one, Locale.ENGLISH));
            for (ReplanPolicy p : ALL) {
                assertThat(other.metrics(p)).isEqualTo(one.metrics(p));
                assertThat(other.days(p)).isEqualTo(one.days(p));
                assertThat(other.firstRun(p).events()).isEqualTo(one.firstRun(p).events());
            }
        }
        // and the seed matters
        SimulationReport otherSeed = mc.withPolicies(List.of(ReplanPolicy.NONE)).withSeed(8).withThreads(2).run();
        assertThat(otherSeed.metrics(ReplanPolicy.NONE)).isNotEqualTo(one.metrics(ReplanPolicy.NONE));
    }

    @Test
    void replicationsMatchSingleSimulations() {
        SimulationReport report = tiny(MonthSimulationTest.ROUGH).withRuns(3).withSeed(4).withThreads(2).run();
        for (ReplanPolicy p : ALL) {
            for (int r = 1; r <= 3; r++) {
                SimulationRun single = MonthSimulationTest.simulation(MonthSimulationTest.TINY,
                        MonthSimulationTest.TINY_PLAN, MonthSimulationTest.ROUGH, p, 4L).withReplication(r).run();
                assertThat(report.metrics(p).get(r - 1)).as("%s replication %d", p, r).isEqualTo(single.metrics());
            }
        }
    }

    @Test
    void repairHoldsAtLeastAsMuchAsShiftAndShiftFarMoreThanNone() {
        SimulationReport report = county(MonthSimulationTest.ROUGH).withRuns(4).withSeed(3).withThreads(2).run();
        double repair = report.summary(ReplanPolicy.REPAIR, RunMetrics.COVERAGE).mean();
        double shift = report.summary(ReplanPolicy.SHIFT, RunMetrics.COVERAGE).mean();
        double none = report.summary(ReplanPolicy.NONE, RunMetrics.COVERAGE).mean();

        assertThat(repair).isGreaterThanOrEqualTo(shift);
        assertThat(shift).isGreaterThan(none + 0.02);
        MetricSummary gain = report.difference(ReplanPolicy.REPAIR, ReplanPolicy.SHIFT, RunMetrics.COVERAGE);
        assertThat(gain.mean()).isCloseTo(repair - shift, org.assertj.core.data.Offset.offset(1e-12));
        MetricSummary overNone = report.difference(ReplanPolicy.SHIFT, ReplanPolicy.NONE, RunMetrics.COVERAGE);
        assertThat(overNone.low()).as("common random numbers make the paired interval tight").isPositive();
        assertThat(SimulationTable.text(report, Locale.ENGLISH)).contains("paired differences", "coverage REPAIR - SHIFT: ",
                "completed SHIFT - NONE: +");
        // NONE moves nothing; the others do
        assertThat(report.summary(ReplanPolicy.NONE, "moved").mean()).isZero();
        assertThat(report.summary(ReplanPolicy.SHIFT, "moved").mean()).isPositive();
        // the disruptions are the same for all: team-days lost and cancellations agree
        assertThat(report.summary(ReplanPolicy.REPAIR, "team-days lost"))
                .isEqualTo(report.summary(ReplanPolicy.NONE, "team-days lost"));
    }

    @Test
    void theTableListsEveryMetricForEveryPolicy() {
        SimulationReport report = tiny(DisruptionModel.JUNE).withRuns(2).withSeed(1).withThreads(2).run();
        String table = SimulationTable.text(report, Locale.ENGLISH);

        assertThat(table).contains("REPAIR", "SHIFT", "NONE", "2 replications, seed 1, notice 2 days");
        // Every metric has its row, the per-type counts named as planners say the type.
        assertThat(table.lines().filter(l -> l.matches("\\S.*\\S\\s{2,}mean\\s.*")).count())
                .isEqualTo(report.metricNames().size());
        assertThat(table).contains("coverage", "completed digital deduction", "completed priority 5", "travel km");
        assertThat(report.metricNames()).startsWith(RunMetrics.COVERAGE, RunMetrics.COMPLETED)
                .contains("completed DIGITAL_DEDUCTION", "completed priority 5", "re-notifications", "travel km");
        assertThat(table.lines().filter(l -> l.trim().startsWith("worst 5%")).count())
                .isEqualTo(report.metricNames().size());
        assertThat(report.meanHeldPerDay(ReplanPolicy.NONE)).hasSize(30);
        assertThat(report.meanHeldPerDay(ReplanPolicy.NONE).values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(report.summary(ReplanPolicy.NONE, RunMetrics.COMPLETED).mean(),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> report.summary(ReplanPolicy.NONE, "happiness"))
                .hasMessageContaining("unknown metric 'happiness'");
    }

    @Test
    void rejectsBadSettings() {
        MonteCarlo mc = tiny(DisruptionModel.NONE);
        assertThatThrownBy(() -> mc.withRuns(0)).hasMessage("runs must be 1 or more, was 0");
        assertThatThrownBy(() -> mc.withThreads(0)).hasMessage("threads must be 1 or more, was 0");
        assertThatThrownBy(() -> mc.withPolicies(List.of())).hasMessageContaining("at least one policy");
        assertThatThrownBy(() -> mc.withPolicies(List.of(ReplanPolicy.NONE, ReplanPolicy.NONE)))
                .hasMessageContaining("must not repeat");
        SimulationReport report = mc.withPolicies(List.of(ReplanPolicy.NONE)).withRuns(1).run();
        assertThatThrownBy(() -> report.metrics(ReplanPolicy.SHIFT)).hasMessage("policy SHIFT was not simulated");
        assertThat(report.summary(ReplanPolicy.NONE, RunMetrics.COVERAGE).low()).isNaN();
    }
}
