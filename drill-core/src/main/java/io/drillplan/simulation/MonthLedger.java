package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The books of one simulated month: the current version of the schedule, what was held, called
 * off and knocked out, which teams are away when, the event log, the day tallies and the count of
 * people told of changes. Every policy writes what it did through these methods, so the log and
 * the counts mean the same under each.
 */
final class MonthLedger {

    private static final Message NOT_SCHEDULED = Message.of("sim.notScheduled");

    private final SimulationInput in;
    private final int noticeDays;

    /** The current version: drill id to assignment, held drills included. */
    final Map<String, Assignment> current = new LinkedHashMap<>();
    /** Why each drill not in {@link #current} is not there. */
    final Map<String, Message> reasons = new LinkedHashMap<>();
    final Map<String, Assignment> held = new LinkedHashMap<>();
    final Set<String> cancelled = new LinkedHashSet<>();
    final Set<String> disruptedEver = new LinkedHashSet<>();
    /** Dates each team is away on an incident, as known so far. */
    final Map<String, TreeSet<LocalDate>> away = new TreeMap<>();
    final List<SimulationEvent> events = new ArrayList<>();
    final List<DayTally> days = new ArrayList<>();
    int reNotifications;
    int partiesReNotified;

    // per-day counters for the tally
    private int dayDisrupted;
    private int dayMoved;
    private int dayLost;
    private int dayCancelled;

    MonthLedger(SimulationInput in, int noticeDays) {
        this.in = in;
        this.noticeDays = noticeDays;
        current.putAll(in.publishedAssignments);
        for (DrillRequest drill : in.problem.drills()) {
            if (!current.containsKey(drill.id())) {
                reasons.put(drill.id(), in.publishedReasons.getOrDefault(drill.id(), NOT_SCHEDULED));
            }
        }
    }

    /** The last date whose drills count as announced on {@code today}: their people have been told. */
    LocalDate noticeEnd(LocalDate today) {
        return today.plusDays(noticeDays);
    }

    void startDay() {
        dayDisrupted = 0;
        dayMoved = 0;
        dayLost = 0;
        dayCancelled = 0;
    }

    /** Holds the drills of the current version dated {@code today} and closes the day's tally. */
    void closeDay(LocalDate today) {
        int heldToday = 0;
        for (DrillRequest drill : in.problem.drills()) {
            Assignment a = current.get(drill.id());
            if (a != null && a.date().equals(today)) {
                held.put(drill.id(), a);
                heldToday++;
                events.add(SimulationEvent.of(today, SimulationEvent.Kind.DRILL_HELD, drill.id(),
                        Message.of("sim.held", a.slot(), drill.unit(), teamList(a))));
            }
        }
        days.add(new DayTally(today, heldToday, dayDisrupted, dayMoved, dayLost, dayCancelled));
    }

    /** Takes a drill called off by its unit out of the current version, unless held already. */
    void cancel(LocalDate today, String id, String unit, boolean scripted) {
        if (held.containsKey(id) || !cancelled.add(id)) {
            return;
        }
        Assignment a = current.remove(id);
        reasons.put(id, Message.of("sim.cancelledByUnit"));
        dayCancelled++;
        String code = scripted ? "sim.callsOff.scripted" : "sim.callsOff";
        events.add(SimulationEvent.of(today, SimulationEvent.Kind.CANCELLATION, unit,
                a == null ? Message.of(code + ".unscheduled", id) : Message.of(code, id, a.date(), a.slot())));
    }

    void disrupted(LocalDate today, String id, Message reason) {
        disruptedEver.add(id);
        dayDisrupted++;
        events.add(SimulationEvent.of(today, SimulationEvent.Kind.DRILL_DISRUPTED, id, reason));
    }

    void lose(LocalDate today, String id, Message reason, Message detail) {
        reasons.put(id, reason);
        dayLost++;
        events.add(SimulationEvent.of(today, SimulationEvent.Kind.DRILL_LOST, id, detail));
    }

    void added(LocalDate today, String id, Assignment now) {
        reasons.remove(id);
        events.add(SimulationEvent.of(today, SimulationEvent.Kind.DRILL_ADDED, id,
                Message.of("sim.placed", now.date(), now.slot(), teamList(now))));
    }

    void moved(LocalDate today, String id, Assignment from, Assignment to, String how) {
        reasons.remove(id);
        dayMoved++;
        if (!from.date().isAfter(noticeEnd(today))) {
            reNotifications++;
        }
        events.add(SimulationEvent.of(today, SimulationEvent.Kind.DRILL_MOVED, id,
                Message.of("sim.moved", how, from.date(), from.slot(), to.date(), to.slot(), teamList(to))));
    }

    /**
     * Counts the teams and units to tell when an announced booking ({@code old}, dated in the
     * notice period) changes to {@code now} or is dropped ({@code now} null).
     */
    void told(LocalDate today, Assignment old, Assignment now) {
        if (old != null && !old.date().isAfter(noticeEnd(today)) && (now == null || !sameBooking(old, now))) {
            partiesReNotified += now == null ? parties(old, old) : parties(old, now);
        }
    }

    /**
     * The teams and units to tell when {@code version} replaces {@code before}: for each drill
     * dated in the notice period whose booking changes or that is dropped, its unit and its old and
     * new teams (drills held already and cancelled by their unit excepted).
     */
    int partiesToTell(Map<String, Assignment> version, Map<String, Assignment> before, LocalDate noticeEnd) {
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
     * Logs what became of the knocked-out drills now in {@link #current} or not: moved or lost;
     * a follower back on its old date, slot and teams was not disrupted after all.
     */
    void settle(LocalDate today, Knockouts out, Map<String, Message> notPlaced, String how) {
        for (DrillRequest d : in.problem.drills()) {
            String id = d.id();
            boolean isHit = out.hit().containsKey(id);
            if (!isHit && !out.followers().containsKey(id)) {
                continue;
            }
            Message cause = isHit ? out.hit().get(id) : out.followers().get(id);
            Assignment old = out.before().get(id);
            Assignment now = current.get(id);
            if (!isHit) {
                if (now != null && sameBooking(old, now)) {
                    continue;
                }
                disrupted(today, id, cause);
            }
            told(today, old, now);
            if (now == null) {
                Message reason = notPlaced.getOrDefault(id, Message.of("sim.noLaterSlot"));
                lose(today, id, Message.of("sim.lost").with(List.of(cause, reason)),
                        Message.of("sim.notReplaced").with(List.of(reason)));
            } else if (old.date().equals(now.date())) {
                reasons.remove(id);
                events.add(SimulationEvent.of(today, SimulationEvent.Kind.DRILL_MOVED, id,
                        Message.of("sim.kept", how, now.date(), now.slot(), teamList(now))));
            } else {
                moved(today, id, old, now, how);
            }
        }
    }

    /** The current version as a schedule: every drill assigned or listed with its reason. */
    Schedule version() {
        List<Assignment> assignments = new ArrayList<>();
        List<Unscheduled> unscheduled = new ArrayList<>();
        for (DrillRequest d : in.problem.drills()) {
            Assignment a = current.get(d.id());
            if (a != null) {
                assignments.add(a);
            } else {
                unscheduled.add(Unscheduled.of(d.id(), reasons.getOrDefault(d.id(), NOT_SCHEDULED)));
            }
        }
        return new Schedule(in.problem.name(), assignments, unscheduled);
    }

    static boolean sameBooking(Assignment a, Assignment b) {
        return a.date().equals(b.date()) && a.slot().equals(b.slot())
                && new HashSet<>(a.teams()).equals(new HashSet<>(b.teams()));
    }

    /** The unit and every team of either assignment. */
    static int parties(Assignment from, Assignment to) {
        Set<String> teams = new HashSet<>();
        from.teams().forEach(t -> teams.add(t.team()));
        to.teams().forEach(t -> teams.add(t.team()));
        return 1 + teams.size();
    }

    /**
     * The reason a drill is unscheduled as a message: its own code when it has one that words its
     * English text exactly, else the text as it is.
     */
    static Message why(Unscheduled u) {
        if (u.why() != null && u.why().text(Locale.ENGLISH).equals(u.reason())) {
            return u.why();
        }
        return Message.of("sim.text", u.reason());
    }

    /** The teams of {@code a} by id, or the term for none: an argument of a {@link Message}. */
    static String teamList(Assignment a) {
        StringBuilder s = new StringBuilder();
        for (TeamAssignment t : a.teams()) {
            s.append(s.length() == 0 ? "" : ", ").append(t.team());
        }
        return s.length() == 0 ? "term.sim.noTeam" : s.toString();
    }
}
