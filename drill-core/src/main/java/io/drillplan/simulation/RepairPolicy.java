package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Message;
import io.drillplan.model.Precedence;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.solver.EjectionSearch;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.ProgressListener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * REPAIR: SHIFT's placements first, each drill keeping what it can of its old crew; then, for
 * the drills still out that could be held (knocked out now, or lost or left out before), a search that makes room by moving drills not yet
 * announced ({@link EjectionSearch}, at most {@code repairSteps} exchanges), and where drills
 * remain out the solver ({@code DrillPlanner.replan} from that start, {@code repairSteps} steps,
 * held and announced drills pinned). A drill knocked out now may go on or after its old date, as
 * under SHIFT; a drill lost before only after the notice period, so that its unit and teams get
 * full notice. A plan is adopted only when it holds more (by priority) than SHIFT's and tells no
 * more teams and units of changes to announced drills; else SHIFT's placements stand. Then it
 * keeps a date in hand for the drills not yet announced that sit on the last day of their window.
 */
final class RepairPolicy {

    /** How REPAIR moved a drill, as the log says it: an argument of a {@link Message}. */
    private static final String REPLANNED = "term.sim.replanned";

    private final SimulationInput in;
    private final MonthLedger ledger;
    private final ShiftPolicy shift;
    private final RepairPlanners planners;
    private final long repairSteps;
    int solves;
    int adopted;
    int fallbacks;

    RepairPolicy(SimulationInput in, MonthLedger ledger, ShiftPolicy shift, RepairPlanners planners, long repairSteps) {
        this.in = in;
        this.ledger = ledger;
        this.shift = shift;
        this.planners = planners;
        this.repairSteps = repairSteps;
    }

    void apply(LocalDate today, DrillProblem known, Knockouts out, Set<String> settled) {
        replace(today, known, out, settled);
        keepDaysInHand(today, known);
    }

    /**
     * Moves every drill not yet announced that sits on the last day of its window to the latest
     * free slot before that day (after the notice period), so that a disruption on its date leaves
     * it a later date to go to: drills knocked out on the last day of their window are most of
     * the losses that re-planning cannot recover once they happen. A drill that finds no earlier
     * slot stays where it is. Only drills outside the notice period move, so nobody is told of a
     * change at short notice, and each moves as little as it can.
     */
    private void keepDaysInHand(LocalDate today, DrillProblem known) {
        LocalDate noticeEnd = ledger.noticeEnd(today);
        List<DrillRequest> candidates = new ArrayList<>();
        for (DrillRequest d : in.problem.drills()) {
            Assignment a = ledger.current.get(d.id());
            if (a != null && a.date().isAfter(noticeEnd) && a.date().equals(d.windowIn(in.problem.horizon()).to())) {
                candidates.add(d);
            }
        }
        candidates.sort(Comparator.comparingInt(DrillRequest::priority).reversed());
        Map<String, DrillRequest> knownDrills = known.drillsById();
        for (DrillRequest d : candidates) {
            Assignment old = ledger.current.get(d.id());
            LocalDate first = KnownMonth.from(known, knownDrills.get(d.id()), noticeEnd.plusDays(1)).from();
            List<Assignment> others = new ArrayList<>(ledger.current.values());
            others.remove(old);
            Schedule rest = new Schedule(known.name(), others, List.of());
            for (LocalDate date = old.date().minusDays(1); !date.isBefore(first); date = date.minusDays(1)) {
                Optional<Assignment> earlier = placeOn(known, rest, d.id(), date);
                if (earlier.isPresent()) {
                    ledger.current.put(d.id(), earlier.get());
                    ledger.moved(today, d.id(), old, earlier.get(), "term.sim.movedEarlier");
                    break;
                }
            }
        }
    }

    /** {@code drill} placed on {@code date} around {@code rest}, if a slot and crew are free that day. */
    private static Optional<Assignment> placeOn(DrillProblem known, Schedule rest, String drill, LocalDate date) {
        Schedule placed = GreedyScheduler.extend(KnownMonth.withWindows(known, Map.of(drill, new DateWindow(date, date))),
                rest, List.of(drill), date);
        return placed.assignments().stream().filter(a -> a.drill().equals(drill)).findFirst();
    }

    private void replace(LocalDate today, DrillProblem known, Knockouts out, Set<String> settled) {
        LocalDate tomorrow = today.plusDays(1);
        LocalDate noticeEnd = ledger.noticeEnd(today);
        Map<String, Assignment> before = out.before();
        ShiftPolicy.Shifted shifted = keepCrews(known, shift.placements(today, known, out), before);
        Map<String, Assignment> start = new LinkedHashMap<>(ledger.current);
        start.putAll(shifted.placed());
        Set<String> pinned = new LinkedHashSet<>(settled);
        pinned.addAll(shifted.placed().keySet());
        Map<String, LocalDate> wanted = new LinkedHashMap<>();
        for (DrillRequest d : in.problem.drills()) {
            if (start.containsKey(d.id())) {
                continue;
            }
            LocalDate end = d.windowIn(in.problem.horizon()).to();
            if (ledger.cancelled.contains(d.id()) || ledger.held.containsKey(d.id()) || end.isBefore(tomorrow)) {
                pinned.add(d.id()); // gone for good: nothing may bring it back
                continue;
            }
            Assignment old = before.get(d.id());
            LocalDate from = out.contains(d.id()) && old != null
                    ? (old.date().isAfter(tomorrow) ? old.date() : tomorrow)
                    : noticeEnd.plusDays(1);
            if (!from.isAfter(end)) {
                wanted.put(d.id(), from);
            } else {
                pinned.add(d.id());
            }
        }
        wanted.keySet().retainAll(openDrills(start, pinned));
        if (wanted.isEmpty()) {
            keepShifted(today, out, shifted);
            return;
        }
        solves++;
        Map<String, DateWindow> windows = new LinkedHashMap<>();
        Map<String, DrillRequest> knownDrills = known.drillsById();
        wanted.forEach((id, from) -> windows.put(id, KnownMonth.from(known, knownDrills.get(id), from)));
        DrillProblem repairProblem = KnownMonth.withWindows(known, windows);
        List<Assignment> startAssignments = new ArrayList<>();
        for (DrillRequest d : in.problem.drills()) {
            Assignment a = start.get(d.id());
            if (a != null) {
                startAssignments.add(a);
            }
        }
        Schedule startSchedule = new Schedule(known.name(), startAssignments, List.of());
        EjectionSearch.Result ejected = EjectionSearch.run(repairProblem, startSchedule, pinned, wanted,
                noticeEnd.plusDays(1), repairSteps);
        Map<String, Assignment> next = byDrill(ejected.schedule());
        Map<String, Message> solverReasons = new LinkedHashMap<>();
        if (ejected.placed().size() < wanted.size() && repairSteps > 0) {
            Set<String> solverPins = new LinkedHashSet<>(pinned);
            in.problem.drills().stream().map(DrillRequest::id)
                    .filter(id -> !next.containsKey(id) && !wanted.containsKey(id)).forEach(solverPins::add);
            Schedule solved = planners.forSteps(stepBudget(solverPins)).replan(repairProblem, ejected.schedule(),
                    tomorrow, solverPins, ProgressListener.NONE).schedule();
            Map<String, Assignment> byId = byDrill(solved);
            if (!solved.score().map(Score::isFeasible).orElse(false) || !keepsSettled(solved, settled)) {
                fallbacks++;
            } else if (heldPriority(byId.keySet()) > heldPriority(next.keySet())
                    && ledger.partiesToTell(byId, before, noticeEnd) <= ledger.partiesToTell(next, before, noticeEnd)) {
                next.clear();
                next.putAll(byId);
                solved.unscheduled().forEach(u -> solverReasons.put(u.drill(), MonthLedger.why(u)));
            }
        }
        if (heldPriority(next.keySet()) <= heldPriority(start.keySet())
                || ledger.partiesToTell(next, before, noticeEnd) > ledger.partiesToTell(start, before, noticeEnd)) {
            // Nothing more held, or held at the price of more short-notice changes: SHIFT's stand.
            keepShifted(today, out, shifted);
            return;
        }
        adopted++;
        Map<String, Message> why = new LinkedHashMap<>(shifted.notPlaced());
        solverReasons.forEach(why::putIfAbsent);
        adopt(today, out, settled, next, why);
    }

    /**
     * SHIFT's placements, each with as much of the drill's old crew as is free on its new date
     * and slot (SHIFT takes the nearest free teams): a changed booking is told to the unit and to
     * every team of the old and the new crew, so a kept team is one party fewer to tell.
     */
    private ShiftPolicy.Shifted keepCrews(DrillProblem known, ShiftPolicy.Shifted shifted, Map<String, Assignment> before) {
        Map<String, Assignment> placed = new LinkedHashMap<>(shifted.placed());
        for (Map.Entry<String, Assignment> e : shifted.placed().entrySet()) {
            Assignment old = before.get(e.getKey());
            Assignment now = placed.get(e.getKey());
            if (old == null || MonthLedger.parties(old, now) == MonthLedger.parties(old, old)) {
                continue;
            }
            List<Assignment> booked = new ArrayList<>(ledger.current.values());
            booked.addAll(placed.values());
            Set<String> crew = new LinkedHashSet<>();
            old.teams().forEach(t -> crew.add(t.team()));
            Optional<Assignment> kept = GreedyScheduler.withCrew(known,
                    new Schedule(known.name(), booked, List.of()), now, crew);
            if (kept.isPresent() && MonthLedger.parties(old, kept.get()) < MonthLedger.parties(old, now)) {
                placed.put(e.getKey(), kept.get());
            }
        }
        return new ShiftPolicy.Shifted(placed, shifted.notPlaced());
    }

    private void keepShifted(LocalDate today, Knockouts out, ShiftPolicy.Shifted shifted) {
        ledger.current.putAll(shifted.placed());
        ledger.settle(today, out, shifted.notPlaced(), ShiftPolicy.SHIFTED);
    }

    /** Makes {@code next} the current version and logs every drill it moved, dropped or added. */
    private void adopt(LocalDate today, Knockouts out, Set<String> settled, Map<String, Assignment> next,
            Map<String, Message> why) {
        Map<String, Assignment> previous = new LinkedHashMap<>(ledger.current);
        ledger.current.clear();
        for (DrillRequest d : in.problem.drills()) {
            // settled drills keep their very assignment (the solver may list the teams in another order)
            Assignment a = settled.contains(d.id()) ? previous.get(d.id()) : next.get(d.id());
            if (a != null) {
                ledger.current.put(d.id(), a);
            }
        }
        ledger.settle(today, out, why, REPLANNED);
        // drills the solver moved, dropped or added beyond the knocked-out ones
        for (DrillRequest d : in.problem.drills()) {
            String id = d.id();
            if (out.contains(id)) {
                continue;
            }
            Assignment old = previous.get(id);
            Assignment now = ledger.current.get(id);
            ledger.told(today, old, now);
            if (old != null && now == null) {
                Message reason = why.getOrDefault(id, Message.of("sim.noRoom"));
                ledger.lose(today, id, Message.of("sim.droppedByReplan").with(List.of(reason)),
                        Message.of("sim.droppedEvent").with(List.of(reason)));
            } else if (old == null && now != null) {
                ledger.added(today, id, now);
            } else if (old != null && !old.date().equals(now.date())) {
                ledger.moved(today, id, old, now, REPLANNED);
            }
        }
    }

    private static Map<String, Assignment> byDrill(Schedule schedule) {
        Map<String, Assignment> byId = new LinkedHashMap<>();
        schedule.assignments().forEach(a -> byId.put(a.drill(), a));
        return byId;
    }

    private long heldPriority(Set<String> ids) {
        long sum = 0;
        for (String id : ids) {
            sum += in.drills.get(id).priority();
        }
        return sum;
    }

    /**
     * The drills not in {@code start} that could still be held: not pinned as gone, and every
     * prerequisite scheduled or itself open.
     */
    private Set<String> openDrills(Map<String, Assignment> start, Set<String> pinned) {
        Set<String> open = new LinkedHashSet<>();
        for (DrillRequest d : in.problem.drills()) {
            if (!start.containsKey(d.id()) && !pinned.contains(d.id())) {
                open.add(d.id());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<String> it = open.iterator(); it.hasNext(); ) {
                for (Precedence p : in.drills.get(it.next()).after()) {
                    if (!start.containsKey(p.drill()) && !open.contains(p.drill())) {
                        it.remove();
                        changed = true;
                        break;
                    }
                }
            }
        }
        return open;
    }

    /**
     * The steps of this solve: the configured budget, but fewer when few drills may move. Each
     * tabu search step makes the entities of its move tabu (a drill and its seats); were every
     * movable entity tabu, no move could be accepted and the step would never end, so the budget
     * stays below the movable entities over the most a move touches.
     */
    private long stepBudget(Set<String> pinned) {
        int movable = 0;
        int perMove = 1;
        for (DrillRequest d : in.problem.drills()) {
            if (!pinned.contains(d.id())) {
                movable += 1 + d.teamCount();
                perMove = Math.max(perMove, 1 + d.teamCount());
            }
        }
        return Math.max(0, Math.min(repairSteps, movable / perMove - 1));
    }

    /** Whether the re-plan kept every settled drill exactly where it was, as pinning promises. */
    private boolean keepsSettled(Schedule result, Set<String> settled) {
        Map<String, Assignment> byId = byDrill(result);
        for (String id : settled) {
            Assignment was = ledger.current.get(id);
            Assignment now = byId.get(id);
            if (now == null || !MonthLedger.sameBooking(was, now)) {
                return false;
            }
        }
        return true;
    }
}
