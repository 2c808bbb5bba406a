package io.drillplan.cli;

import io.drillplan.report.CsvExport;
import io.drillplan.report.ScheduleSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schedule as a workbook: the rows of {@link CsvExport}, one per drill and team, with headers,
 * exercise types and weekdays in the chosen language, and priority and participants as numbers.
 */
final class ScheduleWorkbook {

    private static final List<Integer> WIDTHS = List.of(26, 22, 36, 20, 22, 20, 12, 8, 6, 7, 7, 14, 22, 36, 9, 12, 60);

    private ScheduleWorkbook() {}

    /** The sheet's rows under the header. */
    static List<List<Object>> rows(ScheduleSummary summary, SheetLabels labels) {
        int type = CsvExport.COLUMNS.indexOf("type");
        int priority = CsvExport.COLUMNS.indexOf("priority");
        int participants = CsvExport.COLUMNS.indexOf("participants");
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> csv : CsvExport.rows(summary, Locale.forLanguageTag(labels.language()))) {
            List<Object> row = new ArrayList<>(csv);
            if (!csv.get(type).isEmpty()) {
                row.set(type, ProblemSheets.valueLabel(labels, "type", csv.get(type)));
            }
            row.set(priority, Integer.valueOf(csv.get(priority)));
            row.set(participants, Integer.valueOf(csv.get(participants)));
            rows.add(row);
        }
        return rows;
    }

    /** The one sheet, with translated headers. */
    static SheetContent sheet(List<List<Object>> rows, SheetLabels labels) {
        List<String> header = CsvExport.COLUMNS.stream().map(c -> labels.text("export.col." + c.replace(' ', '_'))).toList();
        return new SheetContent(labels.text("export.sheet"), header, rows, List.of(), WIDTHS);
    }
}
