package io.drillplan.report;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The schedule as a spreadsheet: one row per drill and team, unscheduled drills as rows with no
 * date and a reason. Headers and weekdays are in the chosen language; ids, exercise types and
 * skills are written as the codes of the problem file, so that a sheet filters the same in either
 * language. Cells that a spreadsheet would run as a formula are written as text. UTF-8 with a
 * byte order mark and CRLF line ends, which is what Excel needs to open a CSV file with Chinese
 * names in it without garbling them.
 */
public final class CsvExport {

    /** The columns, in order, by their English names; the header row is in the chosen language. */
    public static final List<String> COLUMNS = List.of("drill", "unit", "unit name", "region", "type", "scenario", "date",
            "weekday", "slot", "start", "end", "skill", "team", "team name", "priority", "participants", "reason");

    private static final String BOM = "\uFEFF";

    private CsvExport() {}

    /**
     * Writes the CSV file of a schedule.
     *
     * @param problem the problem, validated
     * @param schedule a schedule of it whose references are checked
     * @param locale the language of the header row and the weekdays: Chinese for any {@code zh}
     *     locale, English otherwise
     * @param out where the text goes; it must encode UTF-8 for the byte order mark to mean
     *     anything; not closed
     * @throws IOException when {@code out} fails
     */
    public static void write(DrillProblem problem, Schedule schedule, Locale locale, Writer out) throws IOException {
        out.write(csv(new ScheduleSummary(problem, schedule), locale));
    }

    /**
     * The whole file's text, starting with the byte order mark.
     *
     * @param summary the schedule and its problem
     * @param locale the language of the header row and the weekdays
     * @return the text
     */
    public static String csv(ScheduleSummary summary, Locale locale) {
        StringBuilder text = new StringBuilder(BOM);
        line(text, header(locale));
        for (List<String> row : rows(summary, locale)) {
            line(text, row.stream().map(CsvExport::neutralised).toList());
        }
        return text.toString();
    }

    /**
     * The header row.
     *
     * @param locale the language
     * @return the column names, in the order of {@link #COLUMNS}
     */
    public static List<String> header(Locale locale) {
        ReportText t = ReportText.of(locale);
        return COLUMNS.stream().map(c -> t.text("csv." + c.replace(' ', '_'))).toList();
    }

    /**
     * The rows under the header: scheduled drills in schedule order, then the unscheduled ones in
     * problem order; cells as they are, before {@link #neutralised}.
     *
     * @param summary the schedule and its problem
     * @param locale the language of the weekdays
     * @return one list of cells per row, in the order of {@link #COLUMNS}
     */
    public static List<List<String>> rows(ScheduleSummary summary, Locale locale) {
        ReportText t = ReportText.of(locale);
        DrillProblem problem = summary.problem();
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, RescueTeam> teams = problem.teamsById();
        List<List<String>> rows = new ArrayList<>();
        for (Assignment a : summary.held().values()) {
            DrillRequest d = drills.get(a.drill());
            String weekday = a.date() == null ? "" : t.weekday(a.date().getDayOfWeek());
            List<TeamAssignment> crew = a.teams().isEmpty() ? java.util.Collections.singletonList(null) : a.teams();
            for (TeamAssignment ta : crew) {
                RescueTeam team = ta == null ? null : teams.get(ta.team());
                rows.add(row(problem, d, str(a.date()), weekday, a.slot(), str(a.start()), str(a.end()),
                        ta == null ? "" : ta.skill(), ta == null ? "" : ta.team(), team == null ? "" : team.name(), ""));
            }
        }
        for (ScheduleSummary.LeftOut l : summary.leftOut()) {
            rows.add(row(problem, l.drill(), "", "", "", "", "", "", "", "",
                    l.reason() == null ? t.text("unscheduled.noReason") : l.reason(t.locale())));
        }
        return rows;
    }

    /** One CSV line: quoted only where it must be (Excel users read the raw file too), CRLF at the end. */
    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            text.append(i == 0 ? "" : ",");
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                    || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '))) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append("\r\n");
    }

    private static List<String> row(DrillProblem problem, DrillRequest d, String date, String weekday, String slot,
            String start, String end, String skill, String team, String teamName, String reason) {
        GrassrootsUnit unit = problem.unit(d.unit()).orElse(null);
        Region region = unit == null || unit.region() == null ? null : problem.region(unit.region()).orElse(null);
        return List.of(d.id(), nz(d.unit()), unit == null ? "" : nz(unit.name()),
                region == null ? (unit == null ? "" : nz(unit.region())) : nz(region.name()),
                d.type() == null ? "" : d.type().name(), nz(d.scenario()), date, weekday, nz(slot), start, end,
                nz(skill), nz(team), nz(teamName), String.valueOf(d.priority()), String.valueOf(d.participants()),
                nz(reason));
    }

    /**
     * A cell a spreadsheet shows as text, never runs as a formula: one that starts with
     * {@code = + - @}, a tab or a carriage return gets a leading single quote, as OWASP's advice
     * on CSV injection recommends. Names come from problem files anyone may write.
     *
     * @param cell a cell's text
     * @return the text as it is safe to write
     */
    public static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
