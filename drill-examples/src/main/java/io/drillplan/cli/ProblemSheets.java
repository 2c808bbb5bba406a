package io.drillplan.cli;

import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A drillplan-problem/1 as a workbook a planner fills in: one sheet each for the settings (name,
 * month, holidays, slots, travel), the regions, the rescue teams, the grass-roots units and the
 * drill requests, headers in the chosen language, and a sheet of allowed values that feeds the
 * drop-down lists. {@link ProblemReading} reads the same layout back.
 */
final class ProblemSheets {

    /** The sheets, by bundle key, in workbook order. */
    static final List<String> SHEETS = List.of("settings", "regions", "teams", "units", "drills");
    /** The sheet of allowed values; the import ignores it. */
    static final String LISTS = "lists";

    /** The rows of the settings sheet, by bundle key, in order. */
    static final List<String> SETTINGS = List.of("name", "start", "end", "holidays", "slots", "speed", "detour");
    static final List<String> SETTINGS_COLUMNS = List.of("setting", "value");
    static final List<String> REGION_COLUMNS = List.of("id", "name", "parent", "maxPerDay");
    static final List<String> TEAM_COLUMNS = List.of("id", "name", "kind", "skills", "lat", "lon", "region",
            "radius", "maxPerDay", "maxPerWeek", "unavailable");
    static final List<String> UNIT_COLUMNS = List.of("id", "name", "kind", "sector", "risk", "region", "lat", "lon",
            "weekends", "unavailable");
    /** The drill columns before the role pairs ("skill 1", "teams 1", ...) and after them. */
    static final List<String> DRILL_COLUMNS_BEFORE_ROLES = List.of("id", "unit", "type", "scenario", "duration");
    static final List<String> DRILL_COLUMNS_AFTER_ROLES = List.of("from", "to", "after", "priority", "participants");
    /** Role pairs a template offers; a problem whose drills need more teams gets more. */
    static final int ROLE_PAIRS = 3;

    /** The four colours, in the order of the drop-down list. */
    static final List<String> RISKS = List.of("MAJOR", "HIGH", "MODERATE", "LOW");
    /** The skills the samples and most bureaus use; a workbook may name others. */
    static final List<String> KNOWN_SKILLS = List.of("FIRE", "EVACUATION", "RESCUE", "MINE_RESCUE", "GAS", "HAZMAT",
            "MEDICAL", "FIRST_AID");

    /** Separator of the items of a list cell (skills, dates, prerequisites) when written. */
    static final String LIST_SEPARATOR = ", ";
    /** Separators accepted when read: commas and semicolons, ASCII or full width, and the enumeration comma. */
    static final String LIST_SEPARATORS = "[,;，；、]";

    private ProblemSheets() {}

    /** The sheet's name in {@code labels}' language. */
    static String sheetName(SheetLabels labels, String sheet) {
        return labels.text("sheet." + sheet);
    }

    /** The header of a column. */
    static String header(SheetLabels labels, String column) {
        return labels.text("col." + column);
    }

    /** The header of the skill of role pair {@code n} (from 1). */
    static String roleSkillHeader(SheetLabels labels, int n) {
        return labels.text("col.roleSkill", String.valueOf(n));
    }

    /** The header of the team count of role pair {@code n} (from 1). */
    static String roleCountHeader(SheetLabels labels, int n) {
        return labels.text("col.roleCount", String.valueOf(n));
    }

    /** How a risk level, an exercise type, a known skill or yes/no reads in a cell. */
    static String valueLabel(SheetLabels labels, String group, String code) {
        String key = "value." + group + "." + code;
        return labels.has(key) ? labels.text(key) : code;
    }

    /** The workbook of {@code problem}: the template is the workbook of a one-drill example. */
    static List<SheetContent> contents(DrillProblem problem, SheetLabels labels) {
        List<String> skills = knownSkills(problem);
        int pairs = Math.max(ROLE_PAIRS, problem.drills().stream().mapToInt(d -> d.roles().size()).max().orElse(0));
        String lists = sheetName(labels, LISTS);
        List<SheetContent> sheets = new ArrayList<>();
        sheets.add(SheetContent.plain(sheetName(labels, "settings"), headers(labels, SETTINGS_COLUMNS),
                settingsRows(problem, labels), 28));
        sheets.add(SheetContent.plain(sheetName(labels, "regions"), headers(labels, REGION_COLUMNS),
                problem.regions().stream().map(ProblemSheets::regionRow).toList(), 18));
        sheets.add(new SheetContent(sheetName(labels, "teams"), headers(labels, TEAM_COLUMNS),
                problem.teams().stream().map(t -> teamRow(t, labels)).toList(), List.of(),
                List.of(22, 36, 16, 30, 11, 11, 18, 12, 12, 12, 24)));
        sheets.add(new SheetContent(sheetName(labels, "units"), headers(labels, UNIT_COLUMNS),
                problem.units().stream().map(u -> unitRow(u, labels)).toList(),
                List.of(new SheetContent.DropDown(UNIT_COLUMNS.indexOf("risk"), lists, 1, RISKS.size()),
                        new SheetContent.DropDown(UNIT_COLUMNS.indexOf("weekends"), lists, 3, 2)),
                List.of(22, 36, 14, 20, 16, 18, 11, 11, 10, 24)));
        sheets.add(drillSheet(problem, labels, skills, pairs, lists));
        sheets.add(listsSheet(labels, skills));
        return sheets;
    }

    private static SheetContent drillSheet(DrillProblem problem, SheetLabels labels, List<String> skills, int pairs,
            String lists) {
        List<String> header = new ArrayList<>(headers(labels, DRILL_COLUMNS_BEFORE_ROLES));
        List<SheetContent.DropDown> dropDowns = new ArrayList<>();
        dropDowns.add(new SheetContent.DropDown(DRILL_COLUMNS_BEFORE_ROLES.indexOf("type"), lists, 0,
                ExerciseType.values().length));
        for (int n = 1; n <= pairs; n++) {
            dropDowns.add(new SheetContent.DropDown(header.size(), lists, 2, skills.size()));
            header.add(roleSkillHeader(labels, n));
            header.add(roleCountHeader(labels, n));
        }
        header.addAll(headers(labels, DRILL_COLUMNS_AFTER_ROLES));
        List<Integer> widths = new ArrayList<>(List.of(26, 22, 24, 20, 10));
        widths.addAll(Collections.nCopies(2 * pairs, 13));
        widths.addAll(List.of(12, 12, 30, 10, 12));
        List<List<Object>> rows = problem.drills().stream().map(d -> drillRow(d, pairs, labels)).toList();
        return new SheetContent(sheetName(labels, "drills"), header, rows, dropDowns, widths);
    }

    private static SheetContent listsSheet(SheetLabels labels, List<String> skills) {
        List<String> header = List.of(labels.text("list.types"), labels.text("list.risks"),
                labels.text("list.skills"), labels.text("list.yesNo"));
        List<List<String>> columns = List.of(
                Arrays.stream(ExerciseType.values()).map(t -> valueLabel(labels, "type", t.name())).toList(),
                RISKS.stream().map(r -> valueLabel(labels, "risk", r)).toList(),
                skills.stream().map(s -> valueLabel(labels, "skill", s)).toList(),
                List.of(labels.text("value.yes"), labels.text("value.no")));
        int height = columns.stream().mapToInt(List::size).max().orElse(0);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<Object> row = new ArrayList<>();
            for (List<String> column : columns) {
                row.add(r < column.size() ? column.get(r) : null);
            }
            rows.add(row);
        }
        return SheetContent.plain(sheetName(labels, LISTS), header, rows, 26);
    }

    /** The known skills followed by any other skill a team of {@code problem} has, sorted. */
    static List<String> knownSkills(DrillProblem problem) {
        Set<String> skills = new LinkedHashSet<>(KNOWN_SKILLS);
        problem.teams().stream().flatMap(t -> t.skills().stream()).sorted().forEach(skills::add);
        return List.copyOf(skills);
    }

    private static List<String> headers(SheetLabels labels, List<String> columns) {
        return columns.stream().map(c -> header(labels, c)).toList();
    }

    private static List<List<Object>> settingsRows(DrillProblem p, SheetLabels labels) {
        List<Object> values = Arrays.asList(p.name(), str(p.horizon().start()), str(p.horizon().end()),
                dates(p.horizon().holidays()), slots(p.horizon().slots()), p.travel().speedKmh(),
                p.travel().detourFactor());
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < SETTINGS.size(); i++) {
            rows.add(Arrays.asList(labels.text("setting." + SETTINGS.get(i)), values.get(i)));
        }
        return rows;
    }

    private static List<Object> regionRow(Region r) {
        return Arrays.asList(r.id(), r.name(), r.parent(), r.maxDrillsPerDay());
    }

    private static List<Object> teamRow(RescueTeam t, SheetLabels labels) {
        return Arrays.asList(t.id(), t.name(), t.kind(),
                t.skills().stream().sorted().map(s -> valueLabel(labels, "skill", s))
                        .collect(Collectors.joining(LIST_SEPARATOR)),
                t.base() == null ? null : t.base().lat(), t.base() == null ? null : t.base().lon(), t.region(),
                t.serviceRadiusKm(), t.maxDrillsPerDay(), t.maxDrillsPerWeek(), dates(t.unavailable()));
    }

    private static List<Object> unitRow(GrassrootsUnit u, SheetLabels labels) {
        return Arrays.asList(u.id(), u.name(), u.kind(), u.sector(),
                u.risk() == null ? null : valueLabel(labels, "risk", u.risk()), u.region(),
                u.location() == null ? null : u.location().lat(), u.location() == null ? null : u.location().lon(),
                labels.text(u.weekends() ? "value.yes" : "value.no"), dates(u.unavailable()));
    }

    private static List<Object> drillRow(DrillRequest d, int pairs, SheetLabels labels) {
        List<Object> row = new ArrayList<>(Arrays.asList(d.id(), d.unit(),
                d.type() == null ? null : valueLabel(labels, "type", d.type().name()), d.scenario(),
                d.durationSlots()));
        for (int n = 0; n < pairs; n++) {
            Role role = n < d.roles().size() ? d.roles().get(n) : null;
            row.add(role == null ? null : valueLabel(labels, "skill", role.skill()));
            row.add(role == null ? null : role.count());
        }
        DateWindow w = d.window();
        row.addAll(Arrays.asList(w == null ? null : str(w.from()), w == null ? null : str(w.to()), after(d.after()),
                d.priority(), d.participants()));
        return row;
    }

    /** Prerequisites as {@code D1 +3, D2}: the id, then the minimum days when not 0. */
    static String after(List<Precedence> after) {
        return after.stream().map(a -> a.minDays() == 0 ? a.drill() : a.drill() + " +" + a.minDays())
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** Slots as {@code AM 08:30-12:00, PM 14:00-17:30}. */
    static String slots(List<Slot> slots) {
        return slots.stream().map(s -> s.id() + " " + s.start() + "-" + s.end())
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String dates(Collection<LocalDate> dates) {
        return dates.isEmpty() ? null : dates.stream().sorted().map(LocalDate::toString)
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
