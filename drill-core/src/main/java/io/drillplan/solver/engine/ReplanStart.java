package io.drillplan.solver.engine;

import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Horizon;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.solver.PreferenceWeights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The starting point of a re-plan from a given day: which drills are settled (held before that
 * day, or pinned), which can no longer be held (their window ended), the problem the solver sees
 * (every other drill may only go on or after the day), and a start that keeps the rules of the
 * changed problem: each published drill where it was when it still fits there, else on the same
 * date and slot with another crew, else placed greedily from the day on.
 *
 * <p>The start is written into a planning solution whose shadow variables agree with its
 * genuine ones, so the engine's first score is the true one.
 *
 * <p>Public for {@code DrillPlanner.replan}.
 */
public final class ReplanStart {

    private final DrillProblem problem;
    private final LocalDate today;
    private final Map<String, Assignment> published = new LinkedHashMap<>();
    private final Set<String> settled = new LinkedHashSet<>();
    private final Map<String, LocalDate> ended = new LinkedHashMap<>();
    private final DrillProblem solverProblem;

    /**
     * @param problem the changed problem, validated
     * @param published the version people were told; drills the problem no longer knows are skipped
     * @param today nothing moves to or from a date before it; drills published before it are held
     * @param pinned drills to keep exactly as published on any date (absent ones stay out)
     */
    public ReplanStart(DrillProblem problem, Schedule published, LocalDate today, Collection<String> pinned) {
        this.problem = problem;
        this.today = today;
        Map<String, DrillRequest> drills = problem.drillsById();
        Horizon horizon = problem.horizon();
        for (Assignment a : published.assignments()) {
            if (drills.containsKey(a.drill()) && a.date() != null && horizon.slotIndex(a.slot()) >= 0) {
                this.published.putIfAbsent(a.drill(), a);
            }
        }
        for (DrillRequest d : problem.drills()) {
            Assignment a = this.published.get(d.id());
            if (pinned.contains(d.id()) || (a != null && a.date().isBefore(today))) {
                settled.add(d.id());
            } else if (d.windowIn(horizon).to().isBefore(today)) {
                ended.put(d.id(), d.windowIn(horizon).to());
            }
        }
        this.solverProblem = fromToday();
    }

    /** The problem the solver sees: every drill neither settled nor ended may only go on or after today. */
    DrillProblem solverProblem() {
        return solverProblem;
    }

    /** The published version restricted to the drills the problem knows. */
    public Schedule published() {
        return new Schedule(problem.name(), List.copyOf(published.values()), List.of());
    }

    /** Drills kept as published (or kept out, when not published). */
    Set<String> settled() {
        return settled;
    }

    /** Drills that can no longer be held, with the last date of their window. */
    Map<String, LocalDate> ended() {
        return ended;
    }

    private DrillProblem fromToday() {
        if (!today.isAfter(problem.horizon().start())) {
            return problem;
        }
        DrillProblem.Builder b = problem.toBuilder().clearDrills();
        for (DrillRequest d : problem.drills()) {
            DateWindow w = d.windowIn(problem.horizon());
            if (!settled.contains(d.id()) && !ended.containsKey(d.id()) && w.from().isBefore(today)) {
                d = d.withWindow(new DateWindow(today, w.to()));
            }
            b.drill(d);
        }
        return b.build();
    }

    /** The starting solution, with the stability penalty measured against the published version. */
    public DrillSolution solution(PreferenceWeights weights) {
        Occupancy occupancy = new Occupancy(solverProblem);
        Map<String, DrillRequest> drills = solverProblem.drillsById();
        settled.stream().map(published::get).filter(a -> a != null).forEach(occupancy::add);
        List<DrillRequest> open = new ArrayList<>();
        for (DrillRequest d : solverProblem.drills()) {
            if (!settled.contains(d.id()) && !ended.containsKey(d.id())) {
                open.add(d);
            }
        }
        List<DrillRequest> missing = new ArrayList<>();
        for (DrillRequest d : GreedyPlacement.placementOrder(solverProblem, open)) {
            Optional<Assignment> kept = keep(occupancy, drills.get(d.id()), published.get(d.id()));
            kept.ifPresentOrElse(occupancy::add, () -> missing.add(d));
        }
        GreedyPlacement.placeAll(occupancy, missing, today, GreedyPlacement.NEVER);

        DrillSolution solution = SolutionBuilder.build(solverProblem, weights, false);
        SolutionBuilder.apply(solution, new Schedule(problem.name(),
                List.copyOf(published.values()), List.of()), false);
        for (PlannedDrill drill : solution.drills()) {
            drill.setPublishedSlot(drill.getSlot());
            drill.setSlot(null);
            boolean pin = settled.contains(drill.getId()) || ended.containsKey(drill.getId());
            drill.setPinned(pin);
            for (TeamSeat seat : drill.seats()) {
                seat.setPublishedTeam(seat.getTeam());
                seat.setTeam(null);
                seat.setPinned(pin);
            }
        }
        List<Assignment> start = new ArrayList<>();
        for (DrillRequest d : solverProblem.drills()) {
            if (occupancy.isPlaced(d.id())) {
                start.add(occupancy.placement(d.id()));
            }
        }
        // apply() also copies each drill's slot to its seats' shadow variable.
        SolutionBuilder.apply(solution, new Schedule(problem.name(), start, List.of()), false);
        return solution;
    }

    /**
     * The published assignment when it still keeps every rule of the changed problem, else the
     * same date and slot with another crew, else nothing.
     */
    private Optional<Assignment> keep(Occupancy occupancy, DrillRequest drill, Assignment was) {
        if (was == null) {
            return Optional.empty();
        }
        if (occupancy.fits(was)) {
            return Optional.of(was);
        }
        Occupancy.Attempt attempt = occupancy.attempt(drill, was.date(), problem.horizon().slotIndex(was.slot()));
        return attempt.placed() ? Optional.of(attempt.assignment()) : Optional.empty();
    }

    /** {@code schedule} with the reason of each ended drill in a planner's words. */
    public Schedule withReasons(Schedule schedule) {
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (Unscheduled u : schedule.unscheduled()) {
            LocalDate end = ended.get(u.drill());
            unscheduled.add(end == null ? u
                    : Unscheduled.of(u.drill(), Message.of("reason.windowEndedBeforeToday", end, today)));
        }
        return schedule.withDrills(schedule.assignments(), unscheduled);
    }
}
