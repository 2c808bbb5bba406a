package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.solver.GreedyScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SHIFT: each knocked-out drill goes to its earliest feasible slot on or after its old date
 * (and not before tomorrow) around the rest of the schedule; each follower stays on its old date
 * if that still works, else goes to its earliest feasible slot after it. Hit drills go first:
 * their followers depend on them. Nothing moves earlier than announced: a unit and its teams can
 * make a later date, an earlier one at short notice is another matter.
 */
final class ShiftPolicy {

    /** Where SHIFT puts the knocked-out drills, and why it could not place the others. */
    record Shifted(Map<String, Assignment> placed, Map<String, Message> notPlaced) {}

    /** How SHIFT moved a drill, as the log says it: an argument of a {@link Message}. */
    static final String SHIFTED = "term.sim.shifted";

    private final SimulationInput in;
    private final MonthLedger ledger;

    ShiftPolicy(SimulationInput in, MonthLedger ledger) {
        this.in = in;
        this.ledger = ledger;
    }

    /** Places the knocked-out drills and logs the outcome. */
    void apply(LocalDate today, DrillProblem known, Knockouts out) {
        Shifted shifted = placements(today, known, out);
        ledger.current.putAll(shifted.placed());
        ledger.settle(today, out, shifted.notPlaced(), SHIFTED);
    }

    /** SHIFT's placements of the knocked-out drills, without changing the ledger. */
    Shifted placements(LocalDate today, DrillProblem known, Knockouts out) {
        LocalDate tomorrow = today.plusDays(1);
        Map<String, Assignment> before = out.before();
        Map<String, Message> notPlaced = new LinkedHashMap<>();
        List<String> first = placeable(out.hit().keySet(), tomorrow, notPlaced);
        List<String> second = placeable(out.followers().keySet(), tomorrow, notPlaced);
        Map<String, DateWindow> windows = new LinkedHashMap<>();
        Map<String, DrillRequest> knownDrills = known.drillsById();
        for (String id : first) {
            windows.put(id, KnownMonth.from(known, knownDrills.get(id), later(before.get(id).date(), tomorrow)));
        }
        for (String id : second) {
            LocalDate old = before.get(id).date();
            if (!old.isBefore(tomorrow)) {
                windows.put(id, new DateWindow(old, old));
            }
        }
        Schedule schedule = new Schedule(known.name(), List.copyOf(ledger.current.values()), List.of());
        List<String> todo = new ArrayList<>(first);
        todo.addAll(windows.keySet().stream().filter(second::contains).toList());
        if (!todo.isEmpty()) {
            schedule = GreedyScheduler.extend(KnownMonth.withWindows(known, windows), schedule, todo, tomorrow);
        }
        Set<String> placedIds = new HashSet<>();
        schedule.assignments().forEach(a -> placedIds.add(a.drill()));
        List<String> rest = second.stream().filter(id -> !placedIds.contains(id)).toList();
        if (!rest.isEmpty()) {
            windows.clear();
            for (String id : rest) {
                windows.put(id, KnownMonth.from(known, knownDrills.get(id), later(before.get(id).date(), tomorrow)));
            }
            schedule = GreedyScheduler.extend(KnownMonth.withWindows(known, windows), schedule, rest, tomorrow);
        }
        Map<String, Assignment> placed = new LinkedHashMap<>();
        Set<String> wanted = new HashSet<>(first);
        wanted.addAll(second);
        for (Assignment a : schedule.assignments()) {
            if (wanted.contains(a.drill())) {
                placed.put(a.drill(), a);
            }
        }
        for (Unscheduled u : schedule.unscheduled()) {
            if (wanted.contains(u.drill())) {
                notPlaced.put(u.drill(), MonthLedger.why(u));
            }
        }
        return new Shifted(placed, notPlaced);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The drills of {@code ids} whose window reaches tomorrow; the others go to {@code notPlaced}. */
    private List<String> placeable(Set<String> ids, LocalDate tomorrow, Map<String, Message> notPlaced) {
        List<String> placeable = new ArrayList<>();
        for (String id : ids) {
            LocalDate end = in.drills.get(id).windowIn(in.problem.horizon()).to();
            if (end.isBefore(tomorrow)) {
                notPlaced.put(id, Message.of("sim.windowEnds", end));
            } else {
                placeable.add(id);
            }
        }
        return placeable;
    }
}
