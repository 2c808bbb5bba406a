package io.drillplan.solver.engine;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Counts the distinct drills among a group's seats, as {@code countDistinct(TeamSeat::drillIndex)}
 * does, for the team limits of rule 7. A team's drills on one day or in one week are a handful,
 * so a scan of two small arrays beats the engine's collector, which keeps a {@code HashMap} of
 * boxed indices per group and is asked on every seat change.
 */
final class DistinctDrillCount implements UniConstraintCollector<TeamSeat, DistinctDrillCount.Counts, Integer> {

    static final DistinctDrillCount INSTANCE = new DistinctDrillCount();

    private DistinctDrillCount() {}

    /** The drills of one group and how many of its seats each has there. */
    static final class Counts {
        private int[] drills = new int[4];
        private int[] seats = new int[4];
        private int size;

        private void add(int drill) {
            for (int i = 0; i < size; i++) {
                if (drills[i] == drill) {
                    seats[i]++;
                    return;
                }
            }
            if (size == drills.length) {
                drills = Arrays.copyOf(drills, size * 2);
                seats = Arrays.copyOf(seats, size * 2);
            }
            drills[size] = drill;
            seats[size] = 1;
            size++;
        }

        private void remove(int drill) {
            for (int i = 0; i < size; i++) {
                if (drills[i] == drill) {
                    if (--seats[i] == 0) {
                        size--;
                        drills[i] = drills[size];
                        seats[i] = seats[size];
                    }
                    return;
                }
            }
            throw new IllegalStateException("Drill " + drill + " was never counted");
        }
    }

    @Override
    public Supplier<Counts> supplier() {
        return Counts::new;
    }

    @Override
    public BiFunction<Counts, TeamSeat, Runnable> accumulator() {
        return (counts, seat) -> {
            int drill = seat.drillIndex();
            counts.add(drill);
            return () -> counts.remove(drill);
        };
    }

    @Override
    public Function<Counts, Integer> finisher() {
        return counts -> counts.size;
    }
}
