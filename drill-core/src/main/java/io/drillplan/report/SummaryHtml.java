package io.drillplan.report;

import static io.drillplan.text.Html.escape;

import io.drillplan.model.ExerciseType;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The month's summary as one printable HTML page, in English or Chinese: A4 pages, the charts
 * drawn inline as SVG, no script, no network. Its tables are public too ({@link #tables}), so
 * that an application can put the same figures into a workbook.
 */
public final class SummaryHtml {

    private static final String HELD_COLOUR = "#2e7d32";
    private static final String NOT_HELD_COLOUR = "#c9ced6";
    private static final int CHART_WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_HEIGHT = 18;

    /**
     * One table of the summary.
     *
     * @param key what it counts: {@code figures}, {@code types}, {@code regions}, {@code kinds},
     *     {@code sectors}, {@code highRisk} or {@code notHeld}
     * @param title its heading
     * @param header the column names
     * @param rows the cells, as text
     * @param numeric the indexes of the columns that hold whole numbers
     * @param alignedRight the indexes of the columns shown right-aligned: the numeric ones and
     *     others that read like numbers, such as shares
     * @param total whether the last row is the total of the others
     */
    public record Table(String key, String title, List<String> header, List<List<String>> rows, Set<Integer> numeric,
            Set<Integer> alignedRight, boolean total) {

        /**
         * Copies the lists.
         *
         * @param key what it counts
         * @param title its heading
         * @param header the column names
         * @param rows the cells, as text
         * @param numeric the indexes of the numeric columns
         * @param alignedRight the indexes of the right-aligned columns
         * @param total whether the last row is the total
         */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = Set.copyOf(numeric);
            alignedRight = Set.copyOf(alignedRight);
        }

        /**
         * A table whose right-aligned columns are its numeric ones.
         *
         * @param key what it counts
         * @param title its heading
         * @param header the column names
         * @param rows the cells, as text
         * @param numeric the indexes of the numeric columns
         * @param total whether the last row is the total
         */
        public Table(String key, String title, List<String> header, List<List<String>> rows, Set<Integer> numeric,
                boolean total) {
            this(key, title, header, rows, numeric, numeric, total);
        }
    }

    private SummaryHtml() {}

    /**
     * Writes the page.
     *
     * @param s the statistics
     * @param basis one sentence on what was counted (the schedule, the changes), shown as given
     * @param today the date the page is written, for the footer
     * @param locale the language: Chinese for any {@code zh} locale, English otherwise
     * @param out where the page goes; not closed
     * @throws IOException when {@code out} fails
     */
    public static void write(MonthSummary s, String basis, LocalDate today, Locale locale, Writer out) throws IOException {
        out.write(html(s, basis, today, locale));
    }

    /**
     * The page as text.
     *
     * @param s the statistics
     * @param basis one sentence on what was counted, shown as given
     * @param today the date the page is written, for the footer
     * @param locale the language
     * @return the page
     */
    public static String html(MonthSummary s, String basis, LocalDate today, Locale locale) {
        ReportText t = ReportText.of(locale);
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.htmlLang())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(t.text("summary.title")))
                .append(" - ").append(escape(s.name())).append("</title>\n<style>\n").append(PageAssets.SUMMARY_CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(t.text("summary.title"))).append("</h1>\n<p class=\"sub\">")
                .append(escape(t.text("summary.subtitle", s.name(), s.start().toString(), s.end().toString())))
                .append("</p>\n<p class=\"sub\">").append(escape(basis)).append("</p>\n");
        Map<String, Map<String, MonthSummary.Count>> charts = new LinkedHashMap<>();
        charts.put("types", types(s, t));
        charts.put("regions", cities(s));
        charts.put("kinds", labelled(s.byKind(), "kind", t));
        charts.put("sectors", labelled(s.bySector(), "sector", t));
        for (Table table : tables(s, locale)) {
            boolean long_ = table.key().equals("regions") || table.key().equals("notHeld");
            h.append(long_ ? "<section class=\"long\">\n" : "<section>\n").append("<h2>").append(escape(table.title()))
                    .append("</h2>\n");
            if (charts.containsKey(table.key())) {
                h.append(chart(charts.get(table.key()), t));
            }
            if (table.key().equals("notHeld") && table.rows().isEmpty()) {
                h.append("<p>").append(escape(t.text("summary.allHeld"))).append("</p>\n");
            } else {
                table(h, table);
            }
            h.append("</section>\n");
        }
        h.append("<footer>").append(escape(t.text("summary.footer", today.toString()))).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * The tables of the summary, in the order of the page: the key figures, drills by exercise
     * type, by region, by kind of unit and by sector, the high-risk units covered, and the drills
     * not held with their reasons.
     *
     * @param s the statistics
     * @param locale the language of titles, headers and labels
     * @return the tables
     */
    public static List<Table> tables(MonthSummary s, Locale locale) {
        ReportText t = ReportText.of(locale);
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("figures", t.text("summary.figures"), List.of(t.text("summary.figure"), t.text("summary.count")),
                figures(s, t), Set.of(1), false));
        tables.add(counts("types", t.text("summary.byType"), t.text("summary.col.type"), types(s, t), t));
        List<List<String>> regions = new ArrayList<>();
        for (MonthSummary.RegionCount r : s.byRegion()) {
            regions.add(List.of(r.city(), r.county(), str(r.count().held()), str(r.count().notHeld()),
                    str(r.count().participants())));
        }
        regions.add(List.of(t.text("summary.total"), "", str(s.held()), str(s.notHeldCount()), str(s.participants())));
        tables.add(new Table("regions", t.text("summary.byRegion"), List.of(t.text("summary.col.city"),
                t.text("summary.col.county"), t.text("summary.col.held"), t.text("summary.col.notHeld"),
                t.text("summary.col.participants")), regions, Set.of(2, 3, 4), true));
        tables.add(counts("kinds", t.text("summary.byKind"), t.text("summary.col.kind"), labelled(s.byKind(), "kind", t), t));
        tables.add(counts("sectors", t.text("summary.bySector"), t.text("summary.col.sector"),
                labelled(s.bySector(), "sector", t), t));
        List<List<String>> highRisk = new ArrayList<>();
        s.highRisk().forEach((level, c) -> highRisk.add(List.of(t.code("risk", level), str(c.units()), str(c.covered()),
                share(c.covered(), c.units()))));
        highRisk.add(List.of(t.text("summary.total"), str(s.highRiskUnits()), str(s.highRiskCovered()),
                share(s.highRiskCovered(), s.highRiskUnits())));
        tables.add(new Table("highRisk", t.text("summary.highRisk"), List.of(t.text("summary.col.level"),
                t.text("summary.col.units"), t.text("summary.col.covered"), t.text("summary.col.share")), highRisk,
                Set.of(1, 2), Set.of(1, 2, 3), true));
        tables.add(new Table("notHeld", t.text("summary.notHeldList"), List.of(t.text("summary.col.drill"),
                t.text("summary.col.unit"), t.text("summary.col.region"), t.text("summary.col.type"),
                t.text("summary.col.cause"), t.text("summary.col.reason")), notHeldRows(s, t), Set.of(), false));
        return tables;
    }

    private static List<List<String>> figures(MonthSummary s, ReportText t) {
        return List.of(
                List.of(t.text("summary.requested"), str(s.requested())),
                List.of(t.text("summary.held"), str(s.held())),
                List.of(t.text("summary.notHeld"), str(s.notHeldCount())),
                List.of(t.text("summary.participants"), str(s.participants())),
                List.of(t.text("summary.teamsDeployed"), str(s.teamsDeployed())),
                List.of(t.text("summary.teamsTotal"), str(s.teamsTotal())),
                List.of(t.text("summary.teamDays"), str(s.teamDays())),
                List.of(t.text("summary.deployments"), str(s.deployments())),
                List.of(t.text("summary.chains"), str(s.chains())),
                List.of(t.text("summary.chainsCompleted"), str(s.chainsCompleted())),
                List.of(t.text("summary.highRiskUnits"), str(s.highRiskUnits())),
                List.of(t.text("summary.highRiskCovered"), str(s.highRiskCovered())));
    }

    private static List<List<String>> notHeldRows(MonthSummary s, ReportText t) {
        List<List<String>> rows = new ArrayList<>();
        for (MonthSummary.NotHeld n : s.notHeld()) {
            String reason = switch (n.cause()) {
                case CANCELLED -> t.text("summary.reason.cancelled", n.reason());
                case NOT_HELD -> t.text("summary.reason.notHeld", n.reason());
                case UNSCHEDULED -> n.reason() == null ? t.text("summary.reason.none") : n.reason(t.locale());
            };
            rows.add(List.of(n.drill().id(), n.unitName(), n.region(),
                    n.drill().type() == null ? "" : t.type(n.drill().type()),
                    t.text("summary.cause." + n.cause().name()), reason));
        }
        return rows;
    }

    private static Map<String, MonthSummary.Count> types(MonthSummary s, ReportText t) {
        Map<String, MonthSummary.Count> types = new LinkedHashMap<>();
        for (ExerciseType type : ExerciseType.values()) {
            types.put(t.type(type), s.byType().get(type));
        }
        return types;
    }

    /** The counties' counts added up per city, for the chart (the table lists every county). */
    private static Map<String, MonthSummary.Count> cities(MonthSummary s) {
        Map<String, MonthSummary.Count> cities = new LinkedHashMap<>();
        for (MonthSummary.RegionCount r : s.byRegion()) {
            String city = r.city().isEmpty() ? r.county() : r.city();
            cities.merge(city, r.count(), (a, b) -> new MonthSummary.Count(a.held() + b.held(), a.notHeld() + b.notHeld(),
                    a.participants() + b.participants()));
        }
        return cities;
    }

    /** Counts keyed by code, re-keyed by their label ("(none)" for no code). */
    private static Map<String, MonthSummary.Count> labelled(Map<String, MonthSummary.Count> byCode, String group,
            ReportText t) {
        Map<String, MonthSummary.Count> out = new LinkedHashMap<>();
        byCode.forEach((code, count) -> out.put(t.code(group, code), count));
        return out;
    }

    private static Table counts(String key, String title, String column, Map<String, MonthSummary.Count> counts,
            ReportText t) {
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
        rows.add(List.of(t.text("summary.total"), str(held), str(notHeld), str(people)));
        return new Table(key, title, List.of(column, t.text("summary.col.held"), t.text("summary.col.notHeld"),
                t.text("summary.col.participants")), rows, Set.of(1, 2, 3), true);
    }

    /** Horizontal bars, held then not held, one per group; the numbers are printed next to each bar. */
    private static String chart(Map<String, MonthSummary.Count> counts, ReportText t) {
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
                    .append(escape(e.getKey() + ": " + t.text("summary.col.held") + " " + c.held())).append("</title></rect>");
            svg.append("<rect x=\"").append(LABEL_WIDTH + heldWidth).append("\" y=\"").append(y).append("\" width=\"")
                    .append(notHeldWidth).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(NOT_HELD_COLOUR)
                    .append("\"><title>").append(escape(e.getKey() + ": " + t.text("summary.col.notHeld") + " " + c.notHeld()))
                    .append("</title></rect>");
            svg.append("<text x=\"").append(LABEL_WIDTH + heldWidth + notHeldWidth + 6).append("\" y=\"")
                    .append(y + BAR_HEIGHT - 5).append("\">").append(c.held())
                    .append(c.notHeld() > 0 ? " / " + c.notHeld() : "").append("</text>\n");
            y += BAR_HEIGHT + 6;
        }
        svg.append("</svg>\n");
        svg.append("<div class=\"legend\"><span style=\"background:").append(HELD_COLOUR).append("\"></span>")
                .append(escape(t.text("summary.col.held"))).append("<span style=\"background:").append(NOT_HELD_COLOUR)
                .append("\"></span>").append(escape(t.text("summary.col.notHeld"))).append("</div>\n");
        return svg.toString();
    }

    /** A bar's length; one drill still shows as a sliver, so that no count above zero disappears. */
    private static int width(int count, int max, int space) {
        return count == 0 ? 0 : Math.max(2, (int) Math.round((double) count * space / max));
    }

    private static void table(StringBuilder h, Table table) {
        h.append("<table>\n<thead><tr>");
        for (int c = 0; c < table.header().size(); c++) {
            h.append(table.alignedRight().contains(c) ? "<th class=\"n\">" : "<th>").append(escape(table.header().get(c)))
                    .append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        List<List<String>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            h.append(table.total() && r == rows.size() - 1 ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < rows.get(r).size(); c++) {
                h.append(table.alignedRight().contains(c) ? "<td class=\"n\">" : "<td>").append(escape(rows.get(r).get(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String shorten(String label) {
        return label.length() > 24 ? label.substring(0, 23) + "…" : label;
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String str(long n) {
        return String.valueOf(n);
    }
}
