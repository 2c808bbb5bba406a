package io.drillplan.cli;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Geo;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.TeamAssignment;
import io.drillplan.solver.DrillChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * iCalendar files for the people who turn up: one per rescue team (its drills) and one per
 * grass-roots unit (the drills it hosts). Events have stable UIDs ({@code <drill>-<team or
 * unit>@drillplan.io}) so that a re-exported calendar updates the events instead of duplicating
 * them, times in Asia/Shanghai with the VTIMEZONE written out (no download), the unit's name and
 * coordinates as location, and the teams with their roles in the description.
 */
final class CalendarExport {

    static final String ZONE = "Asia/Shanghai";
    static final String UID_DOMAIN = "@drillplan.io";

    /** How many calendars were written, and how many teams and units had no drill to put in one. */
    record Written(int teamFiles, int unitFiles, int idleTeams, int idleUnits) {}

    /**
     * What a re-planned version's calendars must say beyond its drills, so that calendars that
     * imported the earlier files update in place: each changed drill's events get a SEQUENCE one
     * above the one last written, and the events a team or unit loses (a drill dropped, a team
     * replaced) are written again as cancelled.
     *
     * @param sequences the SEQUENCE of each UID in the calendars already in the directory
     * @param changed the drills whose events changed
     * @param lost per owner (team or unit id), the earlier assignments whose events it loses
     * @param before the problem of the earlier version, for drills the new one no longer has
     */
    record Revision(Map<String, Integer> sequences, Set<String> changed, Map<String, List<Assignment>> lost,
            DrillProblem before) {

        /** A first export: nothing to raise or cancel. */
        static final Revision NONE = new Revision(Map.of(), Set.of(), Map.of(), null);

        /** The revision for {@code changes}, reading the sequences already written in {@code dir}. */
        static Revision of(Path dir, List<DrillChange> changes, DrillProblem before) {
            Map<String, Integer> sequences = new HashMap<>();
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ics")).toList()) {
                    for (ICalendar ical : Biweekly.parse(file.toFile()).all()) {
                        for (VEvent e : ical.getEvents()) {
                            if (e.getUid() != null) {
                                sequences.merge(e.getUid().getValue(),
                                        e.getSequence() == null ? 0 : e.getSequence().getValue(), Math::max);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new BadInputException("cannot read the calendars in --ics " + dir + ": " + OutputFiles.reason(e));
            }
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
            return new Revision(sequences, changed, lost, before);
        }

        private int sequence(String uid, String drill) {
            return sequences.getOrDefault(uid, 0) + (changed.contains(drill) ? 1 : 0);
        }
    }

    private CalendarExport() {}

    /** Writes {@code team-<id>.ics} and {@code unit-<id>.ics} files into {@code dir}. */
    static Written write(ScheduleSummary summary, Path dir) {
        return write(summary, dir, Revision.NONE);
    }

    /** Writes the calendars of a revised version into {@code dir}; see {@link Revision}. */
    static Written write(ScheduleSummary summary, Path dir, Revision revision) {
        DrillProblem problem = summary.problem();
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, List<Assignment>> byTeam = new LinkedHashMap<>();
        Map<String, List<Assignment>> byUnit = new LinkedHashMap<>();
        problem.teams().forEach(t -> byTeam.putIfAbsent(t.id(), new java.util.ArrayList<>()));
        problem.units().forEach(u -> byUnit.putIfAbsent(u.id(), new java.util.ArrayList<>()));
        for (Assignment a : summary.held().values()) {
            DrillRequest d = drills.get(a.drill());
            List<Assignment> hosted = byUnit.get(d.unit());
            if (hosted != null) {
                hosted.add(a);
            }
            for (TeamAssignment t : a.teams()) {
                List<Assignment> guided = byTeam.get(t.team());
                if (guided != null && !guided.contains(a)) {
                    guided.add(a);
                }
            }
        }
        Date stamp = Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Set<String> names = new HashSet<>();
        int teamFiles = 0;
        int unitFiles = 0;
        for (RescueTeam team : problem.teamsById().values()) {
            List<Assignment> guided = byTeam.get(team.id());
            List<Assignment> lost = revision.lost().getOrDefault(team.id(), List.of());
            if (guided.isEmpty() && lost.isEmpty()) {
                continue;
            }
            ICalendar ical = calendar("Drills of " + team.name());
            for (Assignment a : guided) {
                ical.addEvent(event(problem, drills.get(a.drill()), a, team.id(), stamp, revision));
            }
            addCancelled(ical, lost, team.id(), stamp, revision);
            OutputFiles.write(dir.resolve(fileName("team", team.id(), names)), Biweekly.write(ical).go(), "--ics");
            teamFiles++;
        }
        for (GrassrootsUnit unit : problem.unitsById().values()) {
            List<Assignment> hosted = byUnit.get(unit.id());
            List<Assignment> lost = revision.lost().getOrDefault(unit.id(), List.of());
            if (hosted.isEmpty() && lost.isEmpty()) {
                continue;
            }
            ICalendar ical = calendar("Drills at " + unit.name());
            for (Assignment a : hosted) {
                ical.addEvent(event(problem, drills.get(a.drill()), a, unit.id(), stamp, revision));
            }
            addCancelled(ical, lost, unit.id(), stamp, revision);
            OutputFiles.write(dir.resolve(fileName("unit", unit.id(), names)), Biweekly.write(ical).go(), "--ics");
            unitFiles++;
        }
        return new Written(teamFiles, unitFiles, problem.teamsById().size() - teamFiles,
                problem.unitsById().size() - unitFiles);
    }

    private static ICalendar calendar(String name) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//drillplan//drill//EN");
        ical.setMethod("PUBLISH");
        ical.setName(name);
        // NAME is the standard (RFC 7986); Google Calendar and Outlook still read only the X-WR- forms.
        ical.addExperimentalProperty("X-WR-CALNAME", name);
        ical.addExperimentalProperty("X-WR-TIMEZONE", ZONE);
        ical.getTimezoneInfo().setDefaultTimezone(shanghai());
        return ical;
    }

    /** China has kept UTC+8 without daylight saving since 1991, so one observance describes it. */
    private static TimezoneAssignment shanghai() {
        VTimezone component = new VTimezone(ZONE);
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1991, 9, 15, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 8, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 8, 0));
        standard.addTimezoneName("CST");
        component.addStandardTime(standard);
        return new TimezoneAssignment(TimeZone.getTimeZone(ZONE), component);
    }

    /** The events {@code owner} loses, as cancellations with a raised SEQUENCE. */
    private static void addCancelled(ICalendar ical, List<Assignment> lost, String owner, Date stamp,
            Revision revision) {
        for (Assignment a : lost) {
            DrillRequest d = revision.before().drill(a.drill()).orElse(null);
            if (d == null) {
                continue;
            }
            VEvent e = event(revision.before(), d, a, owner, stamp, revision);
            e.setStatus(Status.cancelled());
            e.setSummary("Cancelled: " + e.getSummary().getValue());
            ical.addEvent(e);
        }
    }

    private static VEvent event(DrillProblem problem, DrillRequest d, Assignment a, String owner, Date stamp,
            Revision revision) {
        VEvent e = event(problem, d, a, owner, stamp);
        int sequence = revision.sequence(e.getUid().getValue(), d.id());
        if (sequence > 0) {
            e.setSequence(sequence);
        }
        return e;
    }

    private static VEvent event(DrillProblem problem, DrillRequest d, Assignment a, String owner, Date stamp) {
        GrassrootsUnit unit = problem.unit(d.unit()).orElse(null);
        String unitName = unit == null ? d.unit() : unit.name();
        VEvent e = new VEvent();
        e.setUid(d.id() + "-" + owner + UID_DOMAIN);
        e.setDateTimeStamp(stamp);
        e.setSummary(typeTitle(d) + ": " + unitName);
        e.setDateStart(at(a.date(), start(problem, a)), true);
        e.setDateEnd(at(a.date(), end(problem, d, a)), true);
        if (unit != null && unit.location() != null) {
            e.setLocation(String.format(Locale.ROOT, "%s (%.5f, %.5f)", unitName, unit.location().lat(),
                    unit.location().lon()));
            e.setGeo(new Geo(unit.location().lat(), unit.location().lon()));
        } else {
            e.setLocation(unitName);
        }
        if (d.type() != null) {
            e.addCategories(d.type().name());
        }
        e.setDescription(description(problem, d, a, unitName));
        return e;
    }

    private static String description(DrillProblem problem, DrillRequest d, Assignment a, String unitName) {
        StringBuilder t = new StringBuilder();
        t.append(typeTitle(d)).append(" at ").append(unitName).append(" (drill ").append(d.id()).append(")\n");
        if (d.scenario() != null) {
            t.append("Scenario: ").append(d.scenario()).append('\n');
        }
        t.append("Priority: ").append(d.priority());
        if (d.participants() > 0) {
            t.append(", about ").append(d.participants()).append(" participants");
        }
        t.append("\nTeams:");
        Map<String, RescueTeam> teams = problem.teamsById();
        for (TeamAssignment ta : a.teams()) {
            RescueTeam team = teams.get(ta.team());
            t.append("\n- ").append(ta.skill()).append(": ").append(team == null ? ta.team() : team.name())
                    .append(" (").append(ta.team()).append(')');
        }
        if (a.teams().isEmpty()) {
            t.append(" none");
        }
        return t.toString();
    }

    private static String typeTitle(DrillRequest d) {
        String type = d.type() == null ? "drill" : ConsoleSummary.typeName(d.type());
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
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

    private static Date at(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(ZoneId.of(ZONE)).toInstant());
    }

    /** {@code team-T1.ics}: ids made safe for any file system, made unique if two collide. */
    static String fileName(String kind, String id, Set<String> taken) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = kind + "-" + safe + ".ics";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = kind + "-" + safe + "-" + n + ".ics";
        }
        return name;
    }
}
