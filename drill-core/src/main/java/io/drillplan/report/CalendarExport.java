package io.drillplan.report;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.solver.DrillChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * iCalendar files (RFC 5545) for the people who turn up: one per rescue team (its drills) and one
 * per grass-roots unit (the drills it hosts), in English or Chinese. Events have stable UIDs
 * ({@code <drill>-<team or unit>@drillplan.io}) so that a re-exported calendar updates the events
 * instead of duplicating them, times in Asia/Shanghai with the VTIMEZONE written out (no
 * download), the unit's name and coordinates as location, and the teams with their roles in the
 * description. The text is written here, with the format's escaping and line folding, so that
 * the library needs no calendar library.
 */
public final class CalendarExport {

    /** The time zone of every event. */
    public static final String ZONE = "Asia/Shanghai";
    /** The end of every UID. */
    public static final String UID_DOMAIN = "@drillplan.io";

    /** Lines are folded after this many octets, as RFC 5545 section 3.1 asks. */
    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

    /**
     * One calendar file.
     *
     * @param fileName a name for it, unique among the calendars of one export and safe on any
     *     file system: {@code team-<id>.ics} or {@code unit-<id>.ics}
     * @param kind {@code team} or {@code unit}
     * @param owner the id of the team or unit
     * @param text the file's text (UTF-8, CRLF line ends)
     */
    public record Calendar(String fileName, String kind, String owner, String text) {}

    /**
     * What a re-planned version's calendars must say beyond its drills, so that calendars that
     * imported the earlier files update in place: each changed drill's events get a SEQUENCE one
     * above the one last written, and the events a team or unit loses (a drill dropped, a team
     * replaced) are written again as cancelled.
     *
     * @param sequences the SEQUENCE of each UID in the calendars already written
     * @param changed the drills whose events changed
     * @param lost per owner (team or unit id), the earlier assignments whose events it loses
     * @param before the problem of the earlier version, for drills the new one no longer has
     */
    public record Revision(Map<String, Integer> sequences, Set<String> changed, Map<String, List<Assignment>> lost,
            DrillProblem before) {

        /** A first export: nothing to raise or cancel. */
        public static final Revision NONE = new Revision(Map.of(), Set.of(), Map.of(), null);

        /**
         * The revision for a re-plan.
         *
         * @param sequences the SEQUENCE of each UID in the calendars already written (0 when absent)
         * @param changes the drills that differ between the published and the new schedule
         * @param before the problem of the published version
         * @return what the new calendars must raise and cancel
         */
        public static Revision of(Map<String, Integer> sequences, List<DrillChange> changes, DrillProblem before) {
            Set<String> changed = new HashSet<>();
            Map<String, List<Assignment>> lost = new LinkedHashMap<>();
            for (DrillChange c : changes) {
                changed.add(c.drill());
                if (c.before() == null) {
                    continue;
                }
                for (TeamAssignment t : c.before().teams()) {
                    if (c.after() == null || c.after().teams().stream().noneMatch(n -> n.team().equals(t.team()))) {
                        lost.computeIfAbsent(t.team(), k -> new ArrayList<>()).add(c.before());
                    }
                }
                if (c.after() == null) {
                    before.drill(c.drill()).ifPresent(d ->
                            lost.computeIfAbsent(d.unit(), k -> new ArrayList<>()).add(c.before()));
                }
            }
            return new Revision(Map.copyOf(sequences), changed, lost, before);
        }

        private int sequence(String uid, String drill) {
            return sequences.getOrDefault(uid, 0) + (changed.contains(drill) ? 1 : 0);
        }
    }

    private CalendarExport() {}

    /**
     * The calendars of a schedule: one per team and unit with a drill, in problem order.
     *
     * @param problem the problem, validated
     * @param schedule a schedule of it whose references are checked
     * @param locale the language of names, summaries and descriptions: Chinese for any
     *     {@code zh} locale, English otherwise
     * @return the files to write
     */
    public static List<Calendar> calendars(DrillProblem problem, Schedule schedule, Locale locale) {
        return calendars(new ScheduleSummary(problem, schedule), locale, Revision.NONE, Instant.now());
    }

    /**
     * The calendars of a revised version; see {@link Revision}.
     *
     * @param summary the schedule and its problem
     * @param locale the language of names, summaries and descriptions
     * @param revision what to raise and cancel, or {@link Revision#NONE}
     * @param now the time stamp of every event (DTSTAMP)
     * @return the files to write: one per team and unit with a drill or a cancelled event
     */
    public static List<Calendar> calendars(ScheduleSummary summary, Locale locale, Revision revision, Instant now) {
        ReportText t = ReportText.of(locale);
        DrillProblem problem = summary.problem();
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, List<Assignment>> byTeam = new LinkedHashMap<>();
        Map<String, List<Assignment>> byUnit = new LinkedHashMap<>();
        problem.teams().forEach(team -> byTeam.putIfAbsent(team.id(), new ArrayList<>()));
        problem.units().forEach(u -> byUnit.putIfAbsent(u.id(), new ArrayList<>()));
        for (Assignment a : summary.held().values()) {
            DrillRequest d = drills.get(a.drill());
            List<Assignment> hosted = byUnit.get(d.unit());
            if (hosted != null) {
                hosted.add(a);
            }
            for (TeamAssignment ta : a.teams()) {
                List<Assignment> guided = byTeam.get(ta.team());
                if (guided != null && !guided.contains(a)) {
                    guided.add(a);
                }
            }
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
                .format(now.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
        Set<String> names = new HashSet<>();
        List<Calendar> calendars = new ArrayList<>();
        for (RescueTeam team : problem.teamsById().values()) {
            List<Assignment> guided = byTeam.get(team.id());
            List<Assignment> lost = revision.lost().getOrDefault(team.id(), List.of());
            if (!guided.isEmpty() || !lost.isEmpty()) {
                calendars.add(new Calendar(fileName("team", team.id(), names), "team", team.id(),
                        calendar(t, t.text("ics.teamCalendar", team.name()), problem, drills, guided, lost, team.id(), stamp,
                                revision)));
            }
        }
        for (GrassrootsUnit unit : problem.unitsById().values()) {
            List<Assignment> hosted = byUnit.get(unit.id());
            List<Assignment> lost = revision.lost().getOrDefault(unit.id(), List.of());
            if (!hosted.isEmpty() || !lost.isEmpty()) {
                calendars.add(new Calendar(fileName("unit", unit.id(), names), "unit", unit.id(),
                        calendar(t, t.text("ics.unitCalendar", unit.name()), problem, drills, hosted, lost, unit.id(), stamp,
                                revision)));
            }
        }
        return calendars;
    }

    private static String calendar(ReportText t, String name, DrillProblem problem, Map<String, DrillRequest> drills,
            List<Assignment> held, List<Assignment> lost, String owner, String stamp, Revision revision) {
        StringBuilder ics = new StringBuilder(1024);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//drillplan//drill//" + t.language().toUpperCase(Locale.ROOT));
        line(ics, "METHOD:PUBLISH");
        // NAME is the standard (RFC 7986); Google Calendar and Outlook still read only the X-WR- forms.
        line(ics, "NAME:" + text(name));
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:" + ZONE);
        // China has kept UTC+8 without daylight saving since 1991, so one observance describes it.
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + ZONE);
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19910915T000000");
        line(ics, "TZOFFSETFROM:+0800");
        line(ics, "TZOFFSETTO:+0800");
        line(ics, "TZNAME:CST");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
        for (Assignment a : held) {
            event(ics, t, problem, drills.get(a.drill()), a, owner, stamp, revision, false);
        }
        for (Assignment a : lost) {
            DrillRequest d = revision.before().drill(a.drill()).orElse(null);
            if (d != null) {
                event(ics, t, revision.before(), d, a, owner, stamp, revision, true);
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, ReportText t, DrillProblem problem, DrillRequest d, Assignment a,
            String owner, String stamp, Revision revision, boolean cancelled) {
        GrassrootsUnit unit = problem.unit(d.unit()).orElse(null);
        String unitName = unit == null ? d.unit() : unit.name();
        String uid = d.id() + "-" + owner + UID_DOMAIN;
        String summary = t.text("ics.summary", t.type(d.type()), unitName);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(uid));
        line(ics, "DTSTAMP:" + stamp);
        line(ics, "SUMMARY:" + text(cancelled ? t.text("ics.cancelled", summary) : summary));
        line(ics, "DTSTART;TZID=" + ZONE + ":" + LOCAL.format(at(a.date(), start(problem, a))));
        line(ics, "DTEND;TZID=" + ZONE + ":" + LOCAL.format(at(a.date(), end(problem, d, a))));
        if (unit != null && unit.location() != null) {
            line(ics, "LOCATION:" + text(String.format(Locale.ROOT, "%s (%.5f, %.5f)", unitName, unit.location().lat(),
                    unit.location().lon())));
            // Plain decimals, exact: Double.toString would write 1.0E-4 near the equator.
            line(ics, "GEO:" + BigDecimal.valueOf(unit.location().lat()).toPlainString() + ";"
                    + BigDecimal.valueOf(unit.location().lon()).toPlainString());
        } else {
            line(ics, "LOCATION:" + text(unitName));
        }
        if (d.type() != null) {
            line(ics, "CATEGORIES:" + d.type().name());
        }
        line(ics, "DESCRIPTION:" + text(description(t, problem, d, a, unitName)));
        int sequence = revision.sequence(uid, d.id());
        if (sequence > 0) {
            line(ics, "SEQUENCE:" + sequence);
        }
        if (cancelled) {
            line(ics, "STATUS:CANCELLED");
        }
        line(ics, "END:VEVENT");
    }

    private static String description(ReportText t, DrillProblem problem, DrillRequest d, Assignment a, String unitName) {
        StringBuilder text = new StringBuilder();
        text.append(t.text("ics.what", t.type(d.type()), unitName, d.id())).append('\n');
        if (d.scenario() != null) {
            text.append(t.text("ics.scenario", d.scenario())).append('\n');
        }
        text.append(d.participants() > 0 ? t.text("ics.priorityPeople", d.priority(), d.participants())
                : t.text("ics.priority", d.priority()));
        text.append('\n').append(a.teams().isEmpty() ? t.text("ics.noTeams") : t.text("ics.teams"));
        Map<String, RescueTeam> teams = problem.teamsById();
        for (TeamAssignment ta : a.teams()) {
            RescueTeam team = teams.get(ta.team());
            text.append("\n- ").append(t.code("skill", ta.skill())).append(": ")
                    .append(team == null ? ta.team() : team.name()).append(" (").append(ta.team()).append(')');
        }
        return text.toString();
    }

    /** A TEXT value escaped as RFC 5545 section 3.3.11 asks. */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Appends a content line, folded into pieces of at most 75 octets without splitting a character. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > LINE_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }

    /** The start as written, or as the problem's slots give it when the schedule leaves it out. */
    private static LocalTime start(DrillProblem problem, Assignment a) {
        int slot = problem.horizon().slotIndex(a.slot());
        return a.start() != null || slot < 0 ? a.start() : problem.horizon().slots().get(slot).start();
    }

    private static LocalTime end(DrillProblem problem, DrillRequest d, Assignment a) {
        List<io.drillplan.model.Slot> slots = problem.horizon().slots();
        int first = problem.horizon().slotIndex(a.slot());
        if (a.end() != null || first < 0) {
            return a.end();
        }
        return slots.get(Math.min(slots.size() - 1, first + Math.max(1, d.durationSlots()) - 1)).end();
    }

    private static LocalDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    /**
     * A calendar's file name: {@code team-T1.ics}, the id made safe for any file system, made
     * unique if two collide.
     *
     * @param kind {@code team} or {@code unit}
     * @param id the team's or unit's id
     * @param taken the names given so far, in lower case; the new name is added
     * @return the name
     */
    public static String fileName(String kind, String id, Set<String> taken) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = kind + "-" + safe + ".ics";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = kind + "-" + safe + "-" + n + ".ics";
        }
        return name;
    }
}
