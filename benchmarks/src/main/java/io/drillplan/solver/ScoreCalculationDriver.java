package io.drillplan.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Benchmarks only: drives the engine's incremental score calculation with a seeded stream of
 * random changes, the way a local search evaluates moves (change, score, undo), but without move
 * selection or acceptance around it. The same seed replays the same changes, so variants of the
 * constraint set are measured on identical work.
 *
 * <p>Half of the changes give a drill another slot of its range (one in twenty: no slot), half
 * give a seat another of its eligible teams (one in twenty: none). Pinned entities are left
 * alone.
 */
public final class ScoreCalculationDriver {

    private static final String SLOT = PlannedDrill.SLOT;
    private static final String TEAM = TeamSeat.TEAM;

    private ScoreCalculationDriver() {}

    /**
     * A measurement: {@code calculations} incremental score calculations in {@code nanos}.
     *
     * @param calculations score calculations counted by the engine
     * @param nanos wall-clock time they took
     * @param finalScore the score of the working solution at the end (after the last undo)
     */
    public record Measurement(long calculations, long nanos, String finalScore) {

        /** Score calculations per second. */
        public double perSecond() {
            return calculations * 1e9 / nanos;
        }
    }

    /**
     * Measures the score calculation speed of {@link ConstraintSubset} with its current setting
     * on a planning clone of {@code start}: a warm-up run, then a measured run with the same seed.
     */
    public static Measurement measure(DrillSolution start, Duration warmUp, Duration measured, long seed) {
        SolverConfig config = SolverConfigs.build(PlannerOptions.DEFAULT)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(ConstraintSubset.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
        DefaultSolverFactory<DrillSolution> factory = new DefaultSolverFactory<>(config);
        try (InnerScoreDirector<DrillSolution, HardMediumSoftLongScore> director =
                factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(false, false)) {
            director.setWorkingSolution(director.cloneSolution(start));
            director.calculateScore();
            if (!warmUp.isZero()) {
                drive(director, warmUp, seed);
            }
            return drive(director, measured, seed);
        }
    }

    private static Measurement drive(InnerScoreDirector<DrillSolution, HardMediumSoftLongScore> director,
            Duration duration, long seed) {
        DrillSolution solution = director.getWorkingSolution();
        List<PlannedDrill> drills = new ArrayList<>();
        for (PlannedDrill drill : solution.drills()) {
            if (!drill.isPinned() && !drill.getSlotRange().isEmpty()) {
                drills.add(drill);
            }
        }
        List<TeamSeat> seats = new ArrayList<>();
        for (TeamSeat seat : solution.seats()) {
            if (!seat.isPinned() && !seat.getEligibleTeams().isEmpty()) {
                seats.add(seat);
            }
        }
        if (drills.isEmpty() && seats.isEmpty()) {
            throw new IllegalArgumentException("nothing to change: every drill and seat is pinned or has no values");
        }
        SplittableRandom random = new SplittableRandom(seed);
        long countBefore = director.getCalculationCount();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        long now = started;
        int i = 0;
        while (true) {
            if ((i++ & 63) == 0) {
                now = System.nanoTime();
                if (now >= deadline) {
                    break;
                }
            }
            boolean moveDrill = seats.isEmpty() || (!drills.isEmpty() && random.nextBoolean());
            if (moveDrill) {
                PlannedDrill drill = drills.get(random.nextInt(drills.size()));
                List<TimeSlot> range = drill.getSlotRange();
                TimeSlot to = random.nextInt(20) == 0 ? null : range.get(random.nextInt(range.size()));
                TimeSlot from = drill.getSlot();
                setSlot(director, drill, to);
                director.calculateScore();
                setSlot(director, drill, from);
            } else {
                TeamSeat seat = seats.get(random.nextInt(seats.size()));
                List<Team> range = seat.getEligibleTeams();
                Team to = random.nextInt(20) == 0 ? null : range.get(random.nextInt(range.size()));
                Team from = seat.getTeam();
                setTeam(director, seat, to);
                director.calculateScore();
                setTeam(director, seat, from);
            }
        }
        long elapsed = now - started;
        HardMediumSoftLongScore last = director.calculateScore();
        long calculations = director.getCalculationCount() - countBefore - 1;
        return new Measurement(calculations, elapsed, last.toString());
    }

    private static void setSlot(InnerScoreDirector<DrillSolution, ?> director, PlannedDrill drill, TimeSlot slot) {
        director.beforeVariableChanged(drill, SLOT);
        drill.setSlot(slot);
        director.afterVariableChanged(drill, SLOT);
        director.triggerVariableListeners();
    }

    private static void setTeam(InnerScoreDirector<DrillSolution, ?> director, TeamSeat seat, Team team) {
        director.beforeVariableChanged(seat, TEAM);
        seat.setTeam(team);
        director.afterVariableChanged(seat, TEAM);
        director.triggerVariableListeners();
    }
}
