package io.drillplan.check;

import io.drillplan.model.Assignment;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Excerpt;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.HardRule;
import io.drillplan.model.Horizon;
import io.drillplan.model.Message;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.Slot;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules 1 and 2: reads a schedule against its problem, reporting what does not fit the format,
 * and keeps one {@link Placement} per scheduled drill for the other rules.
 *
 * <p>A drill's first assignment is the one that counts; later ones are reported and ignored, so
 * that a duplicate does not also show up as a clash with itself under rules 6 to 10.
 */
final class ScheduleReading {
    private final DrillProblem problem;
    private final Findings findings;
    private final Map<String, DrillRequest> drills;
    private final Map<String, RescueTeam> teams;
    private final Map<String, GrassrootsUnit> units;
    private final Map<String, Placement> placed = new LinkedHashMap<>();

    private ScheduleReading(DrillProblem problem, Findings findings) {
        this.problem = problem;
        this.findings = findings;
        this.drills = problem.drillsById();
        this.teams = problem.teamsById();
        this.units = problem.unitsById();
    }

    /** Reads {@code schedule}, adding its rule 1 and 2 violations to {@code findings}. */
    static Map<String, Placement> read(DrillProblem problem, Schedule schedule, Findings findings) {
        ScheduleReading reading = new ScheduleReading(problem, findings);
        List<Assignment> assignments = schedule.assignments();
        for (int i = 0; i < assignments.size(); i++) {
            reading.assignment(i, assignments.get(i));
        }
        Set<String> unscheduled = reading.unscheduled(schedule.unscheduled());
        reading.missing(unscheduled);
        return Collections.unmodifiableMap(reading.placed);
    }

    private void assignment(int index, Assignment a) {
        String path = "assignments[" + index + "]";
        if (a.drill() == null) {
            findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.noDrillId", path + ".drill"));
            return;
        }
        DrillRequest drill = drills.get(a.drill());
        if (drill == null) {
            findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.unknownDrill", path + ".drill", Excerpt.quote(a.drill())), a.drill());
            return;
        }
        Placement earlier = placed.get(drill.id());
        if (earlier != null) {
            findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.scheduledTwice", path, drill.id(), earlier.index()), drill.id());
            return;
        }
        GrassrootsUnit unit = units.get(drill.unit());
        if (unit == null) {
            // The validator should have caught it; the checker still must not fail on it.
            findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.unknownUnit", drill.id(), Words.quoted(drill.unit())), drill.id());
        }
        List<RescueTeam> known = knownTeams(path, drill, a);
        LocalDate date = a.date();
        if (date == null) {
            findings.add(HardRule.IN_WINDOW, Message.of("rule.noDate", path + ".date", drill.id()), drill.id());
        } else {
            dateInRange(path, drill, date);
        }
        int[] interval = interval(path, drill, a);
        placed.put(drill.id(), new Placement(index, drill, unit, a, date, interval[0], interval[1], known));
    }

    private List<RescueTeam> knownTeams(String path, DrillRequest drill, Assignment a) {
        Map<String, RescueTeam> known = new LinkedHashMap<>();
        List<TeamAssignment> listed = a.teams();
        for (int j = 0; j < listed.size(); j++) {
            String id = listed.get(j).team();
            RescueTeam team = id == null ? null : teams.get(id);
            if (team == null) {
                findings.add(HardRule.EVERY_DRILL_ONCE, id == null ? Message.of("rule.noTeamId", path + ".teams[" + j + "].team", drill.id())
                        : Message.of("rule.unknownTeam", path + ".teams[" + j + "].team", Excerpt.quote(id), drill.id()),
                        drill.id());
            } else {
                known.putIfAbsent(id, team);
            }
        }
        return List.copyOf(known.values());
    }

    private void dateInRange(String path, DrillRequest drill, LocalDate date) {
        Horizon horizon = problem.horizon();
        if (!horizon.contains(date)) {
            findings.add(HardRule.IN_WINDOW, Message.of("rule.outsideHorizon", path + ".date", drill.id(), date, horizon.start(),
                    horizon.end()), drill.id());
        }
        // Without its own window a drill's window is the horizon, already reported above.
        DateWindow window = drill.window();
        if (window != null && !window.contains(date)) {
            findings.add(HardRule.IN_WINDOW, Message.of("rule.outsideWindow", path + ".date", drill.id(), date, window.from(),
                    window.to()), drill.id());
        }
    }

    /** Start and end second from the slots, or -1s when they cannot be read. */
    private int[] interval(String path, DrillRequest drill, Assignment a) {
        int[] unknown = {-1, -1};
        List<Slot> slots = problem.horizon().slots();
        if (a.slot() == null) {
            findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.noSlot", path + ".slot", drill.id()), drill.id());
            return unknown;
        }
        int first = problem.horizon().slotIndex(a.slot());
        if (first < 0) {
            findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.unknownSlot", path + ".slot", Excerpt.quote(a.slot()), drill.id(),
                    Words.ids(slots.stream().map(Slot::id).toList())), drill.id());
            return unknown;
        }
        int duration = Math.max(1, drill.durationSlots());
        int last = first + duration - 1;
        if (last >= slots.size()) {
            int left = slots.size() - first;
            findings.add(HardRule.IN_WINDOW, Message.of("rule.tooLongForDay", path + ".slot", drill.id(), duration, a.slot(), left,
                    left == 1 ? "term.slot" : "term.slots"), drill.id());
            return unknown;
        }
        Slot firstSlot = slots.get(first);
        Slot lastSlot = slots.get(last);
        if (!firstSlot.start().equals(a.start())) {
            findings.add(HardRule.IN_WINDOW, Message.of("rule.wrongStart", path + ".start", drill.id(), Words.time(a.start()),
                    firstSlot.id(), Words.time(firstSlot.start())), drill.id());
        }
        if (!lastSlot.end().equals(a.end())) {
            findings.add(HardRule.IN_WINDOW, Message.of("rule.wrongEnd", path + ".end", drill.id(), Words.time(a.end()),
                    lastSlot.id(), Words.time(lastSlot.end())), drill.id());
        }
        return new int[] {firstSlot.start().toSecondOfDay(), lastSlot.end().toSecondOfDay()};
    }

    private Set<String> unscheduled(List<Unscheduled> unscheduled) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < unscheduled.size(); i++) {
            String path = "unscheduled[" + i + "]";
            String id = unscheduled.get(i).drill();
            if (id == null) {
                findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.noDrillId", path + ".drill"));
            } else if (!drills.containsKey(id)) {
                findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.unknownDrill", path + ".drill", Excerpt.quote(id)), id);
            } else if (seen.containsKey(id)) {
                findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.unscheduledTwice", path, id, seen.get(id)), id);
            } else {
                seen.put(id, i);
                Placement p = placed.get(id);
                if (p != null) {
                    findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.bothScheduledAndNot", path, id, p.index()), id);
                }
            }
        }
        return new LinkedHashSet<>(seen.keySet());
    }

    private void missing(Set<String> unscheduled) {
        Set<String> missing = new LinkedHashSet<>();
        for (DrillRequest drill : problem.drills()) {
            if (!placed.containsKey(drill.id()) && !unscheduled.contains(drill.id())) {
                missing.add(drill.id());
            }
        }
        for (String id : missing) {
            findings.add(HardRule.EVERY_DRILL_ONCE, Message.of("rule.missingDrill", id), id);
        }
    }
}
