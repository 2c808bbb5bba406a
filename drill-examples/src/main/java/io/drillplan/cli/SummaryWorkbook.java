package io.drillplan.cli;

import io.drillplan.model.ExerciseType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The month's summary as a workbook: the key figures and each breakdown on a sheet of its own. */
final class SummaryWorkbook {

    private SummaryWorkbook() {}

    /** The sheets, in the order of the HTML page. */
    static List<SheetContent> sheets(MonthSummary s, SheetLabels labels) {
        List<SheetContent> sheets = new ArrayList<>();
        sheets.add(SheetContent.plain(labels.text("summary.sheet.overview"),
                List.of(labels.text("summary.figure"), labels.text("summary.count")),
                numbers(SummaryHtml.figures(s, labels), 1), 44));
        Map<String, MonthSummary.Count> types = new LinkedHashMap<>();
        for (ExerciseType t : ExerciseType.values()) {
            types.put(ProblemSheets.valueLabel(labels, "type", t.name()), s.byType().get(t));
        }
        sheets.add(counts(labels, "summary.sheet.types", "summary.col.type", types));
        List<List<Object>> regions = new ArrayList<>();
        for (MonthSummary.RegionCount r : s.byRegion()) {
            regions.add(List.of(r.city(), r.county(), r.count().held(), r.count().notHeld(), r.count().participants()));
        }
        sheets.add(SheetContent.plain(labels.text("summary.sheet.regions"), List.of(labels.text("summary.col.city"),
                labels.text("summary.col.county"), labels.text("summary.col.held"), labels.text("summary.col.notHeld"),
                labels.text("summary.col.participants")), regions, 22));
        sheets.add(counts(labels, "summary.sheet.kinds", "summary.col.kind", SummaryHtml.labelled(s.byKind(), "kind", labels)));
        sheets.add(counts(labels, "summary.sheet.sectors", "summary.col.sector",
                SummaryHtml.labelled(s.bySector(), "sector", labels)));
        List<List<String>> highRisk = SummaryHtml.highRiskRows(s, labels);
        sheets.add(SheetContent.plain(labels.text("summary.sheet.highRisk"), List.of(labels.text("summary.col.level"),
                labels.text("summary.col.units"), labels.text("summary.col.covered")),
                numbers(highRisk.subList(0, highRisk.size() - 1).stream().map(r -> r.subList(0, 3)).toList(), 1, 2), 22));
        sheets.add(SheetContent.plain(labels.text("summary.sheet.notHeld"), SummaryHtml.notHeldHeader(labels),
                numbers(SummaryHtml.notHeldRows(s, labels)), 30));
        return sheets;
    }

    private static SheetContent counts(SheetLabels labels, String sheet, String column, Map<String, MonthSummary.Count> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((label, c) -> rows.add(List.of(label, c.held(), c.notHeld(), c.participants())));
        return SheetContent.plain(labels.text(sheet), List.of(labels.text(column), labels.text("summary.col.held"),
                labels.text("summary.col.notHeld"), labels.text("summary.col.participants")), rows, 26);
    }

    /** Text rows with the given columns turned into numbers, so that a spreadsheet can add them up. */
    private static List<List<Object>> numbers(List<List<String>> rows, int... numericColumns) {
        List<List<Object>> out = new ArrayList<>();
        for (List<String> row : rows) {
            List<Object> cells = new ArrayList<>(row);
            for (int c : numericColumns) {
                cells.set(c, Long.valueOf(row.get(c)));
            }
            out.add(cells);
        }
        return out;
    }
}
