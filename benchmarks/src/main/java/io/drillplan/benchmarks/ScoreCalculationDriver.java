package io.drillplan.benchmarks;

import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.engine.DrillSolution;
import io.drillplan.solver.engine.PlannedDrill;
import io.drillplan.solver.engine.SolverConfigs;
import io.drillplan.solver.engine.Team;
import io.drillplan.solver.engine.TeamSeat;
import io.drillplan.solver.engine.TimeSlot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
     * A measurement: {@code calculations} incremental score calculations in {@code cpuNanos}.
     *
     * @param calculations score calculations counted by the engine
     * @param cpuNanos CPU time of the measuring thread while it calculated them
     */
    public record Measurement(long calculations, long cpuNanos) {

        /**
         * Score calculations per second of CPU time: on a machine shared with other work this is
         * steadier than per second of wall-clock time (garbage collection on other threads is not
         * counted; the collector is mostly idle here because little garbage is made).
         */
        public double perSecond() {
            return calculations * 1e9 / cpuNanos;
        }
    }

    /**
     * A score director over a planning clone of {@code start}, built for {@link ConstraintSubset}
     * with its current setting, to measure repeatedly. Close it to free the engine's memory.
     */
    public static Session open(DrillSolution start) {
        SolverConfig config = SolverConfigs.build(PlannerOptions.DEFAULT)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(ConstraintSubset.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
        DefaultSolverFactory<DrillSolution> factory = new DefaultSolverFactory<>(config);
        InnerScoreDirector<DrillSolution, HardMediumSoftLongScore> director =
                factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(false, false);
        director.setWorkingSolution(director.cloneSolution(start));
        director.calculateScore();
        return new Session(director);
    }

    /** An open score director to drive; see {@link #open(DrillSolution)}. */
    public static final class Session implements AutoCloseable {

        private final InnerScoreDirector<DrillSolution, HardMediumSoftLongScore> director;

        private Session(InnerScoreDirector<DrillSolution, HardMediumSoftLongScore> director) {
            this.director = director;
        }

        /**
         * Mean wall-clock milliseconds of the engine's planning clone of the working solution (what
         * the solver does on every new best solution), over {@code times} clones after as many
         * unmeasured ones to warm the JIT up.
         */
        public double averageCloneMillis(int times) {
            for (int i = 0; i < times; i++) {
                director.cloneSolution(director.getWorkingSolution());
            }
            long started = System.nanoTime();
            for (int i = 0; i < times; i++) {
                director.cloneSolution(director.getWorkingSolution());
            }
            return (System.nanoTime() - started) / 1e6 / times;
        }

        /** Drives the changes of {@code seed} for {@code cpuTime} of the calling thread's CPU time. */
        public Measurement run(Duration cpuTime, long seed) {
            return drive(director, cpuTime, seed);
        }

        @Override
        public void close() {
            director.close();
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long countBefore = director.getCalculationCount();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long deadline = cpuStarted + duration.toNanos();
        long cpu = cpuStarted;
        int i = 0;
        while (true) {
            if ((i++ & 63) == 0) {
                cpu = threads.getCurrentThreadCpuTime();
                if (cpu >= deadline) {
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
        return new Measurement(director.getCalculationCount() - countBefore, cpu - cpuStarted);
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
