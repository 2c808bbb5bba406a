package io.drillplan.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.solver.PreferenceWeights;
import io.drillplan.solver.TestProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rule 7 collector must count exactly what {@code countDistinct(TeamSeat::drillIndex)} counts,
 * whatever the order of additions and undos the engine sends it.
 */
class DistinctDrillCountTest {

    @Test
    void countsDistinctDrillsThroughRandomAddsAndUndos() {
        DrillSolution solution = SolutionBuilder.build(TestProblems.crowded(6), PreferenceWeights.DEFAULT, false);
        List<TeamSeat> seats = solution.seats();
        DistinctDrillCount collector = DistinctDrillCount.INSTANCE;
        DistinctDrillCount.Counts counts = collector.supplier().get();
        List<Runnable> undos = new ArrayList<>();
        List<TeamSeat> inside = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            if (inside.isEmpty() || random.nextInt(5) < 3) {
                // Few drills, so that seats of one drill meet in the group, as a team in two roles does.
                TeamSeat seat = seats.get(random.nextInt(Math.min(12, seats.size())));
                undos.add(collector.accumulator().apply(counts, seat));
                inside.add(seat);
            } else {
                int k = random.nextInt(inside.size());
                undos.remove(k).run();
                inside.remove(k);
            }
            assertThat(collector.finisher().apply(counts))
                    .isEqualTo((int) inside.stream().mapToInt(TeamSeat::drillIndex).distinct().count());
        }
    }

    @Test
    void twoSeatsOfOneDrillCountOnce() {
        DrillSolution solution = SolutionBuilder.build(TestProblems.crowded(6), PreferenceWeights.DEFAULT, false);
        PlannedDrill twoSeats = solution.drills().stream().filter(d -> d.seats().size() > 1).findFirst().orElseThrow();
        DistinctDrillCount collector = DistinctDrillCount.INSTANCE;
        DistinctDrillCount.Counts counts = collector.supplier().get();
        Runnable first = collector.accumulator().apply(counts, twoSeats.seats().get(0));
        collector.accumulator().apply(counts, twoSeats.seats().get(1));
        assertThat(collector.finisher().apply(counts)).isEqualTo(1);
        first.run();
        assertThat(collector.finisher().apply(counts)).isEqualTo(1);
    }
}
