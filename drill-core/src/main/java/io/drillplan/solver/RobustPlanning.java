package io.drillplan.solver;

import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans for the month that will happen rather than the one on paper. A drill planned on the last
 * day of its window has nowhere to go when a team is called away or rain falls that day; the
 * simulator shows that a third of the drills lost on the pilot are lost that way. A robust plan
 * keeps {@code slackDays} days at the end of every window free: it plans the problem with each
 * window ending that many days earlier (where the window is long enough), then places the drills
 * that found no room there greedily in their full windows. The result is a schedule of the
 * original problem.
 */
public final class RobustPlanning {

    private RobustPlanning() {}

    /**
     * Plans {@code problem} with {@code planner}, keeping {@code slackDays} at the end of each
     * window where possible.
     *
     * @param planner plans the month with the shortened windows
     * @param problem the month to plan
     * @param slackDays days to keep free at the end of each window, 0 or more
     * @param listener receives the planner's progress
     * @return a schedule of {@code problem} (not of the shortened one), scored by {@code planner}
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     * @throws IllegalArgumentException when {@code slackDays} is negative
     */
    public static Schedule plan(DrillPlanner planner, DrillProblem problem, int slackDays, ProgressListener listener) {
        Objects.requireNonNull(planner, "planner");
        if (slackDays < 0) {
            throw new IllegalArgumentException("slackDays must be 0 or more, was " + slackDays);
        }
        ProblemValidator.validate(problem);
        Schedule early = planner.plan(withSlack(problem, slackDays), listener);
        List<String> rest = early.unscheduled().stream().map(Unscheduled::drill).toList();
        Schedule filled = rest.isEmpty() ? early : GreedyScheduler.extend(problem,
                new Schedule(problem.name(), early.assignments(), List.of()), rest, problem.horizon().start());
        Explanation score = planner.explain(problem, filled);
        return new Schedule(problem.name(), Optional.of(score.score()), filled.assignments(),
                filled.unscheduled());
    }

    /** {@code problem} with every window ending {@code slackDays} days earlier, never before it starts. */
    static DrillProblem withSlack(DrillProblem problem, int slackDays) {
        DrillProblem.Builder b = problem.toBuilder().clearDrills();
        for (DrillRequest d : problem.drills()) {
            DateWindow w = d.windowIn(problem.horizon());
            LocalDate end = w.to().minusDays(slackDays);
            if (end.isBefore(w.from())) {
                end = w.from();
            }
            b.drill(end.equals(w.to()) ? d : d.withWindow(new DateWindow(w.from(), end)));
        }
        return b.build();
    }
}
