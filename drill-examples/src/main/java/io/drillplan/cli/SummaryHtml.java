package io.drillplan.cli;

import static io.drillplan.text.Html.escape;

import io.drillplan.model.ExerciseType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The month's summary as one printable HTML page: A4 pages, the charts drawn inline as SVG, no
 * script, no network. Every word comes from the {@code Sheets} bundle.
 */
final class SummaryHtml {

    private static final String HELD_COLOUR = "#2e7d32";
    private static final String NOT_HELD_COLOUR = "#c9ced6";
    private static final int CHART_WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_HEIGHT = 18;

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            * { box-sizing: border-box; }
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                   "Helvetica Neue", Arial, sans-serif; color: #1d2630; margin: 0 auto; max-width: 180mm;
                   font-size: 10.5pt; line-height: 1.45; padding: 8mm 0; }
            h1 { font-size: 17pt; margin: 0 0 2mm; }
            h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1.5px solid #1d2630; padding-bottom: 1mm; }
            .sub { color: #4a5561; margin: 0 0 1mm; }
            section { break-inside: avoid; page-break-inside: avoid; }
            section.long { break-inside: auto; page-break-inside: auto; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
            th, td { border: 1px solid #b8c0c8; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
            th { background: #eef2f6; font-weight: 600; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.total td { font-weight: 700; background: #f6f8fa; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            svg { display: block; margin: 2mm 0; max-width: 100%; height: auto; }
            svg text { font-size: 11px; fill: #1d2630; }
            .legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; vertical-align: -1px; }
            footer { margin-top: 8mm; color: #4a5561; font-size: 9pt; }
            @media print { body { padding: 0; max-width: none; } }
            """;

    private SummaryHtml() {}

    /**
     * The page.
     *
     * @param s the statistics
     * @param basis one sentence on what was counted (schedule, changes files)
     * @param labels the language
     * @param today the date the page is written, for the footer
     */
    static String render(MonthSummary s, String basis, SheetLabels labels, String today) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language().equals("zh") ? "zh-CN" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(labels.text("summary.title")))
                .append(" - ").append(escape(s.name())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(labels.text("summary.title"))).append("</h1>\n<p class=\"sub\">")
                .append(escape(labels.text("summary.subtitle", s.name(), s.start().toString(), s.end().toString())))
                .append("</p>\n<p class=\"sub\">").append(escape(basis)).append("</p>\n");

        h.append("<section>\n<h2>").append(escape(labels.text("summary.figures"))).append("</h2>\n");
        table(h, List.of(labels.text("summary.figure"), labels.text("summary.count")), figures(s, labels), List.of(1), false);
        h.append("</section>\n");

        Map<String, MonthSummary.Count> types = new LinkedHashMap<>();
        for (ExerciseType t : ExerciseType.values()) {
            types.put(ProblemSheets.valueLabel(labels, "type", t.name()), s.byType().get(t));
        }
        countSection(h, labels, "summary.byType", "summary.col.type", types);

        Map<String, MonthSummary.Count> cities = new LinkedHashMap<>();
        for (MonthSummary.RegionCount r : s.byRegion()) {
            String city = r.city().isEmpty() ? r.county() : r.city();
            cities.merge(city, r.count(), (a, b) -> new MonthSummary.Count(a.held() + b.held(), a.notHeld() + b.notHeld(),
                    a.participants() + b.participants()));
        }
        h.append("<section class=\"long\">\n<h2>").append(escape(labels.text("summary.byRegion"))).append("</h2>\n");
        h.append(chart(cities, labels));
        List<List<String>> rows = new ArrayList<>();
        for (MonthSummary.RegionCount r : s.byRegion()) {
            rows.add(List.of(r.city(), r.county(), str(r.count().held()), str(r.count().notHeld()),
                    str(r.count().participants())));
        }
        rows.add(List.of(labels.text("summary.total"), "", str(s.held()), str(s.notHeldCount()), str(s.participants())));
        table(h, List.of(labels.text("summary.col.city"), labels.text("summary.col.county"), labels.text("summary.col.held"),
                labels.text("summary.col.notHeld"), labels.text("summary.col.participants")), rows, List.of(2, 3, 4), true);
        h.append("</section>\n");

        countSection(h, labels, "summary.byKind", "summary.col.kind", labelled(s.byKind(), "kind", labels));
        countSection(h, labels, "summary.bySector", "summary.col.sector", labelled(s.bySector(), "sector", labels));

        h.append("<section>\n<h2>").append(escape(labels.text("summary.highRisk"))).append("</h2>\n");
        table(h, List.of(labels.text("summary.col.level"), labels.text("summary.col.units"),
                labels.text("summary.col.covered"), labels.text("summary.col.share")), highRiskRows(s, labels),
                List.of(1, 2, 3), true);
        h.append("</section>\n");

        h.append("<section class=\"long\">\n<h2>").append(escape(labels.text("summary.notHeldList"))).append("</h2>\n");
        if (s.notHeld().isEmpty()) {
            h.append("<p>").append(escape(labels.text("summary.allHeld"))).append("</p>\n");
        } else {
            table(h, notHeldHeader(labels), notHeldRows(s, labels), List.of(), false);
        }
        h.append("</section>\n");
        h.append("<footer>").append(escape(labels.text("summary.footer", today))).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The key figures, label and number, shared with the workbook. */
    static List<List<String>> figures(MonthSummary s, SheetLabels labels) {
        return List.of(
                List.of(labels.text("summary.requested"), str(s.requested())),
                List.of(labels.text("summary.held"), str(s.held())),
                List.of(labels.text("summary.notHeld"), str(s.notHeldCount())),
                List.of(labels.text("summary.participants"), str(s.participants())),
                List.of(labels.text("summary.teamsDeployed"), str(s.teamsDeployed())),
                List.of(labels.text("summary.teamsTotal"), str(s.teamsTotal())),
                List.of(labels.text("summary.teamDays"), str(s.teamDays())),
                List.of(labels.text("summary.deployments"), str(s.deployments())),
                List.of(labels.text("summary.chains"), str(s.chains())),
                List.of(labels.text("summary.chainsCompleted"), str(s.chainsCompleted())),
                List.of(labels.text("summary.highRiskUnits"), str(s.highRiskUnits())),
                List.of(labels.text("summary.highRiskCovered"), str(s.highRiskCovered())));
    }

    /** Rows of the high-risk table: level, units, covered, share. */
    static List<List<String>> highRiskRows(MonthSummary s, SheetLabels labels) {
        List<List<String>> rows = new ArrayList<>();
        s.highRisk().forEach((level, c) -> rows.add(List.of(ProblemSheets.valueLabel(labels, "risk", level),
                str(c.units()), str(c.covered()), share(c.covered(), c.units()))));
        rows.add(List.of(labels.text("summary.total"), str(s.highRiskUnits()), str(s.highRiskCovered()),
                share(s.highRiskCovered(), s.highRiskUnits())));
        return rows;
    }

    static List<String> notHeldHeader(SheetLabels labels) {
        return List.of(labels.text("summary.col.drill"), labels.text("summary.col.unit"), labels.text("summary.col.region"),
                labels.text("summary.col.type"), labels.text("summary.col.cause"), labels.text("summary.col.reason"));
    }

    static List<List<String>> notHeldRows(MonthSummary s, SheetLabels labels) {
        List<List<String>> rows = new ArrayList<>();
        for (MonthSummary.NotHeld n : s.notHeld()) {
            String reason = switch (n.cause()) {
                case CANCELLED -> labels.text("summary.reason.cancelled", n.reason());
                case NOT_HELD -> labels.text("summary.reason.notHeld", n.reason());
                case UNSCHEDULED -> n.reason() == null ? labels.text("summary.reason.none") : n.reason();
            };
            rows.add(List.of(n.drill().id(), n.unitName(), n.region(),
                    n.drill().type() == null ? "" : ProblemSheets.valueLabel(labels, "type", n.drill().type().name()),
                    labels.text("summary.cause." + n.cause().name()), reason));
        }
        return rows;
    }

    /** Counts keyed by code, re-keyed by their label ("(none)" for no code). */
    static Map<String, MonthSummary.Count> labelled(Map<String, MonthSummary.Count> byCode, String group, SheetLabels labels) {
        Map<String, MonthSummary.Count> out = new LinkedHashMap<>();
        byCode.forEach((code, count) -> out.put(code.isEmpty() ? labels.text("value.none")
                : ProblemSheets.valueLabel(labels, group, code), count));
        return out;
    }

    private static void countSection(StringBuilder h, SheetLabels labels, String title, String column,
            Map<String, MonthSummary.Count> counts) {
        h.append("<section>\n<h2>").append(escape(labels.text(title))).append("</h2>\n");
        h.append(chart(counts, labels));
        List<List<String>> rows = new ArrayList<>();
        int held = 0;
        int notHeld = 0;
        long people = 0;
        for (Map.Entry<String, MonthSummary.Count> e : counts.entrySet()) {
            MonthSummary.Count c = e.getValue();
            rows.add(List.of(e.getKey(), str(c.held()), str(c.notHeld()), str(c.participants())));
            held += c.held();
            notHeld += c.notHeld();
            people += c.participants();
        }
        rows.add(List.of(labels.text("summary.total"), str(held), str(notHeld), str(people)));
        table(h, List.of(labels.text(column), labels.text("summary.col.held"), labels.text("summary.col.notHeld"),
                labels.text("summary.col.participants")), rows, List.of(1, 2, 3), true);
        h.append("</section>\n");
    }

    /** Horizontal bars, held then not held, one per group; the numbers are printed next to each bar. */
    static String chart(Map<String, MonthSummary.Count> counts, SheetLabels labels) {
        int max = counts.values().stream().mapToInt(c -> c.held() + c.notHeld()).max().orElse(0);
        int barSpace = CHART_WIDTH - LABEL_WIDTH - 90;
        int height = counts.size() * (BAR_HEIGHT + 6) + 6;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(CHART_WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" role=\"img\">\n");
        int y = 6;
        for (Map.Entry<String, MonthSummary.Count> e : counts.entrySet()) {
            MonthSummary.Count c = e.getValue();
            int heldWidth = width(c.held(), max, barSpace);
            int notHeldWidth = width(c.notHeld(), max, barSpace);
            svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                    .append("\" text-anchor=\"end\">").append(escape(shorten(e.getKey()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(heldWidth)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(HELD_COLOUR).append("\"><title>")
                    .append(escape(e.getKey() + ": " + labels.text("summary.col.held") + " " + c.held())).append("</title></rect>");
            svg.append("<rect x=\"").append(LABEL_WIDTH + heldWidth).append("\" y=\"").append(y).append("\" width=\"")
                    .append(notHeldWidth).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(NOT_HELD_COLOUR)
                    .append("\"><title>").append(escape(e.getKey() + ": " + labels.text("summary.col.notHeld") + " " + c.notHeld()))
                    .append("</title></rect>");
            svg.append("<text x=\"").append(LABEL_WIDTH + heldWidth + notHeldWidth + 6).append("\" y=\"")
                    .append(y + BAR_HEIGHT - 5).append("\">").append(c.held())
                    .append(c.notHeld() > 0 ? " / " + c.notHeld() : "").append("</text>\n");
            y += BAR_HEIGHT + 6;
        }
        svg.append("</svg>\n");
        svg.append("<div class=\"legend\"><span style=\"background:").append(HELD_COLOUR).append("\"></span>")
                .append(escape(labels.text("summary.col.held"))).append("<span style=\"background:").append(NOT_HELD_COLOUR)
                .append("\"></span>").append(escape(labels.text("summary.col.notHeld"))).append("</div>\n");
        return svg.toString();
    }

    /** A bar's length; one drill still shows as a sliver, so that no count above zero disappears. */
    private static int width(int count, int max, int space) {
        return count == 0 ? 0 : Math.max(2, (int) Math.round((double) count * space / max));
    }

    private static void table(StringBuilder h, List<String> header, List<List<String>> rows, List<Integer> numeric,
            boolean lastIsTotal) {
        h.append("<table>\n<thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            h.append(numeric.contains(c) ? "<th class=\"n\">" : "<th>").append(escape(header.get(c))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            h.append(lastIsTotal && r == rows.size() - 1 ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < rows.get(r).size(); c++) {
                h.append(numeric.contains(c) ? "<td class=\"n\">" : "<td>").append(escape(rows.get(r).get(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String shorten(String label) {
        return label.length() > 24 ? label.substring(0, 23) + "…" : label;
    }

    static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String str(long n) {
        return String.valueOf(n);
    }
}
