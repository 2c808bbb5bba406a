package io.drillplan.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.TeamAssignment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The schedule as a spreadsheet: one row per drill and team, unscheduled drills as rows with no
 * date and a reason. Cells that a spreadsheet would run as a formula are written as text. UTF-8 with a byte order mark and CRLF line ends, which is what Excel needs to
 * open a CSV file with Chinese names in it without garbling them.
 */
final class CsvExport {

    static final List<String> COLUMNS = List.of("drill", "unit", "unit name", "region", "type", "scenario", "date",
            "weekday", "slot", "start", "end", "skill", "team", "team name", "priority", "participants", "reason");

    private static final String BOM = "\uFEFF";

    private CsvExport() {}

    /** The whole file's text, starting with the byte order mark. */
    static String render(ScheduleSummary summary) {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        StringWriter text = new StringWriter();
        text.write(BOM);
        // Quote only what must be quoted: Excel users read the raw file too.
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        try (SequenceWriter rows = mapper.writerFor(List.class)
                .with(schema.setUseHeader(true).build().withLineSeparator("\r\n"))
                .writeValues(text)) {
            for (List<String> row : rows(summary)) {
                rows.write(row.stream().map(CsvExport::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return text.toString();
    }

    /** The rows, scheduled drills in schedule order and then the unscheduled ones in problem order. */
    static List<List<String>> rows(ScheduleSummary summary) {
        DrillProblem problem = summary.problem();
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, RescueTeam> teams = problem.teamsById();
        List<List<String>> rows = new ArrayList<>();
        for (Assignment a : summary.held().values()) {
            DrillRequest d = drills.get(a.drill());
            String weekday = a.date() == null ? "" : a.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            List<TeamAssignment> crew = a.teams().isEmpty() ? java.util.Collections.singletonList(null) : a.teams();
            for (TeamAssignment t : crew) {
                RescueTeam team = t == null ? null : teams.get(t.team());
                rows.add(row(problem, d, str(a.date()), weekday, a.slot(), str(a.start()), str(a.end()),
                        t == null ? "" : t.skill(), t == null ? "" : t.team(), team == null ? "" : team.name(), ""));
            }
        }
        for (ScheduleSummary.LeftOut l : summary.leftOut()) {
            rows.add(row(problem, l.drill(), "", "", "", "", "", "", "", "", l.reason()));
        }
        return rows;
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
     */
    static String neutralised(String cell) {
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
