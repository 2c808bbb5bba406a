package io.drillplan.solver;

import io.drillplan.model.Assignment;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one drill differs between two versions of a schedule: what the people involved must be
 * told.
 *
 * @param drill the drill's id
 * @param kind what changed
 * @param before its assignment in the earlier version, or {@code null} when it was not scheduled
 * @param after its assignment in the later version, or {@code null} when it is not scheduled
 * @param reason why a dropped drill is out (from the later version), in English, else {@code null}
 * @param why the same as a code and arguments, or {@code null} when only the text is known
 */
public record DrillChange(String drill, Kind kind, Assignment before, Assignment after, String reason, Message why) {

    /**
     * A change whose reason, if any, is known only as text.
     *
     * @param drill the drill's id
     * @param kind what changed
     * @param before its assignment in the earlier version, or {@code null}
     * @param after its assignment in the later version, or {@code null}
     * @param reason why a dropped drill is out, else {@code null}
     */
    public DrillChange(String drill, Kind kind, Assignment before, Assignment after, String reason) {
        this(drill, kind, before, after, reason, null);
    }

    /**
     * Why a dropped drill is out in {@code locale}'s language when the reason has a code, else its text.
     *
     * @param locale the reader's language
     * @return the reason, or {@code null} for a drill that was not dropped
     */
    public String reason(Locale locale) {
        return why == null ? reason : why.text(locale);
    }

    /** What changed about a drill. */
    public enum Kind {
        /** Held on another date or in another slot (its teams may have changed too). */
        MOVED,
        /** Same date and slot, other teams. */
        TEAMS_CHANGED,
        /** Scheduled before, not any more. */
        DROPPED,
        /** Not scheduled before, scheduled now. */
        ADDED
    }

    /**
     * Every drill scheduled in either version whose date, slot or teams differ, drills of
     * {@code before} first in its order, then the ones only {@code after} schedules.
     *
     * @param before the earlier version, usually the published one
     * @param after the later version; its unscheduled list gives the reasons of dropped drills
     * @return the changes, empty when both versions hold the same drills on the same slots with
     *     the same teams
     */
    public static List<DrillChange> between(Schedule before, Schedule after) {
        Map<String, Assignment> was = byDrill(before);
        Map<String, Assignment> now = byDrill(after);
        Map<String, Unscheduled> reasons = new HashMap<>();
        for (Unscheduled u : after.unscheduled()) {
            reasons.putIfAbsent(u.drill(), u);
        }
        Set<String> ids = new LinkedHashSet<>(was.keySet());
        ids.addAll(now.keySet());
        List<DrillChange> changes = new ArrayList<>();
        for (String id : ids) {
            Assignment a = was.get(id);
            Assignment b = now.get(id);
            if (a == null) {
                changes.add(new DrillChange(id, Kind.ADDED, null, b, null));
            } else if (b == null) {
                Unscheduled u = reasons.get(id);
                Message why = u == null || u.reason() == null ? Message.of("reason.notInNewVersion") : u.why();
                changes.add(new DrillChange(id, Kind.DROPPED, a, null,
                        u == null || u.reason() == null ? why.text(Locale.ENGLISH) : u.reason(), why));
            } else if (!a.date().equals(b.date()) || !a.slot().equals(b.slot())) {
                changes.add(new DrillChange(id, Kind.MOVED, a, b, null));
            } else if (teamsReplaced(a, b) > 0) {
                changes.add(new DrillChange(id, Kind.TEAMS_CHANGED, a, b, null));
            }
        }
        return changes;
    }

    /**
     * The days between the two dates (1 for a slot change on the same date, 0 for a team change),
     * or {@code droppedDays} for a dropped drill and 0 for an added one.
     *
     * @param droppedDays what a dropped drill counts as, in days
     * @return the days moved, 0 or more
     */
    public long daysMoved(long droppedDays) {
        return switch (kind) {
            case MOVED -> Math.max(1, Math.abs(ChronoUnit.DAYS.between(before.date(), after.date())));
            case DROPPED -> droppedDays;
            case TEAMS_CHANGED, ADDED -> 0;
        };
    }

    /**
     * How many of the earlier teams (per skill) no longer guide the drill.
     *
     * @return the teams replaced; 0 unless the drill is held in both versions
     */
    public int teamsReplaced() {
        return before == null || after == null ? 0 : teamsReplaced(before, after);
    }

    /**
     * The teams to tell about the change.
     *
     * @return the ids of the teams of both versions, earlier ones first, once each
     */
    public Set<String> teams() {
        Set<String> teams = new LinkedHashSet<>();
        if (before != null) {
            before.teams().forEach(t -> teams.add(t.team()));
        }
        if (after != null) {
            after.teams().forEach(t -> teams.add(t.team()));
        }
        return teams;
    }

    private static int teamsReplaced(Assignment a, Assignment b) {
        Map<TeamAssignment, Integer> left = new HashMap<>();
        b.teams().forEach(t -> left.merge(t, 1, Integer::sum));
        int replaced = 0;
        for (TeamAssignment t : a.teams()) {
            if (left.merge(t, -1, Integer::sum) < 0) {
                replaced++;
            }
        }
        return replaced;
    }

    private static Map<String, Assignment> byDrill(Schedule schedule) {
        Map<String, Assignment> map = new LinkedHashMap<>();
        schedule.assignments().forEach(a -> map.putIfAbsent(a.drill(), a));
        return map;
    }
}
