package io.drillplan.cli;

import io.drillplan.report.MonthSummary;
import io.drillplan.report.SummaryHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The month's summary as a workbook: the tables of the HTML page ({@link SummaryHtml#tables}),
 * each on a sheet of its own, numbers as numbers and without the total rows, so that a
 * spreadsheet can add them up itself.
 */
final class SummaryWorkbook {

    /** The sheet of each table, by the table's key, with its column width. */
    private static final Map<String, String> SHEETS = Map.of("figures", "summary.sheet.overview",
            "types", "summary.sheet.types", "regions", "summary.sheet.regions", "kinds", "summary.sheet.kinds",
            "sectors", "summary.sheet.sectors", "highRisk", "summary.sheet.highRisk", "notHeld", "summary.sheet.notHeld");
    private static final Map<String, Integer> WIDTHS = Map.of("figures", 44, "regions", 22, "highRisk", 22, "notHeld", 30);

    private SummaryWorkbook() {}

    /** The sheets, in the order of the HTML page. */
    static List<SheetContent> sheets(MonthSummary s, SheetLabels labels, Locale locale) {
        List<SheetContent> sheets = new ArrayList<>();
        for (SummaryHtml.Table table : SummaryHtml.tables(s, locale)) {
            List<List<String>> rows = table.total() ? table.rows().subList(0, table.rows().size() - 1) : table.rows();
            List<List<Object>> cells = new ArrayList<>();
            for (List<String> row : rows) {
                List<Object> line = new ArrayList<>(row);
                for (int c : table.numeric()) {
                    line.set(c, Long.valueOf(row.get(c)));
                }
                cells.add(line);
            }
            sheets.add(SheetContent.plain(labels.text(SHEETS.get(table.key())), table.header(), cells,
                    WIDTHS.getOrDefault(table.key(), 26)));
        }
        return sheets;
    }
}
