package io.drillplan.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.solver.TestProblems;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/**
 * The scratch bookings the ruin-and-recreate moves plan on: a copy caught up with a changed
 * solution must answer every question exactly as a fresh copy does, and a rolled-back copy as
 * it did before the changes.
 */
class BookingsTest {

    private static DrillSolution greedySolution(DrillProblem problem) {
        DrillSolution solution = SolutionBuilder.build(problem, PreferenceWeights.DEFAULT, false);
        SolutionBuilder.apply(solution, GreedyScheduler.schedule(problem), true);
        return solution;
    }

    /** Every answer of {@code a} equals {@code b}'s, over every drill, team and day. */
    private static void assertSameAnswers(DrillSolution solution, Bookings a, Bookings b) {
        for (PlannedDrill drill : solution.drills()) {
            int d = drill.index();
            assertThat(a.slotOf(d)).as("slot of %s", drill.getId()).isSameAs(b.slotOf(d));
            assertThat(a.crewOf(d)).as("crew of %s", drill.getId()).containsExactly(b.crewOf(d));
            for (TimeSlot at : drill.getSlotRange()) {
                assertThat(a.siteAllows(drill, at)).as("%s at %s", drill.getId(), at).isEqualTo(b.siteAllows(drill, at));
                for (TeamSeat seat : drill.seats()) {
                    for (Team team : seat.getEligibleTeams()) {
                        assertThat(a.teamFree(team, drill, at)).isEqualTo(b.teamFree(team, drill, at));
                    }
                }
            }
        }
        int days = solution.calendar().dayCount();
        for (Team team : solution.teams()) {
            assertThat(a.load(team)).isEqualTo(b.load(team));
            for (int day = 0; day < days; day++) {
                int[] x = a.drillsOf(team, day);
                int[] y = b.drillsOf(team, day);
                Arrays.sort(x);
                Arrays.sort(y);
                assertThat(x).isEqualTo(y);
            }
        }
    }

    @ParameterizedTest(name = "changes marked by the score calculator: {0}")
    @ValueSource(booleans = {false, true})
    void caughtUpCopyAnswersLikeAFreshOne(boolean marked) {
        DrillProblem problem = TestProblems.crowded(6);
        DrillSolution solution = greedySolution(problem);
        BookingFacts facts = new BookingFacts(solution);
        Bookings kept = new Bookings(facts, solution);
        // With a calculator the engine tells it of each change, and it marks the drill.
        DrillScoreCalculator calculator = marked ? new DrillScoreCalculator() : null;
        if (marked) {
            calculator.resetWorkingSolution(solution);
        }
        // Change the solution as steps do: drills out, drills moved, teams swapped.
        Random random = new Random(3);
        Set<Integer> changed = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            PlannedDrill drill = solution.drills().get(random.nextInt(solution.drills().size()));
            changed.add(drill.index());
            TimeSlot to = random.nextInt(4) == 0 ? null
                    : drill.getSlotRange().get(random.nextInt(drill.getSlotRange().size()));
            change(calculator, drill, PlannedDrill.SLOT, () -> drill.setSlot(to));
            for (TeamSeat seat : drill.seats()) {
                Team team = random.nextBoolean() ? null
                        : seat.getEligibleTeams().get(random.nextInt(seat.getEligibleTeams().size()));
                change(calculator, seat, TeamSeat.TEAM, () -> seat.setTeam(team));
                change(calculator, seat, TeamSeat.DRILL_SLOT, () -> seat.setDrillSlot(to));
            }
        }
        Set<Integer> reread = new HashSet<>();
        kept.syncWith(solution, reread::add);
        assertSameAnswers(solution, kept, new Bookings(facts, solution));
        if (marked) {
            assertThat(reread).isEqualTo(changed);
        } else {
            assertThat(reread).hasSize(solution.drills().size());
        }
    }

    private static void change(DrillScoreCalculator calculator, Object entity, String variable, Runnable change) {
        if (calculator != null) {
            calculator.beforeVariableChanged(entity, variable);
        }
        change.run();
        if (calculator != null) {
            calculator.afterVariableChanged(entity, variable);
        }
    }

    @Test
    void rollbackRestoresEveryAnswer() {
        DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.TINY);
        DrillSolution solution = greedySolution(problem);
        BookingFacts facts = new BookingFacts(solution);
        Bookings bookings = new Bookings(facts, solution);
        int mark = bookings.mark();
        int removed = 0;
        for (PlannedDrill drill : solution.drills()) {
            if (bookings.slotOf(drill.index()) != null && removed++ < 5) {
                bookings.remove(drill.index());
            }
        }
        for (PlannedDrill drill : solution.drills()) {
            if (bookings.slotOf(drill.index()) == null) {
                for (TimeSlot at : drill.getSlotRange()) {
                    Team[] crew = bookings.siteAllows(drill, at) ? bookings.crewFor(drill, at, bookings.teamsByCost(drill)) : null;
                    if (crew != null) {
                        bookings.place(drill.index(), at, crew);
                        break;
                    }
                }
            }
        }
        assertThat(removed).isPositive();
        bookings.rollback(mark);
        assertSameAnswers(solution, bookings, new Bookings(facts, solution));
    }

    @Test
    void rankedCrewIsTheCheapestFreeCrew() {
        DrillProblem problem = TestProblems.crowded(6);
        DrillSolution solution = greedySolution(problem);
        Bookings bookings = new Bookings(new BookingFacts(solution), solution);
        // Take a third of the placed drills out: their teams become free for the others.
        Random random = new Random(5);
        for (PlannedDrill drill : solution.drills()) {
            if (bookings.slotOf(drill.index()) != null && random.nextInt(3) == 0) {
                bookings.remove(drill.index());
            }
        }
        int crews = 0;
        int none = 0;
        for (PlannedDrill drill : solution.drills()) {
            if (bookings.slotOf(drill.index()) != null) {
                continue;
            }
            Team[][] ranked = bookings.teamsByCost(drill);
            for (TimeSlot at : drill.getSlotRange()) {
                if (!bookings.siteAllows(drill, at)) {
                    continue;
                }
                Team[] expected = cheapestFreeCrew(bookings, drill, at);
                assertThat(bookings.crewFor(drill, at, ranked)).as("%s at %s", drill.getId(), at).isEqualTo(expected);
                if (expected == null) {
                    none++;
                } else {
                    crews++;
                }
            }
        }
        assertThat(crews).isPositive();
        assertThat(none).isPositive();
    }

    /** Seat by seat, the cheapest free team not chosen yet, the first of equal costs: no ranking. */
    private static Team[] cheapestFreeCrew(Bookings bookings, PlannedDrill drill, TimeSlot at) {
        Team[] chosen = new Team[drill.seats().size()];
        for (int k = 0; k < chosen.length; k++) {
            TeamSeat seat = drill.seats().get(k);
            List<Team> eligible = seat.getEligibleTeams();
            long bestCost = Long.MAX_VALUE;
            for (int i = 0; i < eligible.size(); i++) {
                Team team = eligible.get(i);
                if (Arrays.asList(chosen).contains(team) || !bookings.teamFree(team, drill, at)) {
                    continue;
                }
                long cost = bookings.teamCost(drill, seat, i);
                if (cost < bestCost) {
                    bestCost = cost;
                    chosen[k] = team;
                }
            }
            if (chosen[k] == null) {
                return null;
            }
        }
        return chosen;
    }

    @Test
    void placementsFromTheBookingsKeepEveryHardRule() {
        DrillProblem problem = TestProblems.crowded(6);
        DrillSolution empty = SolutionBuilder.build(problem, PreferenceWeights.DEFAULT, false);
        Bookings bookings = new Bookings(new BookingFacts(empty), empty);
        // Place every drill wherever the bookings allow, then let the independent checker judge.
        for (PlannedDrill drill : empty.drills()) {
            for (TimeSlot at : drill.getSlotRange()) {
                Team[] crew = bookings.siteAllows(drill, at) ? bookings.crewFor(drill, at, bookings.teamsByCost(drill)) : null;
                if (crew != null) {
                    bookings.place(drill.index(), at, crew);
                    drill.setSlot(at);
                    for (int k = 0; k < crew.length; k++) {
                        drill.seats().get(k).setTeam(crew[k]);
                        drill.seats().get(k).setDrillSlot(at);
                    }
                    break;
                }
            }
        }
        Schedule schedule = new Schedule(problem.name(), SolutionBuilder.assignments(empty),
                empty.drills().stream().filter(d -> !SolutionBuilder.isHeld(d))
                        .map(d -> new io.drillplan.model.Unscheduled(d.getId(), "no room")).toList());
        assertThat(schedule.assignments()).isNotEmpty();
        assertThat(io.drillplan.check.ScheduleChecker.check(problem, schedule).violations()).isEmpty();
    }
}
