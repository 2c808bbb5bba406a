package io.drillplan.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.DrillProblem;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.solver.TestProblems;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The hand-kept score against the constraint streams, on states no search would visit: random
 * dates inside and outside each drill's window, emptied drills, unqualified and absent teams,
 * teams swapped between seats, published dates and teams to stray from. The engine tells the
 * calculator about each change the way a move does (the drill, then each of its seats' copies of
 * the slot), and every few changes its score must equal both the streams' score of the same
 * schedule and its own score computed afresh.
 */
class DrillScoreCalculatorTest {

    private static final int CHANGES = 4_000;
    private static final int COMPARE_EVERY = 40;

    @ParameterizedTest(name = "{0}, strict staffing {1}, seed {2}")
    @CsvSource({"COUNTY, false, 1", "COUNTY, true, 2", "TINY, false, 3", "CROWDED, false, 4", "CROWDED, true, 5"})
    void equalsTheConstraintStreamsAfterRandomChanges(String name, boolean strict, long seed) {
        DrillProblem problem = name.equals("CROWDED")
                ? TestProblems.crowded(6) : SampleProblems.generate(SampleProblems.Preset.valueOf(name));
        // Every soft preference on, stability included, with unequal weights so a mix-up shows.
        PreferenceWeights weights = new PreferenceWeights(1, 3, 5, 7, 11, 13);
        DrillSolution solution = SolutionBuilder.build(problem, weights, strict);
        SolutionBuilder.apply(solution, GreedyScheduler.schedule(problem), true);
        Random random = new Random(seed);
        publishSome(solution, random);

        SolutionManager<DrillSolution, HardMediumSoftLongScore> streams = SolutionManager.create(SolverFactory.create(
                SolverConfigs.withConstraintStreams(SolverConfigs.build(PlannerOptions.DEFAULT.withWeights(weights)))));
        DrillScoreCalculator calculator = new DrillScoreCalculator();
        calculator.resetWorkingSolution(solution);
        assertThat(calculator.calculateScore()).isEqualTo(streams.update(solution));

        int compared = 0;
        for (int change = 1; change <= CHANGES; change++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                moveDrill(calculator, solution, random);
            } else if (kind < 9) {
                changeTeam(calculator, solution, random);
            } else {
                swapTeams(calculator, solution, random);
            }
            if (change % COMPARE_EVERY == 0) {
                HardMediumSoftLongScore kept = calculator.calculateScore();
                DrillScoreCalculator fresh = new DrillScoreCalculator();
                fresh.resetWorkingSolution(solution);
                assertThat(kept).as("after change %d", change).isEqualTo(streams.update(solution));
                assertThat(kept).as("after change %d, afresh", change).isEqualTo(fresh.calculateScore());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(CHANGES / COMPARE_EVERY);
        // The walk went through broken schedules, not just feasible ones.
        assertThat(streams.update(solution).hardScore()).isNegative();
    }

    /** A third of the drills get their current date and teams as the published ones. */
    private static void publishSome(DrillSolution solution, Random random) {
        for (PlannedDrill drill : solution.drills()) {
            if (random.nextInt(3) == 0) {
                drill.setPublishedSlot(drill.getSlot() != null ? drill.getSlot() : anySlot(solution, random));
                for (TeamSeat seat : drill.seats()) {
                    seat.setPublishedTeam(seat.getTeam());
                }
            }
        }
    }

    private static void moveDrill(DrillScoreCalculator calculator, DrillSolution solution, Random random) {
        PlannedDrill drill = solution.drills().get(random.nextInt(solution.drills().size()));
        int pick = random.nextInt(10);
        TimeSlot to;
        if (pick == 0) {
            to = null;
        } else if (pick < 7 && !drill.getSlotRange().isEmpty()) {
            to = drill.getSlotRange().get(random.nextInt(drill.getSlotRange().size()));
        } else {
            // Another drill's date and slot: often outside this one's window or on a closed day.
            to = anySlot(solution, random);
        }
        calculator.beforeVariableChanged(drill, PlannedDrill.SLOT);
        drill.setSlot(to);
        calculator.afterVariableChanged(drill, PlannedDrill.SLOT);
        // What SeatSlotUpdater does once the move is done: each seat follows, one at a time.
        for (TeamSeat seat : drill.seats()) {
            calculator.beforeVariableChanged(seat, TeamSeat.DRILL_SLOT);
            seat.setDrillSlot(to);
            calculator.afterVariableChanged(seat, TeamSeat.DRILL_SLOT);
        }
    }

    private static void changeTeam(DrillScoreCalculator calculator, DrillSolution solution, Random random) {
        TeamSeat seat = solution.seats().get(random.nextInt(solution.seats().size()));
        int pick = random.nextInt(10);
        Team to;
        if (pick == 0) {
            to = null;
        } else if (pick < 6 && !seat.getEligibleTeams().isEmpty()) {
            to = seat.getEligibleTeams().get(random.nextInt(seat.getEligibleTeams().size()));
        } else {
            // Any team: unqualified, or already in another seat of the drill, or away that day.
            to = solution.teams().get(random.nextInt(solution.teams().size()));
        }
        calculator.beforeVariableChanged(seat, TeamSeat.TEAM);
        seat.setTeam(to);
        calculator.afterVariableChanged(seat, TeamSeat.TEAM);
    }

    private static void swapTeams(DrillScoreCalculator calculator, DrillSolution solution, Random random) {
        List<TeamSeat> seats = solution.seats();
        TeamSeat a = seats.get(random.nextInt(seats.size()));
        TeamSeat b = seats.get(random.nextInt(seats.size()));
        if (a == b) {
            return;
        }
        Team teamOfA = a.getTeam();
        calculator.beforeVariableChanged(a, TeamSeat.TEAM);
        a.setTeam(b.getTeam());
        calculator.afterVariableChanged(a, TeamSeat.TEAM);
        calculator.beforeVariableChanged(b, TeamSeat.TEAM);
        b.setTeam(teamOfA);
        calculator.afterVariableChanged(b, TeamSeat.TEAM);
    }

    private static TimeSlot anySlot(DrillSolution solution, Random random) {
        List<PlannedDrill> drills = solution.drills();
        for (int tries = 0; tries < 100; tries++) {
            List<TimeSlot> range = drills.get(random.nextInt(drills.size())).getSlotRange();
            if (!range.isEmpty()) {
                return range.get(random.nextInt(range.size()));
            }
        }
        throw new IllegalStateException("no drill has a slot");
    }
}
