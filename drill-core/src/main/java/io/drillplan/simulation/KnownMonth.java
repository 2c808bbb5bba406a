package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.RescueTeam;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The month as the planners know it on a morning: which drills are settled (held, or announced
 * within the notice period) and the problem a policy re-plans (teams away on the dates known,
 * nothing unsettled before tomorrow), with narrower windows for the drills a policy places.
 */
final class KnownMonth {

    private final SimulationInput in;
    private final MonthLedger ledger;

    KnownMonth(SimulationInput in, MonthLedger ledger) {
        this.in = in;
        this.ledger = ledger;
    }

    /** Held drills and scheduled drills of the notice period: they stay where they are. */
    Set<String> settled(LocalDate today) {
        LocalDate noticeEnd = ledger.noticeEnd(today);
        Set<String> settled = new LinkedHashSet<>(ledger.held.keySet());
        for (Assignment a : ledger.current.values()) {
            if (!a.date().isAfter(noticeEnd)) {
                settled.add(a.drill());
            }
        }
        return settled;
    }

    /**
     * The problem as known this morning: teams away on incidents are unavailable those dates, and
     * every drill not settled may only go from tomorrow on (its window starts tomorrow), so no
     * policy places anything in the past or today. Rain needs no encoding: it is known the
     * morning of its day and only touches that day, on which nothing unsettled may be placed.
     * Drills whose window ends before tomorrow keep it; they cannot be placed any more.
     */
    DrillProblem problem(LocalDate today, Set<String> settled) {
        DrillProblem problem = in.problem;
        DrillProblem.Builder b = DrillProblem.builder().name(problem.name()).horizon(problem.horizon())
                .travel(problem.travel());
        LocalDate tomorrow = today.plusDays(1);
        problem.regions().forEach(b::region);
        for (RescueTeam t : problem.teams()) {
            TreeSet<LocalDate> dates = ledger.away.get(t.id());
            if (dates != null) {
                t = t.withUnavailable(dates);
            }
            b.team(t);
        }
        problem.units().forEach(b::unit);
        for (DrillRequest d : problem.drills()) {
            DateWindow w = d.windowIn(problem.horizon());
            if (!settled.contains(d.id()) && w.from().isBefore(tomorrow) && !w.to().isBefore(tomorrow)) {
                d = d.withWindow(new DateWindow(tomorrow, w.to()));
            }
            b.drill(d);
        }
        return b.build();
    }

    /**
     * The window of {@code drill} (a drill of {@code known}) from {@code from} on, never empty when
     * {@code from} is in it. Takes the drill, not its id: callers look many up in one index.
     */
    static DateWindow from(DrillProblem known, DrillRequest drill, LocalDate from) {
        DateWindow w = drill.windowIn(known.horizon());
        return new DateWindow(from.isAfter(w.from()) ? from : w.from(), w.to());
    }

    /** {@code known} with other windows for some drills; every one lies inside the drill's own. */
    static DrillProblem withWindows(DrillProblem known, Map<String, DateWindow> windows) {
        DrillProblem.Builder b = DrillProblem.builder().name(known.name()).horizon(known.horizon())
                .travel(known.travel());
        known.regions().forEach(b::region);
        known.teams().forEach(b::team);
        known.units().forEach(b::unit);
        for (DrillRequest d : known.drills()) {
            DateWindow w = windows.get(d.id());
            b.drill(w == null ? d : d.withWindow(w));
        }
        return b.build();
    }
}
