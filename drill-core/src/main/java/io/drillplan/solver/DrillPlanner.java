package io.drillplan.solver;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Message;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
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
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a month of drills, re-plans it when things change, and explains a schedule's score.
 *
 * <pre>{@code
 * DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(20)));
 * Schedule schedule = planner.plan(problem);
 * }</pre>
 *
 * <p>Every schedule returned keeps the hard rules of format.md whenever {@link Schedule#feasible()}
 * is true; drills that could not be held are listed with a reason. A planner may be shared by
 * threads, but {@link #terminateEarly()} stops every solve it is running.
 */
public final class DrillPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(DrillPlanner.class);

    private final PlannerOptions options;
    private final ParallelSearch search;
    private final SolutionManager<DrillSolution, HardMediumSoftLongScore> solutionManager;
    private final Set<Solver<DrillSolution>> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean stopRequested;

    private DrillPlanner(PlannerOptions options) {
        this.options = options;
        this.search = new ParallelSearch(options);
        this.solutionManager = search.scorer();
    }

    /** A planner with these options. */
    public static DrillPlanner create(PlannerOptions options) {
        return new DrillPlanner(Objects.requireNonNull(options, "options"));
    }

    /** The options this planner was created with. */
    public PlannerOptions options() {
        return options;
    }

    /** Plans {@code problem} from scratch. */
    public Schedule plan(DrillProblem problem) {
        return plan(problem, ProgressListener.NONE);
    }

    /**
     * Plans {@code problem} from scratch, reporting progress.
     *
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public Schedule plan(DrillProblem problem, ProgressListener listener) {
        long started = System.nanoTime();
        ProblemValidator.validate(problem);
        DrillSolution solution = SolutionBuilder.build(problem, options.weights(), false);
        SolutionBuilder.apply(solution, GreedyScheduler.schedule(problem, () -> stopRequested), true);
        return solve(solution, listener, started);
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
     * @throws io.drillplan.model.InvalidProblemException listing every problem of the input
     */
    public Replan replan(DrillProblem problem, Schedule published, LocalDate today, Collection<String> pinned,
            ProgressListener listener) {
        long started = System.nanoTime();
        ProblemValidator.validate(problem);
        Objects.requireNonNull(today, "today");
        PreferenceWeights weights = options.weights().stability() > 0
                ? options.weights() : options.weights().withStability(50);
        ReplanStart start = new ReplanStart(problem, published, today, Set.copyOf(pinned));
        Schedule schedule = start.withReasons(solve(start.solution(weights), listener, started));
        return Replan.of(start.published(), schedule, weights.stability());
    }

    /** {@link #replan(DrillProblem, Schedule, LocalDate, Collection, ProgressListener)} without pins or progress. */
    public Replan replan(DrillProblem problem, Schedule published, LocalDate today) {
        return replan(problem, published, today, Set.of(), ProgressListener.NONE);
    }

    /**
     * The score of {@code schedule} for {@code problem}, by constraint and by drill. A drill listed
     * as held with a missing team counts as a hard violation here (rule 4).
     *
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
            HardMediumSoftLongScore s = total.getScore();
            String level = s.hardScore() != 0 ? "hard" : s.mediumScore() != 0 ? "medium" : "soft";
            long penalty = -(s.hardScore() != 0 ? s.hardScore() : s.mediumScore() != 0 ? s.mediumScore() : s.softScore());
            totals.add(new ConstraintTotal(total.getConstraintName(), level, penalty, total.getConstraintMatchCount()));
        }
        totals.sort(Comparator.comparingInt((ConstraintTotal t) -> levelOrder(t.level()))
                .thenComparing(Comparator.comparingLong(ConstraintTotal::penalty).reversed())
                .thenComparing(ConstraintTotal::name));
        return new Explanation(explanation.getScore().toString(), explanation.getScore().isFeasible(), totals,
                drillImpacts(explanation, solution));
    }

    /**
     * Stops every running solve of this planner; each returns the best schedule found so far. The
     * planner stays stopped: later calls return their starting schedule at once.
     */
    public void terminateEarly() {
        stopRequested = true;
        running.forEach(Solver::terminateEarly);
    }

    private Schedule solve(DrillSolution start, ProgressListener listener, long started) {
        int total = start.drills().size();
        DrillSolution best = search.solve(start, started, listener, running, () -> stopRequested);
        fillGaps(best, () -> stopRequested);
        HardMediumSoftLongScore score = solutionManager.update(best);
        LOG.debug("Solved {} drills: {}", total, score);
        listener.onProgress(new Progress(Duration.ofNanos(System.nanoTime() - started), score.toString(),
                score.isFeasible(), heldCount(best), total));
        return toSchedule(best, score, stopRequested);
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
        GreedyScheduler.placeAll(occupancy, missing, problem.horizon().start(), stop);
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
        return new Schedule(problem.name(), score.toString(), score.isFeasible(), assignments, unscheduled);
    }

    static int heldCount(DrillSolution solution) {
        int held = 0;
        for (PlannedDrill drill : solution.drills()) {
            if (SolutionBuilder.isHeld(drill)) {
                held++;
            }
        }
        return held;
    }

    private static List<DrillImpact> drillImpacts(ScoreExplanation<DrillSolution, HardMediumSoftLongScore> explanation,
            DrillSolution solution) {
        Map<String, long[]> scores = new LinkedHashMap<>();
        Map<String, Map<String, Long>> constraints = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                HardMediumSoftLongScore s = match.getScore();
                for (String drill : drillsOf(total.getConstraintName(), match.getIndictedObjectList(), solution)) {
                    long[] sum = scores.computeIfAbsent(drill, k -> new long[3]);
                    sum[0] -= s.hardScore();
                    sum[1] -= s.mediumScore();
                    sum[2] -= s.softScore();
                    constraints.computeIfAbsent(drill, k -> new HashMap<>())
                            .merge(total.getConstraintName(),
                                    -(s.hardScore() * 1_000_000_000_000L + s.mediumScore() * 1_000_000L + s.softScore()),
                                    Long::sum);
                }
            }
        }
        List<DrillImpact> impacts = new ArrayList<>();
        scores.forEach((drill, s) -> impacts.add(new DrillImpact(drill, s[0], s[1], s[2],
                constraints.get(drill).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).toList())));
        impacts.sort(Comparator.comparingLong(DrillImpact::hard).reversed()
                .thenComparing(Comparator.comparingLong(DrillImpact::medium).reversed())
                .thenComparing(Comparator.comparingLong(DrillImpact::soft).reversed())
                .thenComparing(DrillImpact::drill));
        return impacts;
    }

    /**
     * The drills a match is about: its drills and the drills of its seats, once each; for the
     * grouped limits (team per day or week, region per day), the placed drills of that group.
     */
    private static List<String> drillsOf(String constraint, List<Object> indicted, DrillSolution solution) {
        List<String> drills = new ArrayList<>();
        if (constraint.equals(DrillConstraints.TEAM_DAILY_LIMIT) || constraint.equals(DrillConstraints.TEAM_WEEKLY_LIMIT)) {
            Team team = (Team) indicted.get(0);
            int key = (Integer) indicted.get(1);
            boolean daily = constraint.equals(DrillConstraints.TEAM_DAILY_LIMIT);
            solution.seats().stream()
                    .filter(s -> s.isPlaced() && s.getTeam() == team && (daily ? s.day() : s.week()) == key)
                    .map(s -> s.drill().getId()).distinct().forEach(drills::add);
            return drills;
        }
        if (constraint.equals(DrillConstraints.REGION_DAILY_LIMIT)) {
            RegionDay regionDay = (RegionDay) indicted.get(0);
            solution.drills().stream()
                    .filter(d -> d.getSlot() != null && d.day() == regionDay.day()
                            && d.unit().cappedRegions().contains(regionDay.cap()))
                    .map(PlannedDrill::getId).forEach(drills::add);
            return drills;
        }
        for (Object o : indicted) {
            String id = o instanceof PlannedDrill d ? d.getId() : o instanceof TeamSeat s ? s.drill().getId() : null;
            if (id != null && !drills.contains(id)) {
                drills.add(id);
            }
        }
        return drills;
    }

    private static int levelOrder(String level) {
        return switch (level) {
            case "hard" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
