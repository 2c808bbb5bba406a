package io.drillplan.cli;

import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Excerpt;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Slot;
import io.drillplan.model.Travel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sheets of {@link ProblemSheets} back into a problem. Headers, sheet names and the
 * values of the drop-down lists are recognised in English and in Chinese, whatever language the
 * messages are in. Every defect is collected, each naming the sheet, row, column and value, and
 * the problem is then checked by {@link ProblemValidator}, whose findings are placed on their
 * cells too.
 */
final class ProblemReading {

    private static final List<SheetLabels> ALL_LANGUAGES = List.of(SheetLabels.of("en"), SheetLabels.of("zh"));
    private static final int MAX_ROLE_PAIRS = 50;
    private static final Pattern SLOT = Pattern.compile("(\\S+)\\s+(\\d{1,2}:\\d{2})\\s*[-–~～]\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern AFTER = Pattern.compile("(.*?)(?:\\s*\\+\\s*(\\d+))?");
    private static final Pattern VALIDATOR_PATH = Pattern.compile("(regions|teams|units|drills)\\[(\\d+)]\\.?([^:]*): (.*)",
            Pattern.DOTALL);

    /** Ends the file name in the keys of {@link #problems}: a character no path or label holds. */
    private static final char FILE_END = '\u0000';

    private final SheetLabels labels;
    private final String source;
    /** Problems found, by file and cell, so that the validator's finding on a cell already reported is dropped. */
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final List<String> sheetProblems = new ArrayList<>();
    /** Where each region, team, unit and drill came from, for the validator's findings. */
    private final Map<String, List<Cells>> origins = new HashMap<>();
    private LocalDate start;
    private LocalDate end;

    private ProblemReading(SheetLabels labels, String source) {
        this.labels = labels;
        this.source = source;
    }

    /**
     * The problem the tables hold.
     *
     * @param tables the sheets of a workbook or the CSV files, in any order; unknown ones are ignored
     * @param source the file or folder named on the command line, the prefix of every message
     * @param labels the language of the messages
     * @throws BadInputException naming every defect with its sheet, row, column and value
     */
    static DrillProblem read(List<SheetTable> tables, String source, SheetLabels labels) {
        return new ProblemReading(labels, source).read(tables);
    }

    private DrillProblem read(List<SheetTable> tables) {
        Map<String, SheetTable> bySheet = new LinkedHashMap<>();
        for (SheetTable table : tables) {
            String sheet = recognise(table.name(), ProblemSheets.SHEETS, l -> s -> ProblemSheets.sheetName(l, s));
            if (sheet != null && bySheet.putIfAbsent(sheet, table) != null) {
                sheetProblems.add(labels.text("import.sheetTwice", source, table.name(), bySheet.get(sheet).source()));
            }
        }
        for (String sheet : ProblemSheets.SHEETS) {
            if (!bySheet.containsKey(sheet)) {
                sheetProblems.add(labels.text("import.sheetMissing", source, ProblemSheets.sheetName(labels, sheet),
                        String.join(", ", ProblemSheets.SHEETS.stream().map(s -> ProblemSheets.sheetName(labels, s)).toList())));
            }
        }
        if (!sheetProblems.isEmpty()) {
            throw new BadInputException(sheetProblems);
        }
        DrillProblem.Builder builder = DrillProblem.builder();
        Horizon horizon = settings(bySheet.get("settings"), builder);
        builder.horizon(horizon);
        Sheet regions = sheet(bySheet.get("regions"), ProblemSheets.REGION_COLUMNS);
        Sheet teams = sheet(bySheet.get("teams"), ProblemSheets.TEAM_COLUMNS);
        Sheet units = sheet(bySheet.get("units"), ProblemSheets.UNIT_COLUMNS);
        Sheet drills = drillSheet(bySheet.get("drills"));
        if (!sheetProblems.isEmpty()) {
            throw new BadInputException(sheetProblems);
        }
        regions.rows().forEach(c -> builder.region(region(c)));
        origins.put("regions", regions.rows());
        teams.rows().forEach(c -> builder.team(team(c)));
        origins.put("teams", teams.rows());
        units.rows().forEach(c -> builder.unit(unit(c)));
        origins.put("units", units.rows());
        Set<String> teamSkills = new TreeSet<>();
        builder.build().teams().forEach(t -> teamSkills.addAll(t.skills()));
        drills.rows().forEach(c -> builder.drill(drill(c, teamSkills)));
        origins.put("drills", drills.rows());
        DrillProblem problem = builder.build();
        if (horizon.start() != null && horizon.end() != null) {
            // Worded in the workbook's language, then placed on its sheet, row and column by its path.
            java.util.Locale locale = Language.named(labels.language()).locale();
            ProblemValidator.problems(problem).forEach(p -> placeValidatorFinding(p.text(locale)));
        }
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>();
            if (problems.size() > 1) {
                lines.add(labels.text("import.invalid", source, problems.size()));
            }
            // A generated workbook can hold thousands of errors; the first hundred show what to fix.
            problems.entrySet().stream().limit(InputFiles.MAX_LISTED)
                    .forEach(e -> lines.add(labels.text("import.finding", e.getKey().substring(0, e.getKey().indexOf(FILE_END)),
                            e.getKey().substring(e.getKey().indexOf(FILE_END) + 1), e.getValue())));
            if (problems.size() > InputFiles.MAX_LISTED) {
                lines.add(labels.text("import.more", source, problems.size() - InputFiles.MAX_LISTED));
            }
            throw new BadInputException(lines);
        }
        return problem;
    }

    // ---------------------------------------------------------------- sheets and headers

    /** A sheet's data rows with the column index of each known header. */
    private record Sheet(List<Cells> rows) {}

    /**
     * The cells of one row, read by column key.
     *
     * @param source the file the sheet is in
     * @param sheet the sheet's name as the file has it
     * @param row the row
     * @param columns column key to index
     * @param headers column key to the header as the file has it
     */
    private record Cells(String source, String sheet, SheetTable.Row row, Map<String, Integer> columns,
            Map<String, String> headers) {
        String text(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : row.cell(index);
        }
    }

    private Sheet sheet(SheetTable table, List<String> required) {
        return sheet(table, required, Map.of());
    }

    private Sheet sheet(SheetTable table, List<String> required, Map<String, String> extraHeaders) {
        if (table.rows().isEmpty()) {
            sheetProblems.add(labels.text("import.noHeader", table.source(), table.name()));
            return new Sheet(List.of());
        }
        SheetTable.Row header = table.rows().get(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String cell = header.cell(c);
            String key = recognise(cell, required, l -> k -> ProblemSheets.header(l, k));
            if (key == null) {
                key = extraHeaders.get(normalise(cell));
            }
            if (key != null && !columns.containsKey(key)) {
                columns.put(key, c);
                headers.put(key, cell);
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                sheetProblems.add(labels.text("import.columnMissing", table.source(), table.name(),
                        ProblemSheets.header(labels, column)));
            }
        }
        List<Cells> rows = table.rows().subList(1, table.rows().size()).stream()
                .map(r -> new Cells(table.source(), table.name(), r, columns, headers)).toList();
        return new Sheet(rows);
    }

    private Sheet drillSheet(SheetTable table) {
        List<String> required = new ArrayList<>(ProblemSheets.DRILL_COLUMNS_BEFORE_ROLES);
        required.addAll(ProblemSheets.DRILL_COLUMNS_AFTER_ROLES);
        Map<String, String> roleHeaders = new HashMap<>();
        for (SheetLabels l : ALL_LANGUAGES) {
            for (int n = 1; n <= MAX_ROLE_PAIRS; n++) {
                roleHeaders.put(normalise(ProblemSheets.roleSkillHeader(l, n)), "skill" + n);
                roleHeaders.put(normalise(ProblemSheets.roleCountHeader(l, n)), "count" + n);
            }
        }
        return sheet(table, required, roleHeaders);
    }

    /** The key among {@code keys} whose label in English or Chinese is {@code text}, or null. */
    private static String recognise(String text, List<String> keys, Function<SheetLabels, Function<String, String>> label) {
        String wanted = normalise(text);
        for (SheetLabels l : ALL_LANGUAGES) {
            for (String key : keys) {
                if (normalise(label.apply(l).apply(key)).equals(wanted)) {
                    return key;
                }
            }
        }
        return null;
    }

    /** Case, blanks and full-width brackets do not matter in a header: planners retype them. */
    private static String normalise(String text) {
        return text.strip().replace('（', '(').replace('）', ')').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- the five sheets

    private Horizon settings(SheetTable table, DrillProblem.Builder builder) {
        Sheet sheet = sheet(table, ProblemSheets.SETTINGS_COLUMNS);
        Map<String, Cells> byKey = new LinkedHashMap<>();
        for (Cells c : sheet.rows()) {
            String key = recognise(c.text("setting"), ProblemSheets.SETTINGS, l -> k -> l.text("setting." + k));
            if (key == null) {
                report(c, "setting", labels.text("import.unknownSetting", quote(c.text("setting")),
                        String.join(", ", ProblemSheets.SETTINGS.stream().map(k -> labels.text("setting." + k)).toList())));
            } else {
                byKey.putIfAbsent(key, c);
            }
        }
        List<String> missing = ProblemSheets.SETTINGS.subList(0, 3).stream().filter(k -> !byKey.containsKey(k)).toList();
        for (String key : missing) {
            sheetProblems.add(labels.text("import.settingMissing", table.source(), table.name(), labels.text("setting." + key)));
        }
        Cells name = byKey.get("name");
        if (name != null) {
            builder.name(required(name, "value"));
        }
        start = byKey.containsKey("start") ? date(byKey.get("start"), "value", true, false) : null;
        end = byKey.containsKey("end") ? date(byKey.get("end"), "value", true, false) : null;
        Set<LocalDate> holidays = byKey.containsKey("holidays") ? dates(byKey.get("holidays"), "value", false) : Set.of();
        List<Slot> slots = byKey.containsKey("slots") ? slots(byKey.get("slots")) : null;
        Travel travel = Travel.DEFAULT;
        Double speed = byKey.containsKey("speed") ? decimal(byKey.get("speed"), "value") : null;
        Double detour = byKey.containsKey("detour") ? decimal(byKey.get("detour"), "value") : null;
        builder.travel(new Travel(speed == null ? travel.speedKmh() : speed, detour == null ? travel.detourFactor() : detour));
        List<Cells> settingsRows = new ArrayList<>();
        for (String key : ProblemSheets.SETTINGS) {
            settingsRows.add(byKey.get(key));
        }
        origins.put("settings", settingsRows);
        return new Horizon(start, end, holidays, slots);
    }

    private Region region(Cells c) {
        return new Region(required(c, "id"), text(c, "name"), text(c, "parent"), integer(c, "maxPerDay"));
    }

    private RescueTeam team(Cells c) {
        Set<String> skills = new LinkedHashSet<>();
        for (String skill : c.text("skills").split(ProblemSheets.LIST_SEPARATORS)) {
            if (!skill.isBlank()) {
                skills.add(skill(skill.strip()));
            }
        }
        if (skills.isEmpty()) {
            report(c, "skills", labels.text("import.missing"));
        }
        Integer perDay = integer(c, "maxPerDay");
        Integer perWeek = integer(c, "maxPerWeek");
        return new RescueTeam(required(c, "id"), text(c, "name"), text(c, "kind"), skills, point(c), text(c, "region"),
                decimal(c, "radius"), perDay == null ? RescueTeam.DEFAULT_MAX_DRILLS_PER_DAY : perDay,
                perWeek == null ? RescueTeam.DEFAULT_MAX_DRILLS_PER_WEEK : perWeek, dates(c, "unavailable", true));
    }

    private GrassrootsUnit unit(Cells c) {
        String risk = c.text("risk").isEmpty() ? null : choice(c, "risk", "risk", ProblemSheets.RISKS);
        return new GrassrootsUnit(required(c, "id"), text(c, "name"), text(c, "kind"), text(c, "sector"), risk,
                required(c, "region"), point(c), yesNo(c, "weekends"), dates(c, "unavailable", true));
    }

    private DrillRequest drill(Cells c, Set<String> teamSkills) {
        String type = required(c, "type").isEmpty() ? null : choice(c, "type", "type",
                Arrays.stream(ExerciseType.values()).map(Enum::name).toList());
        List<Role> roles = new ArrayList<>();
        for (int n = 1; n <= MAX_ROLE_PAIRS; n++) {
            String skillText = c.text("skill" + n);
            String countText = c.text("count" + n);
            if (skillText.isEmpty()) {
                if (!countText.isEmpty()) {
                    report(c, "count" + n, labels.text("import.countWithoutSkill", quote(countText)));
                }
                continue;
            }
            String skill = skill(skillText);
            if (!teamSkills.contains(skill)) {
                report(c, "skill" + n, labels.text("import.unknownSkill", quote(skillText),
                        ProblemSheets.sheetName(labels, "teams")));
            }
            Integer count = integer(c, "count" + n);
            roles.add(new Role(skill, count == null ? 1 : count));
        }
        if (roles.isEmpty() && c.columns().containsKey("skill1")) {
            report(c, "skill1", labels.text("import.missing"));
        }
        LocalDate from = date(c, "from", false, true);
        LocalDate to = date(c, "to", false, true);
        DateWindow window = null;
        if (from != null && to != null) {
            window = new DateWindow(from, to);
        } else if (from != null || to != null) {
            report(c, from == null ? "from" : "to", labels.text("import.windowHalf"));
        }
        Integer duration = integer(c, "duration");
        Integer priority = integer(c, "priority");
        Integer participants = integer(c, "participants");
        return new DrillRequest(required(c, "id"), required(c, "unit"), type == null ? null : ExerciseType.valueOf(type),
                text(c, "scenario"), duration == null ? 1 : duration, roles, window, after(c),
                priority == null ? DrillRequest.DEFAULT_PRIORITY : priority, participants == null ? 0 : participants);
    }

    // ---------------------------------------------------------------- cells

    private String text(Cells c, String column) {
        String text = c.text(column);
        return text.isEmpty() ? null : text;
    }

    private String required(Cells c, String column) {
        String text = c.text(column);
        if (text.isEmpty()) {
            report(c, column, labels.text("import.missing"));
        }
        return text;
    }

    private Integer integer(Cells c, String column) {
        String text = c.text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            report(c, column, labels.text("import.notInteger", quote(text)));
            return null;
        }
    }

    private Double decimal(Cells c, String column) {
        String text = c.text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        report(c, column, labels.text("import.notNumber", quote(text)));
        return null;
    }

    private GeoPoint point(Cells c) {
        Double lat = decimal(c, "lat");
        Double lon = decimal(c, "lon");
        if (c.text("lat").isEmpty()) {
            report(c, "lat", labels.text("import.missing"));
        }
        if (c.text("lon").isEmpty()) {
            report(c, "lon", labels.text("import.missing"));
        }
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    private LocalDate date(Cells c, String column, boolean required, boolean inMonth) {
        String text = c.text(column);
        if (text.isEmpty()) {
            if (required) {
                report(c, column, labels.text("import.missing"));
            }
            return null;
        }
        return parseDate(c, column, text, inMonth);
    }

    private LocalDate parseDate(Cells c, String column, String text, boolean inMonth) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            report(c, column, labels.text("import.notDate", quote(text)));
            return null;
        }
        if (inMonth && start != null && end != null && (date.isBefore(start) || date.isAfter(end))) {
            report(c, column, labels.text("import.dateOutside", quote(text), start.toString(), end.toString()));
        }
        return date;
    }

    private Set<LocalDate> dates(Cells c, String column, boolean inMonth) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String item : c.text(column).split(ProblemSheets.LIST_SEPARATORS)) {
            if (!item.isBlank()) {
                LocalDate date = parseDate(c, column, item.strip(), inMonth);
                if (date != null) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }

    private List<Slot> slots(Cells c) {
        List<Slot> slots = new ArrayList<>();
        for (String item : c.text("value").split(ProblemSheets.LIST_SEPARATORS)) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = SLOT.matcher(item.strip());
            try {
                if (!m.matches()) {
                    throw new DateTimeParseException("no slot", item, 0);
                }
                slots.add(new Slot(m.group(1), time(m.group(2)), time(m.group(3))));
            } catch (DateTimeParseException e) {
                report(c, "value", labels.text("import.notSlot", quote(item.strip())));
            }
        }
        return slots.isEmpty() ? null : slots;
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    private List<Precedence> after(Cells c) {
        List<Precedence> after = new ArrayList<>();
        for (String item : c.text("after").split(ProblemSheets.LIST_SEPARATORS)) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = AFTER.matcher(item.strip());
            if (!m.matches() || m.group(1).isBlank()) {
                report(c, "after", labels.text("import.notAfter", quote(item.strip())));
                continue;
            }
            after.add(new Precedence(m.group(1).strip(), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        }
        return after;
    }

    /** The code of a drop-down value: the code itself or its label in either language. */
    private String choice(Cells c, String column, String group, List<String> codes) {
        String text = c.text(column);
        String code = recognise(text, codes, l -> k -> ProblemSheets.valueLabel(l, group, k));
        if (code == null) {
            code = codes.stream().filter(k -> normalise(k).equals(normalise(text))).findFirst().orElse(null);
        }
        if (code == null) {
            report(c, column, labels.text("import.notAllowed", quote(text), String.join(", ",
                    codes.stream().map(k -> ProblemSheets.valueLabel(labels, group, k)).toList())));
        }
        return code;
    }

    private boolean yesNo(Cells c, String column) {
        String text = normalise(c.text(column));
        if (text.isEmpty()) {
            return false;
        }
        for (SheetLabels l : ALL_LANGUAGES) {
            if (normalise(l.text("value.yes")).equals(text)) {
                return true;
            }
            if (normalise(l.text("value.no")).equals(text)) {
                return false;
            }
        }
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        report(c, column, labels.text("import.notAllowed", quote(c.text(column)),
                labels.text("value.yes") + ", " + labels.text("value.no")));
        return false;
    }

    /** A skill's code: a known skill may be written by its label in either language. */
    private static String skill(String text) {
        String code = recognise(text, ProblemSheets.KNOWN_SKILLS, l -> k -> ProblemSheets.valueLabel(l, "skill", k));
        return code == null ? text : code;
    }

    // ---------------------------------------------------------------- findings

    private String at(Cells c, String column) {
        String header = c.headers().getOrDefault(column, column);
        return c.source() + FILE_END + labels.text("import.cell", c.sheet(), String.valueOf(c.row().number()), header);
    }

    private void report(Cells c, String column, String problem) {
        problems.putIfAbsent(at(c, column), problem);
    }

    /** Puts a finding of the validator on the cell it concerns, unless that cell is reported already. */
    private void placeValidatorFinding(String finding) {
        Matcher m = VALIDATOR_PATH.matcher(finding);
        if (m.matches() && origins.containsKey(m.group(1))) {
            List<Cells> rows = origins.get(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (index < rows.size()) {
                report(rows.get(index), column(m.group(1), m.group(3)), m.group(4));
                return;
            }
        }
        String settings = settingOf(finding);
        List<Cells> settingsRows = origins.get("settings");
        if (settings != null && settingsRows.get(ProblemSheets.SETTINGS.indexOf(settings)) != null) {
            report(settingsRows.get(ProblemSheets.SETTINGS.indexOf(settings)), "value",
                    finding.substring(finding.indexOf(": ") + 2));
            return;
        }
        problems.putIfAbsent(source + FILE_END + finding.substring(0, Math.max(0, finding.indexOf(": "))),
                finding.substring(finding.indexOf(": ") + 2));
    }

    /** The column key of a validator path below an element, such as {@code base.lat} or {@code roles[1].skill}. */
    private static String column(String list, String field) {
        String f = field.replaceAll("\\..*", "");
        Matcher role = Pattern.compile("roles\\[(\\d+)].*").matcher(field);
        if (role.matches()) {
            return (field.endsWith("count") ? "count" : "skill") + (Integer.parseInt(role.group(1)) + 1);
        }
        if (field.startsWith("base.") || field.startsWith("location.")) {
            return field.endsWith("lon") ? "lon" : "lat";
        }
        return switch (f.replaceAll("\\[.*", "")) {
            case "serviceRadiusKm" -> "radius";
            case "maxDrillsPerDay" -> "maxPerDay";
            case "maxDrillsPerWeek" -> "maxPerWeek";
            case "durationSlots" -> "duration";
            case "window" -> "from";
            case "" -> "id";
            default -> f.replaceAll("\\[.*", "");
        };
    }

    /** Validator paths of the problem's top level, by the settings row that holds them. */
    private static final Map<String, String> SETTING_PATHS = Map.of("name:", "name", "horizon.start", "start",
            "horizon.end", "end", "horizon.holidays", "holidays", "horizon.slots", "slots", "travel.speed", "speed",
            "travel.detour", "detour");

    private static String settingOf(String finding) {
        return SETTING_PATHS.entrySet().stream().filter(e -> finding.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String quote(String value) {
        return Excerpt.quote(value);
    }
}
