package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Precedence;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import io.drillplan.solver.EjectionSearch;
import io.drillplan.solver.GreedyScheduler;
import io.drillplan.solver.ProgressListener;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The day-by-day event loop of one simulated month; used once. */
final class MonthRun {

    private final SimulationInput in;
    private final ReplanPolicy policy;
    private final int replication;
    private final SimulationOptions options;
    private final RepairPlanners planners;
    private final ScheduleVersionListener listener;
    private final DisruptionCalendar calendar;

    /** The current version: drill id to assignment, held drills included. */
    private final Map<String, Assignment> current = new LinkedHashMap<>();
    /** Why each drill not in {@link #current} is not there. */
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private final Map<String, Assignment> held = new LinkedHashMap<>();
    private final Set<String> cancelled = new LinkedHashSet<>();
    private final Set<String> disruptedEver = new LinkedHashSet<>();
    private final Map<String, TreeSet<LocalDate>> away = new TreeMap<>();
    private final List<SimulationEvent> events = new ArrayList<>();
    private final List<DayTally> days = new ArrayList<>();
    private int reNotifications;
    private int partiesReNotified;
    private int repairSolves;
    private int repairAdopted;
    private int repairFallbacks;

    // per-day counters for the tally
    private int dayDisrupted;
    private int dayMoved;
    private int dayLost;
    private int dayCancelled;

    MonthRun(SimulationInput in, ReplanPolicy policy, long seed, int replication, SimulationOptions options,
            RepairPlanners planners, ScheduleVersionListener listener) {
        this.in = in;
        this.policy = policy;
        this.replication = replication;
        this.options = options;
        this.planners = planners;
        this.listener = listener;
        this.calendar = DisruptionCalendar.draw(in.problem, in.published, in.model, seed, replication);
        current.putAll(in.publishedAssignments);
        for (DrillRequest drill : in.problem.drills()) {
            if (!current.containsKey(drill.id())) {
                reasons.put(drill.id(), in.publishedReasons.getOrDefault(drill.id(), "not scheduled"));
            }
        }
    }

    SimulationRun run() {
        for (LocalDate today : in.problem.horizon().dates()) {
            day(today);
        }
        return new SimulationRun(policy, replication, metrics(), events, days, version(), repairSolves,
                repairAdopted, repairFallbacks);
    }

    private void day(LocalDate today) {
        dayDisrupted = 0;
        dayMoved = 0;
        dayLost = 0;
        dayCancelled = 0;
        DisruptionCalendar.Morning morning = calendar.on(today);
        learnIncidents(today, morning);
        Set<String> rainExact = new HashSet<>();
        Set<String> rainBelow = new HashSet<>();
        for (DisruptionCalendar.Rain rain : morning.rain) {
            (rain.scripted() ? rainBelow : rainExact).add(rain.region());
            events.add(new SimulationEvent(today, SimulationEvent.Kind.RAIN, rain.region(),
                    (rain.scripted() ? "scripted heavy rain" : "heavy rain") + ": outdoor drills called off today"));
        }
        applyCancellations(today, morning);
        Map<String, String> hit = new LinkedHashMap<>();
        Map<String, String> followers = new LinkedHashMap<>();
        Map<String, Assignment> before = new LinkedHashMap<>(current);
        findDisrupted(today, rainExact, rainBelow, hit, followers);
        Set<String> settled = settled(today);
        DrillProblem known = knownProblem(today, settled);
        if (!hit.isEmpty() || !followers.isEmpty()) {
            switch (policy) {
                case NONE -> loseAll(today, hit, followers, before);
                case SHIFT -> shift(today, known, hit, followers, before);
                case REPAIR -> repair(today, known, hit, followers, settled, before);
            }
        }
        int heldToday = 0;
        for (DrillRequest drill : in.problem.drills()) {
            Assignment a = current.get(drill.id());
            if (a != null && a.date().equals(today)) {
                held.put(drill.id(), a);
                heldToday++;
                events.add(new SimulationEvent(today, SimulationEvent.Kind.DRILL_HELD, drill.id(),
                        "held " + a.slot() + " at " + drill.unit() + " with " + teamList(a)));
            }
        }
        days.add(new DayTally(today, heldToday, dayDisrupted, dayMoved, dayLost, dayCancelled));
        listener.onVersion(today, known, version());
    }

    private void learnIncidents(LocalDate today, DisruptionCalendar.Morning morning) {
        LocalDate end = in.problem.horizon().end();
        for (DisruptionCalendar.Incident incident : morning.incidents) {
            TreeSet<LocalDate> dates = away.computeIfAbsent(incident.team(), t -> new TreeSet<>());
            for (LocalDate d = incident.from(); !d.isAfter(incident.to()) && !d.isAfter(end); d = d.plusDays(1)) {
                dates.add(d);
            }
            long n = ChronoUnit.DAYS.between(incident.from(), incident.to()) + 1;
            events.add(new SimulationEvent(today, SimulationEvent.Kind.INCIDENT, incident.team(),
                    (incident.scripted() ? "scripted: away " : "called to an incident, away ")
                            + (n == 1 ? "today" : incident.from() + ".." + incident.to() + " (" + n + " days)")));
        }
    }

    private void applyCancellations(LocalDate today, DisruptionCalendar.Morning morning) {
        for (DisruptionCalendar.Cancellation c : morning.cancellations) {
            for (String id : c.drills()) {
                if (held.containsKey(id) || !cancelled.add(id)) {
                    continue;
                }
                Assignment a = current.remove(id);
                reasons.put(id, "cancelled by unit");
                dayCancelled++;
                events.add(new SimulationEvent(today, SimulationEvent.Kind.CANCELLATION, c.unit(),
                        (c.scripted() ? "scripted: " : "") + "calls off " + id
                                + (a == null ? " (not scheduled)" : " (was " + a.date() + " " + a.slot() + ")")));
            }
        }
    }

    /**
     * Takes out of {@link #current} every drill the morning's news knocks out: into {@code hit}
     * the drills of a team now away on their date and the outdoor drills under today's rain, into
     * {@code followers} the drills that must come after a drill no longer scheduled (rule 9
     * would break), each with the reason.
     */
    private void findDisrupted(LocalDate today, Set<String> rainExact, Set<String> rainBelow,
            Map<String, String> hit, Map<String, String> followers) {
        for (DrillRequest drill : in.problem.drills()) {
            Assignment a = current.get(drill.id());
            if (a == null || held.containsKey(drill.id())) {
                continue;
            }
            String reason = null;
            for (TeamAssignment t : a.teams()) {
                TreeSet<LocalDate> dates = away.get(t.team());
                if (dates != null && dates.contains(a.date())) {
                    reason = "team " + t.team() + " away on an incident";
                    break;
                }
            }
            if (reason == null && a.date().equals(today) && drill.type().isOutdoor()) {
                String region = rainOver(drill.unit(), rainExact, rainBelow);
                if (region != null) {
                    reason = "heavy rain in " + region;
                }
            }
            if (reason != null) {
                hit.put(drill.id(), reason);
            }
        }
        hit.keySet().forEach(current::remove);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (DrillRequest drill : in.problem.drills()) {
                if (!current.containsKey(drill.id()) || held.containsKey(drill.id())) {
                    continue;
                }
                for (Precedence p : drill.after()) {
                    if (!current.containsKey(p.drill())) {
                        followers.put(drill.id(), "prerequisite " + p.drill()
                                + (cancelled.contains(p.drill()) ? " cancelled" : " disrupted"));
                        current.remove(drill.id());
                        changed = true;
                        break;
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : hit.entrySet()) {
            disrupted(today, e.getKey(), e.getValue());
        }
    }

    private void disrupted(LocalDate today, String id, String reason) {
        disruptedEver.add(id);
        dayDisrupted++;
        events.add(new SimulationEvent(today, SimulationEvent.Kind.DRILL_DISRUPTED, id, reason));
    }

    private String rainOver(String unit, Set<String> rainExact, Set<String> rainBelow) {
        List<String> path = in.unitRegionPath.get(unit);
        if (path.isEmpty()) {
            return null;
        }
        if (rainExact.contains(path.get(0))) {
            return path.get(0);
        }
        for (String region : path) {
            if (rainBelow.contains(region)) {
                return region;
            }
        }
        return null;
    }

    /** Held drills and scheduled drills of the notice period: they stay where they are. */
    private Set<String> settled(LocalDate today) {
        LocalDate noticeEnd = today.plusDays(options.noticeDays());
        Set<String> settled = new LinkedHashSet<>(held.keySet());
        for (Assignment a : current.values()) {
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
    DrillProblem knownProblem(LocalDate today, Set<String> settled) {
        DrillProblem problem = in.problem;
        DrillProblem.Builder b = DrillProblem.builder().name(problem.name()).horizon(problem.horizon())
                .travel(problem.travel());
        LocalDate tomorrow = today.plusDays(1);
        problem.regions().forEach(b::region);
        for (RescueTeam t : problem.teams()) {
            TreeSet<LocalDate> dates = away.get(t.id());
            if (dates != null) {
                Set<LocalDate> unavailable = new TreeSet<>(t.unavailable());
                unavailable.addAll(dates);
                t = new RescueTeam(t.id(), t.name(), t.kind(), t.skills(), t.base(), t.region(),
                        t.serviceRadiusKm(), t.maxDrillsPerDay(), t.maxDrillsPerWeek(), unavailable);
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
     * NONE: every knocked-out drill is lost (a follower too: its prerequisite is not held before
     * it any more).
     */
    private void loseAll(LocalDate today, Map<String, String> hit, Map<String, String> followers,
            Map<String, Assignment> before) {
        hit.forEach((id, why) -> {
            told(today, before.get(id), null);
            lose(today, id, "lost: " + why, "not re-planned");
        });
        followers.forEach((id, why) -> {
            told(today, before.get(id), null);
            disrupted(today, id, why);
            lose(today, id, "lost: " + why, "not re-planned");
        });
    }

    private void lose(LocalDate today, String id, String reason, String detail) {
        reasons.put(id, reason);
        dayLost++;
        events.add(new SimulationEvent(today, SimulationEvent.Kind.DRILL_LOST, id, detail));
    }

    /** Where SHIFT puts the knocked-out drills, and why it could not place the others. */
    private record Shifted(Map<String, Assignment> placed, Map<String, String> notPlaced) {}

    /**
     * SHIFT's placements: each hit drill at its earliest feasible slot on or after its old date
     * (and not before tomorrow) around the rest of the schedule; each follower on its old date if
     * that still works, else at its earliest feasible slot after it. Hit drills go first: their
     * followers depend on them. Nothing moves earlier than announced: a unit and its teams can
     * make a later date, an earlier one at short notice is another matter.
     */
    private Shifted shiftPlacements(LocalDate today, DrillProblem known, Map<String, String> hit,
            Map<String, String> followers, Map<String, Assignment> before) {
        LocalDate tomorrow = today.plusDays(1);
        Map<String, String> notPlaced = new LinkedHashMap<>();
        List<String> first = placeable(hit.keySet(), tomorrow, notPlaced);
        List<String> second = placeable(followers.keySet(), tomorrow, notPlaced);
        Map<String, DateWindow> windows = new LinkedHashMap<>();
        for (String id : first) {
            windows.put(id, notBefore(known, id, before.get(id).date(), tomorrow));
        }
        for (String id : second) {
            LocalDate old = before.get(id).date();
            if (!old.isBefore(tomorrow)) {
                windows.put(id, new DateWindow(old, old));
            }
        }
        Schedule schedule = new Schedule(known.name(), List.copyOf(current.values()), List.of());
        List<String> todo = new ArrayList<>(first);
        todo.addAll(windows.keySet().stream().filter(second::contains).toList());
        if (!todo.isEmpty()) {
            schedule = GreedyScheduler.extend(withWindows(known, windows), schedule, todo, tomorrow);
        }
        Set<String> placedIds = new HashSet<>();
        schedule.assignments().forEach(a -> placedIds.add(a.drill()));
        List<String> rest = second.stream().filter(id -> !placedIds.contains(id)).toList();
        if (!rest.isEmpty()) {
            windows.clear();
            for (String id : rest) {
                windows.put(id, notBefore(known, id, before.get(id).date(), tomorrow));
            }
            schedule = GreedyScheduler.extend(withWindows(known, windows), schedule, rest, tomorrow);
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
                notPlaced.put(u.drill(), u.reason());
            }
        }
        return new Shifted(placed, notPlaced);
    }

    /** The drill's window in {@code known} from {@code max(old, tomorrow)} on (never empty: old is in it). */
    private static DateWindow notBefore(DrillProblem known, String id, LocalDate old, LocalDate tomorrow) {
        DateWindow w = known.drillsById().get(id).windowIn(known.horizon());
        LocalDate from = old.isAfter(tomorrow) ? old : tomorrow;
        return new DateWindow(from.isAfter(w.from()) ? from : w.from(), w.to());
    }

    /** {@code known} with other windows for some drills; every one lies inside the drill's own. */
    private static DrillProblem withWindows(DrillProblem known, Map<String, DateWindow> windows) {
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

    /** The drills of {@code ids} whose window reaches tomorrow; the others go to {@code notPlaced}. */
    private List<String> placeable(Set<String> ids, LocalDate tomorrow, Map<String, String> notPlaced) {
        List<String> placeable = new ArrayList<>();
        for (String id : ids) {
            LocalDate end = in.drills.get(id).windowIn(in.problem.horizon()).to();
            if (end.isBefore(tomorrow)) {
                notPlaced.put(id, "its window ends " + end);
            } else {
                placeable.add(id);
            }
        }
        return placeable;
    }

    private void shift(LocalDate today, DrillProblem known, Map<String, String> hit, Map<String, String> followers,
            Map<String, Assignment> before) {
        Shifted shifted = shiftPlacements(today, known, hit, followers, before);
        current.putAll(shifted.placed());
        settle(today, hit, followers, before, shifted.notPlaced(), "shifted");
    }

    /**
     * REPAIR: SHIFT's placements first; then, for the drills still out that could be held (knocked
     * out now, or lost or left out before), a search that makes room by moving drills not yet
     * announced ({@link EjectionSearch}, at most {@code repairSteps} exchanges), and where drills
     * remain out the solver ({@code DrillPlanner.replan} from that start, {@code repairSteps}
     * steps, held and announced drills pinned). A drill knocked out now may go on or after its old
     * date, as under SHIFT; a drill lost before only after the notice period, so that its unit and
     * teams get full notice. A plan is adopted only when it holds more (by priority) than SHIFT's
     * and changes the date of no more announced drills, to no more teams and units; else SHIFT's
     * placements stand.
     */
    private void repair(LocalDate today, DrillProblem known, Map<String, String> hit, Map<String, String> followers,
            Set<String> settled, Map<String, Assignment> before) {
        LocalDate tomorrow = today.plusDays(1);
        LocalDate noticeEnd = today.plusDays(options.noticeDays());
        Shifted shifted = shiftPlacements(today, known, hit, followers, before);
        Map<String, Assignment> start = new LinkedHashMap<>(current);
        start.putAll(shifted.placed());
        Set<String> pinned = new LinkedHashSet<>(settled);
        pinned.addAll(shifted.placed().keySet());
        Map<String, LocalDate> wanted = new LinkedHashMap<>();
        for (DrillRequest d : in.problem.drills()) {
            if (start.containsKey(d.id())) {
                continue;
            }
            LocalDate end = d.windowIn(in.problem.horizon()).to();
            if (cancelled.contains(d.id()) || held.containsKey(d.id()) || end.isBefore(tomorrow)) {
                pinned.add(d.id()); // gone for good: nothing may bring it back
                continue;
            }
            Assignment old = before.get(d.id());
            LocalDate from = (hit.containsKey(d.id()) || followers.containsKey(d.id())) && old != null
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
            current.putAll(shifted.placed());
            settle(today, hit, followers, before, shifted.notPlaced(), "shifted");
            return;
        }
        repairSolves++;
        DrillProblem repairProblem = withWindows(known, windowsFrom(known, wanted));
        List<Assignment> startAssignments = new ArrayList<>();
        for (DrillRequest d : in.problem.drills()) {
            Assignment a = start.get(d.id());
            if (a != null) {
                startAssignments.add(a);
            }
        }
        Schedule startSchedule = new Schedule(known.name(), startAssignments, List.of());
        EjectionSearch.Result ejected = EjectionSearch.run(repairProblem, startSchedule, pinned, wanted,
                noticeEnd.plusDays(1), options.repairSteps());
        Map<String, Assignment> next = byDrill(ejected.schedule());
        Map<String, String> solverReasons = new LinkedHashMap<>();
        if (ejected.placed().size() < wanted.size() && options.repairSteps() > 0) {
            Set<String> solverPins = new LinkedHashSet<>(pinned);
            in.problem.drills().stream().map(DrillRequest::id)
                    .filter(id -> !next.containsKey(id) && !wanted.containsKey(id)).forEach(solverPins::add);
            Schedule solved = planners.forSteps(stepBudget(solverPins)).replan(repairProblem, ejected.schedule(),
                    tomorrow, solverPins, ProgressListener.NONE).schedule();
            Map<String, Assignment> byId = byDrill(solved);
            if (!solved.score().map(Score::isFeasible).orElse(false) || !keepsSettled(solved, settled)) {
                repairFallbacks++;
            } else if (heldPriority(byId.keySet()) > heldPriority(next.keySet())
                    && partiesToTell(byId, before, noticeEnd) <= partiesToTell(next, before, noticeEnd)) {
                next.clear();
                next.putAll(byId);
                solved.unscheduled().forEach(u -> solverReasons.put(u.drill(), u.reason()));
            }
        }
        if (heldPriority(next.keySet()) <= heldPriority(start.keySet())
                || partiesToTell(next, before, noticeEnd) > partiesToTell(start, before, noticeEnd)) {
            // Nothing more held, or held at the price of more short-notice changes: SHIFT's stand.
            current.putAll(shifted.placed());
            settle(today, hit, followers, before, shifted.notPlaced(), "shifted");
            return;
        }
        repairAdopted++;
        Map<String, String> why = new LinkedHashMap<>(shifted.notPlaced());
        solverReasons.forEach(why::putIfAbsent);
        Map<String, Assignment> previous = new LinkedHashMap<>(current);
        current.clear();
        for (DrillRequest d : in.problem.drills()) {
            // settled drills keep their very assignment (the solver may list the teams in another order)
            Assignment a = settled.contains(d.id()) ? previous.get(d.id()) : next.get(d.id());
            if (a != null) {
                current.put(d.id(), a);
            }
        }
        settle(today, hit, followers, before, why, "re-planned");
        // drills the solver moved, dropped or added beyond the knocked-out ones
        for (DrillRequest d : in.problem.drills()) {
            String id = d.id();
            if (hit.containsKey(id) || followers.containsKey(id)) {
                continue;
            }
            Assignment old = previous.get(id);
            Assignment now = current.get(id);
            told(today, old, now);
            if (old != null && now == null) {
                String reason = why.getOrDefault(id, "no room");
                lose(today, id, "dropped by the re-plan: " + reason, "dropped by the re-plan (" + reason + ")");
            } else if (old == null && now != null) {
                reasons.remove(id);
                events.add(new SimulationEvent(today, SimulationEvent.Kind.DRILL_ADDED, id,
                        "placed on " + now.date() + " " + now.slot() + " with " + teamList(now)));
            } else if (old != null && !old.date().equals(now.date())) {
                moved(today, id, old, now, "re-planned");
            }
        }
    }

    private static Map<String, Assignment> byDrill(Schedule schedule) {
        Map<String, Assignment> byId = new LinkedHashMap<>();
        schedule.assignments().forEach(a -> byId.put(a.drill(), a));
        return byId;
    }

    /** Windows that start at each wanted drill's first date; each lies inside the drill's own. */
    private static Map<String, DateWindow> windowsFrom(DrillProblem known, Map<String, LocalDate> wanted) {
        Map<String, DateWindow> windows = new LinkedHashMap<>();
        Map<String, DrillRequest> drills = known.drillsById();
        wanted.forEach((id, from) -> {
            DateWindow w = drills.get(id).windowIn(known.horizon());
            windows.put(id, new DateWindow(from.isAfter(w.from()) ? from : w.from(), w.to()));
        });
        return windows;
    }

    /**
     * The teams and units to tell when {@code version} replaces {@code before}: for each drill
     * dated in the notice period whose booking changes or that is dropped, its unit and its old and
     * new teams (drills held already and cancelled by their unit excepted).
     */
    private int partiesToTell(Map<String, Assignment> version, Map<String, Assignment> before, LocalDate noticeEnd) {
        int n = 0;
        for (Map.Entry<String, Assignment> e : before.entrySet()) {
            Assignment old = e.getValue();
            Assignment now = version.get(e.getKey());
            if (held.containsKey(e.getKey()) || cancelled.contains(e.getKey()) || old.date().isAfter(noticeEnd)) {
                continue;
            }
            if (now == null) {
                n += parties(old, old);
            } else if (!sameBooking(old, now)) {
                n += parties(old, now);
            }
        }
        return n;
    }

    /**
     * Counts the teams and units to tell when an announced booking ({@code old}, dated in the
     * notice period) changes to {@code now} or is dropped ({@code now} null).
     */
    private void told(LocalDate today, Assignment old, Assignment now) {
        if (old != null && !old.date().isAfter(today.plusDays(options.noticeDays()))
                && (now == null || !sameBooking(old, now))) {
            partiesReNotified += now == null ? parties(old, old) : parties(old, now);
        }
    }

    /** The unit and every team of either assignment. */
    private static int parties(Assignment from, Assignment to) {
        Set<String> teams = new HashSet<>();
        from.teams().forEach(t -> teams.add(t.team()));
        to.teams().forEach(t -> teams.add(t.team()));
        return 1 + teams.size();
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
            for (java.util.Iterator<String> it = open.iterator(); it.hasNext(); ) {
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
     * Logs what became of the knocked-out drills now in {@link #current} or not: moved or lost;
     * a follower back on its old date, slot and teams was not disrupted after all.
     */
    private void settle(LocalDate today, Map<String, String> hit, Map<String, String> followers,
            Map<String, Assignment> before, Map<String, String> notPlaced, String how) {
        for (DrillRequest d : in.problem.drills()) {
            String id = d.id();
            boolean isHit = hit.containsKey(id);
            if (!isHit && !followers.containsKey(id)) {
                continue;
            }
            String cause = isHit ? hit.get(id) : followers.get(id);
            Assignment old = before.get(id);
            Assignment now = current.get(id);
            if (!isHit) {
                if (now != null && sameBooking(old, now)) {
                    continue;
                }
                disrupted(today, id, cause);
            }
            told(today, old, now);
            if (now == null) {
                String reason = notPlaced.getOrDefault(id, "no later slot");
                lose(today, id, "lost: " + cause + "; " + reason, "not re-placed: " + reason);
            } else if (old.date().equals(now.date())) {
                reasons.remove(id);
                events.add(new SimulationEvent(today, SimulationEvent.Kind.DRILL_MOVED, id,
                        how + ": kept " + now.date() + ", now " + now.slot() + " with " + teamList(now)));
            } else {
                moved(today, id, old, now, how);
            }
        }
    }

    private static boolean sameBooking(Assignment a, Assignment b) {
        return a.date().equals(b.date()) && a.slot().equals(b.slot())
                && new HashSet<>(a.teams()).equals(new HashSet<>(b.teams()));
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
        return Math.max(0, Math.min(options.repairSteps(), movable / perMove - 1));
    }

    /** Whether the re-plan kept every settled drill exactly where it was, as pinning promises. */
    private boolean keepsSettled(Schedule result, Set<String> settled) {
        Map<String, Assignment> byId = new LinkedHashMap<>();
        result.assignments().forEach(a -> byId.put(a.drill(), a));
        for (String id : settled) {
            Assignment was = current.get(id);
            Assignment now = byId.get(id);
            if (now == null || !sameBooking(was, now)) {
                return false;
            }
        }
        return true;
    }

    private void moved(LocalDate today, String id, Assignment from, Assignment to, String how) {
        reasons.remove(id);
        dayMoved++;
        if (!from.date().isAfter(today.plusDays(options.noticeDays()))) {
            reNotifications++;
        }
        events.add(new SimulationEvent(today, SimulationEvent.Kind.DRILL_MOVED, id,
                how + " from " + from.date() + " " + from.slot() + " to " + to.date() + " " + to.slot()
                        + " with " + teamList(to)));
    }

    private static String teamList(Assignment a) {
        StringBuilder s = new StringBuilder();
        for (TeamAssignment t : a.teams()) {
            s.append(s.length() == 0 ? "" : ", ").append(t.team());
        }
        return s.length() == 0 ? "no team" : s.toString();
    }

    /** The current version as a schedule: every drill assigned or listed with its reason. */
    private Schedule version() {
        List<Assignment> assignments = new ArrayList<>();
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (DrillRequest d : in.problem.drills()) {
            Assignment a = current.get(d.id());
            if (a != null) {
                assignments.add(a);
            } else {
                unscheduled.add(new Unscheduled(d.id(), reasons.getOrDefault(d.id(), "not scheduled")));
            }
        }
        return new Schedule(in.problem.name(), assignments, unscheduled);
    }

    private RunMetrics metrics() {
        Map<ExerciseType, Integer> byType = new EnumMap<>(ExerciseType.class);
        for (ExerciseType t : ExerciseType.values()) {
            byType.put(t, 0);
        }
        Map<Integer, Integer> byPriority = new TreeMap<>();
        for (DrillRequest d : in.problem.drills()) {
            byPriority.putIfAbsent(d.priority(), 0);
        }
        long priorities = 0;
        int moved = 0;
        int daysMoved = 0;
        int added = 0;
        double travelKm = 0;
        for (DrillRequest d : in.problem.drills()) {
            Assignment a = held.get(d.id());
            if (a == null) {
                continue;
            }
            byType.merge(d.type(), 1, Integer::sum);
            byPriority.merge(d.priority(), 1, Integer::sum);
            priorities += d.priority();
            LocalDate published = in.publishedDate(d.id());
            if (published == null) {
                added++;
            } else if (!published.equals(a.date())) {
                moved++;
                daysMoved += (int) Math.abs(ChronoUnit.DAYS.between(published, a.date()));
            }
            GrassrootsUnit unit = in.units.get(d.unit());
            for (TeamAssignment t : a.teams()) {
                travelKm += in.problem.travel().roadKm(in.teams.get(t.team()).base(), unit.location());
            }
        }
        int chainsCompleted = 0;
        for (String unit : in.chainUnits) {
            boolean all = true;
            for (DrillRequest d : in.problem.drills()) {
                if (d.unit().equals(unit) && !held.containsKey(d.id())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                chainsCompleted++;
            }
        }
        int lost = 0;
        for (String id : in.publishedAssignments.keySet()) {
            if (!held.containsKey(id) && !cancelled.contains(id)) {
                lost++;
            }
        }
        int teamDaysLost = away.values().stream().mapToInt(Set::size).sum();
        double coverage = in.totalPriority == 0 ? 0 : (double) priorities / in.totalPriority;
        return new RunMetrics(in.problem.drills().size(), in.publishedAssignments.size(), held.size(), byType,
                byPriority, coverage, in.chainUnits.size(), chainsCompleted, disruptedEver.size(), lost,
                cancelled.size(), moved, daysMoved, added, reNotifications, partiesReNotified, teamDaysLost,
                travelKm);
    }
}
