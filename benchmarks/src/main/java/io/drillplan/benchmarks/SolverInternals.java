package io.drillplan.benchmarks;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.PreferenceWeights;
import io.drillplan.solver.engine.DrillSolution;
import io.drillplan.solver.engine.PlannedDrill;
import io.drillplan.solver.engine.SolutionBuilder;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The solver internals the benchmarks measure, in one place: the planning solution, its start and
 * its score, reached through the public members of drill-core's engine package. That package is
 * not exported by drill-core's module; the benchmarks run on the class path, where its public
 * members are visible.
 */
public final class SolverInternals {

    private SolverInternals() {}

    /** The planning solution of {@code problem} with every drill and seat unassigned. */
    public static DrillSolution emptySolution(DrillProblem problem, PreferenceWeights weights) {
        return SolutionBuilder.build(problem, weights, false);
    }

    /** Sets the variables of {@code solution} from {@code schedule}, which must fit it exactly. */
    public static void apply(DrillSolution solution, Schedule schedule) {
        SolutionBuilder.apply(solution, schedule, true);
    }

    /**
     * The start the planner searches from: the planning solution with the greedy schedule applied,
     * as {@link DrillPlanner#plan(DrillProblem)} builds it.
     */
    public static DrillSolution warmStart(DrillProblem problem, PreferenceWeights weights) {
        DrillSolution solution = emptySolution(problem, weights);
        apply(solution, GreedyScheduler.schedule(problem));
        return solution;
    }

    /**
     * The solution as a schedule: held drills as assignments, every other drill unscheduled with
     * {@code reason}. Unlike the planner's output, no gap is filled afterwards: this is what the
     * search itself produced.
     */
    public static Schedule schedule(DrillSolution solution, String reason) {
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (PlannedDrill drill : solution.drills()) {
            if (!SolutionBuilder.isHeld(drill)) {
                unscheduled.add(new Unscheduled(drill.getId(), reason));
            }
        }
        HardMediumSoftLongScore score = solution.getScore();
        return new Schedule(solution.problem().name(),
                java.util.Optional.ofNullable(score == null ? null : SolutionBuilder.score(score)),
                SolutionBuilder.assignments(solution), unscheduled);
    }
}
