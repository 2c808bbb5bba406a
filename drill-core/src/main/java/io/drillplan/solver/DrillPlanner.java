package io.drillplan.solver;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Message;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.model.ScheduleConstraint;
import io.drillplan.model.Score;
import io.drillplan.model.ScoreLevel;
import io.drillplan.model.Unscheduled;
import io.drillplan.solver.engine.DrillConstraints;
import io.drillplan.solver.engine.DrillSolution;
import io.drillplan.solver.engine.GreedyPlacement;
import io.drillplan.solver.engine.Involvement;
import io.drillplan.solver.engine.Occupancy;
import io.drillplan.solver.engine.ParallelSearch;
import io.drillplan.solver.engine.PlannedDrill;
import io.drillplan.solver.engine.RegionDay;
import io.drillplan.solver.engine.ReplanStart;
import io.drillplan.solver.engine.SolutionBuilder;
import io.drillplan.solver.engine.Team;
import io.drillplan.solver.engine.TeamSeat;
import io.drillplan.solver.engine.UnscheduledReasons;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a month of drills, re-plans it when things change, and explains a schedule's score.
 *
 * <pre>{@code
 * DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(20)));
 * Schedule schedule = planner.plan(problem);              // blocks until the search ends
 * PlanningJob<Schedule> job = planner.start(problem);     // or runs in the background
 * }</pre>
 *
 * <p>Every schedule returned keeps the hard rules of docs/rules.md whenever its score is
 * feasible ({@code schedule.score().orElseThrow().isFeasible()}); drills that could not be held
 * are listed with a reason. A planner may be shared by threads and run several solves at once;
 * {@link PlanningJob#cancel()} stops one of them, {@link #terminateEarly()} all of them.
 */
public final class DrillPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(DrillPlanner.class);

    private final PlannerOptions options;
    private final ParallelSearch search;
    private final SolutionManager<DrillSolution, HardMediumSoftLongScore> solutionManager;
    /** Stopped by {@link #terminateEarly()}; the parent of every solve's own signal. */
    private final StopSignal plannerStop = new StopSignal(null);
    private final Set<StopSignal> live = ConcurrentHashMap.newKeySet();

    private DrillPlanner(PlannerOptions options) {
        this.options = options;
        this.search = new ParallelSearch(options);
        this.solutionManager = search.scorer();
    }

    /**
     * A planner with these options. Building it sets up the solver once; reuse it for many calls.
     *
     * @param options how long and how to search
     * @return a planner that may be shared by threads
     */
    public static DrillPlanner create(PlannerOptions options) {
        return new DrillPlanner(Objects.requireNonNull(options, "options"));
    }

    /**
     * The options this planner was created with.
     *
     * @return the options given to {@link #create(PlannerOptions)}
     */
    public PlannerOptions options() {
        return options;
    }

    /**
     * Plans {@code problem} from scratch.
     *
     * @param problem the month to plan
     * @return the best schedule found within the options' limits, with its score
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public Schedule plan(DrillProblem problem) {
        return plan(problem, ProgressListener.NONE);
    }

    /**
     * Plans {@code problem} from scratch, reporting progress, blocking until the search ends.
     *
     * @param problem the month to plan
     * @param listener told each time the best schedule improves, on the solver's thread
     * @return the best schedule found within the options' limits, with its score; drills left out
     *     are listed with a reason
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public Schedule plan(DrillProblem problem, ProgressListener listener) {
        long started = System.nanoTime();
        ProblemValidator.validate(problem);
        StopSignal signal = open();
        try {
            return plan(problem, listener, signal, started);
        } finally {
            live.remove(signal);
        }
    }

    /**
     * Starts planning {@code problem} from scratch in the background; the same search as
     * {@link #plan(DrillProblem)}, so the same seed gives the same schedule.
     *
     * @param problem the problem
     * @return the running job: its result, progress events and cancel
     * @throws io.drillplan.model.InvalidProblemException at once, listing every problem of the input
     */
    public PlanningJob<Schedule> start(DrillProblem problem) {
        long started = System.nanoTime();
        ProblemValidator.validate(problem);
        StopSignal signal = open();
        return PlanningJob.launch(signal, listener -> plan(problem, listener, signal, started),
                () -> live.remove(signal));
    }

    private Schedule plan(DrillProblem problem, ProgressListener listener, StopSignal signal, long started) {
        DrillSolution solution = SolutionBuilder.build(problem, options.weights(), false);
        SolutionBuilder.apply(solution, GreedyScheduler.schedule(problem, signal::isStopped), true);
        return solve(solution, listener, signal, started);
    }

    /** A stop signal for a new solve, reached by {@link #terminateEarly()} while the solve runs. */
    private StopSignal open() {
        StopSignal signal = new StopSignal(plannerStop);
        live.add(signal);
        return signal;
    }

    /**
     * Re-plans from {@code today} after a change. Nothing moves to or from a date before
     * {@code today}: drills {@code published} before it count as held and stay exactly as they
     * are, as do the drills in {@code pinned} (an id absent from {@code published} stays out);
     * every other drill may only go on or after {@code today}, and drills whose window ended
     * before it stay out. The search starts from the published version with what the changed
     * problem no longer allows moved away (another crew on the same date and slot, else the
     * earliest free slot from {@code today}), and penalises every change against
     * {@code published} with the stability weight (the options' value, or 50 when the options
     * leave it at 0). To re-place a drill that was not held, leave it out of {@code published}.
     * Ids that {@code problem} no longer knows are skipped. The helpers of
     * {@code io.drillplan.changes} build the changed problem, published version and pins from
     * events.
     *
     * @param problem the changed month
     * @param published the version people were told about
     * @param today the first date anything may move to or from
     * @param pinned ids of drills that must stay as {@code published} has them
     * @param listener told each time the best schedule improves, on the solver's thread
     * @return the new version, its stability cost and its changes against {@code published}
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public Replan replan(DrillProblem problem, Schedule published, LocalDate today, Collection<String> pinned,
            ProgressListener listener) {
        long started = System.nanoTime();
        ProblemValidator.validate(problem);
        Objects.requireNonNull(today, "today");
        StopSignal signal = open();
        try {
            return replan(problem, published, today, pinned, listener, signal, started);
        } finally {
            live.remove(signal);
        }
    }

    /**
     * Starts {@link #replan(DrillProblem, Schedule, LocalDate, Collection, ProgressListener)} in
     * the background.
     *
     * @param problem the changed problem
     * @param published the published schedule
     * @param today the first date that may change
     * @param pinned drills that stay as published
     * @return the running job: its result, progress events and cancel
     * @throws io.drillplan.model.InvalidProblemException at once, listing every problem of the input
     */
    public PlanningJob<Replan> startReplan(DrillProblem problem, Schedule published, LocalDate today,
            Collection<String> pinned) {
        long started = System.nanoTime();
        ProblemValidator.validate(problem);
        Objects.requireNonNull(today, "today");
        StopSignal signal = open();
        return PlanningJob.launch(signal,
                listener -> replan(problem, published, today, pinned, listener, signal, started),
                () -> live.remove(signal));
    }

    private Replan replan(DrillProblem problem, Schedule published, LocalDate today, Collection<String> pinned,
            ProgressListener listener, StopSignal signal, long started) {
        PreferenceWeights weights = options.weights().stability() > 0
                ? options.weights() : options.weights().withStability(50);
        ReplanStart start = new ReplanStart(problem, published, today, Set.copyOf(pinned));
        Schedule schedule = start.withReasons(solve(start.solution(weights), listener, signal, started));
        return Replan.of(start.published(), schedule, weights.stability());
    }

    /**
     * {@link #replan(DrillProblem, Schedule, LocalDate, Collection, ProgressListener)} without pins
     * or progress.
     *
     * @param problem the changed month
     * @param published the version people were told about
     * @param today the first date anything may move to or from
     * @return the new version, its stability cost and its changes against {@code published}
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public Replan replan(DrillProblem problem, Schedule published, LocalDate today) {
        return replan(problem, published, today, Set.of(), ProgressListener.NONE);
    }

    /**
     * The score of {@code schedule} for {@code problem}, by constraint and by drill. A drill listed
     * as held with a missing team counts as a hard violation here (rule 4).
     *
     * @param problem the month the schedule belongs to
     * @param schedule the schedule to score, for example one edited by hand
     * @return the score with the constraints that matched and the drills they involve
     * @throws io.drillplan.model.InvalidProblemException when the problem is invalid or the
     *     schedule names drills, slots or teams the problem lacks, or too many teams for a skill
     */
    public Explanation explain(DrillProblem problem, Schedule schedule) {
        ProblemValidator.validate(problem);
        DrillSolution solution = SolutionBuilder.build(problem, options.weights(), true);
        SolutionBuilder.apply(solution, schedule, true);
        ScoreExplanation<DrillSolution, HardMediumSoftLongScore> explanation = solutionManager.explain(solution);
        List<ConstraintTotal> totals = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (total.getConstraintMatchCount() == 0) {
                continue;
            }
            Score s = SolutionBuilder.score(total.getScore());
            ScoreLevel level = levelOf(s);
            totals.add(new ConstraintTotal(constraintOf(total), level, -s.part(level), total.getConstraintMatchCount()));
        }
        totals.sort(Comparator.comparing(ConstraintTotal::level)
                .thenComparing(Comparator.comparingLong(ConstraintTotal::penalty).reversed())
                .thenComparing(ConstraintTotal::name));
        return new Explanation(SolutionBuilder.score(explanation.getScore()), totals,
                drillImpacts(explanation, solution));
    }

    /**
     * Stops every running solve of this planner, the jobs of {@link #start} included; each returns
     * the best schedule found so far. The planner stays stopped: later calls return their starting
     * schedule at once. To stop one solve and keep the planner, start it as a job and use
     * {@link PlanningJob#cancel()}.
     */
    public void terminateEarly() {
        plannerStop.stop();
        live.forEach(StopSignal::stop);
    }

    private Schedule solve(DrillSolution start, ProgressListener listener, StopSignal signal, long started) {
        int total = start.drills().size();
        DrillSolution best = search.solve(start, started, listener, signal.running(), signal::isStopped);
        fillGaps(best, signal::isStopped);
        HardMediumSoftLongScore score = solutionManager.update(best);
        LOG.debug("Solved {} drills: {}", total, score);
        listener.onProgress(new Progress(Duration.ofNanos(System.nanoTime() - started), SolutionBuilder.score(score),
                SolutionBuilder.heldCount(best), total));
        return toSchedule(best, score, signal.isStopped());
    }


    /**
     * Places greedily every unpinned drill the search left out (or left short of a team) where a
     * slot and crew are still free: the search may stop before it finds them, and a drill left out
     * should mean "no room", not "not found in time".
     */
    private static void fillGaps(DrillSolution solution, BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            return; // its bookkeeping alone takes seconds on a large problem
        }
        DrillProblem problem = solution.problem();
        Occupancy occupancy = new Occupancy(problem);
        SolutionBuilder.assignments(solution).forEach(occupancy::add);
        List<DrillRequest> missing = new ArrayList<>();
        Map<String, PlannedDrill> byId = new HashMap<>();
        for (PlannedDrill drill : solution.drills()) {
            byId.put(drill.getId(), drill);
            if (!drill.isPinned() && !SolutionBuilder.isHeld(drill)) {
                missing.add(drill.request());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        GreedyPlacement.placeAll(occupancy, missing, problem.horizon().start(), stop);
        for (DrillRequest request : missing) {
            PlannedDrill drill = byId.get(request.id());
            Assignment placed = occupancy.placement(request.id());
            drill.setSlot(placed == null ? null
                    : solution.calendar().timeSlot(placed.date(), problem.horizon().slotIndex(placed.slot())));
            for (TeamSeat seat : drill.seats()) {
                seat.setTeam(null);
                // The shadow copy must follow, or the next score is computed from a stale slot.
                seat.setDrillSlot(drill.getSlot());
            }
            if (placed != null) {
                placed.teams().forEach(t -> drill.seats().stream()
                        .filter(s -> s.skill().equals(t.skill()) && s.getTeam() == null).findFirst()
                        .ifPresent(s -> s.setTeam(solution.teams().stream()
                                .filter(team -> team.id().equals(t.team())).findFirst().orElseThrow())));
            }
        }
    }

    private static Schedule toSchedule(DrillSolution solution, HardMediumSoftLongScore score, boolean stopped) {
        DrillProblem problem = solution.problem();
        List<Assignment> assignments = SolutionBuilder.assignments(solution);
        UnscheduledReasons reasons = null;
        if (!stopped) { // after a stop no reason is analysed, so the bookkeeping is not needed
            Occupancy occupancy = new Occupancy(problem);
            assignments.forEach(occupancy::add);
            reasons = new UnscheduledReasons(occupancy);
        }
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (PlannedDrill drill : solution.drills()) {
            if (!SolutionBuilder.isHeld(drill)) {
                unscheduled.add(Unscheduled.of(drill.getId(), drill.isPinned() ? Message.of("reason.pinned")
                        : stopped ? GreedyScheduler.STOPPED_MESSAGE : reasons.reason(drill.request())));
            }
        }
        return new Schedule(problem.name(), Optional.of(SolutionBuilder.score(score)), assignments, unscheduled);
    }

    private static List<DrillImpact> drillImpacts(ScoreExplanation<DrillSolution, HardMediumSoftLongScore> explanation,
            DrillSolution solution) {
        Map<String, long[]> scores = new LinkedHashMap<>();
        Map<String, Map<ScheduleConstraint, Long>> constraints = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            ScheduleConstraint constraint = constraintOf(total);
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                HardMediumSoftLongScore s = match.getScore();
                Involvement involved = match.getJustification();
                for (String drill : involved.drills(solution)) {
                    long[] sum = scores.computeIfAbsent(drill, k -> new long[3]);
                    sum[0] -= s.hardScore();
                    sum[1] -= s.mediumScore();
                    sum[2] -= s.softScore();
                    constraints.computeIfAbsent(drill, k -> new HashMap<>())
                            .merge(constraint,
                                    -(s.hardScore() * 1_000_000_000_000L + s.mediumScore() * 1_000_000L + s.softScore()),
                                    Long::sum);
                }
            }
        }
        List<DrillImpact> impacts = new ArrayList<>();
        scores.forEach((drill, s) -> impacts.add(new DrillImpact(drill, s[0], s[1], s[2],
                constraints.get(drill).entrySet().stream()
                        .sorted(Map.Entry.<ScheduleConstraint, Long>comparingByValue().reversed()
                                .thenComparing(e -> e.getKey().title()))
                        .map(Map.Entry::getKey).toList())));
        impacts.sort(Comparator.comparingLong(DrillImpact::hard).reversed()
                .thenComparing(Comparator.comparingLong(DrillImpact::medium).reversed())
                .thenComparing(Comparator.comparingLong(DrillImpact::soft).reversed())
                .thenComparing(DrillImpact::drill));
        return impacts;
    }

    /** The constraint of a total: every constraint of {@link DrillConstraints} is titled by one. */
    private static ScheduleConstraint constraintOf(ConstraintMatchTotal<HardMediumSoftLongScore> total) {
        return ScheduleConstraint.byTitle(total.getConstraintName()).orElseThrow(() -> new IllegalStateException(
                "constraint '" + total.getConstraintName() + "' is not a ScheduleConstraint"));
    }

    /** The level a total penalises: its highest non-zero part. */
    private static ScoreLevel levelOf(Score s) {
        return s.hard() != 0 ? ScoreLevel.HARD : s.medium() != 0 ? ScoreLevel.MEDIUM : ScoreLevel.SOFT;
    }

    /**
     * Which drills and teams each match of {@code schedule} involves, by constraint, as the
     * justifications of the solver's constraints name them. For the agreement test with the checker.
     */
    Map<ScheduleConstraint, List<Involved>> involvements(DrillProblem problem, Schedule schedule) {
        ProblemValidator.validate(problem);
        DrillSolution solution = SolutionBuilder.build(problem, options.weights(), true);
        SolutionBuilder.apply(solution, schedule, true);
        Map<ScheduleConstraint, List<Involved>> result = new java.util.EnumMap<>(ScheduleConstraint.class);
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total
                : solutionManager.explain(solution).getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (!match.getScore().equals(HardMediumSoftLongScore.ZERO)) {
                    Involvement involved = match.getJustification();
                    result.computeIfAbsent(constraintOf(total), k -> new ArrayList<>())
                            .add(new Involved(SolutionBuilder.score(match.getScore()), involved.drills(solution),
                                    involved.teams()));
                }
            }
        }
        return result;
    }

    /** One match: its score and the drills and teams it involves. */
    record Involved(Score score, List<String> drills, List<String> teams) {}
}
