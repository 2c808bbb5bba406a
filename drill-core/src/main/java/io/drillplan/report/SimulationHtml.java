package io.drillplan.report;

import io.drillplan.model.ExerciseType;
import io.drillplan.simulation.MetricSummary;
import io.drillplan.simulation.ReplanPolicy;
import io.drillplan.simulation.RunMetrics;
import io.drillplan.simulation.SimulationEvent;
import io.drillplan.simulation.SimulationReport;
import io.drillplan.text.Html;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulation report as one self-contained HTML page: the comparison table, a per-day chart
 * of drills held and disrupted for each policy (the mean over the replications) and the
 * distribution of coverage per policy (a box plot with every replication as a dot), all inline
 * SVG with no script and no link to the network, so that it can be mailed or opened offline; in
 * English or Chinese. The event log of the first replication is shown as the simulation wrote it.
 */
public final class SimulationHtml {

    /** Colours of the policies in the coverage chart, in the order the policies are listed. */
    private static final String[] COLOURS = {"#1f6fb2", "#d9822b", "#6b6b6b", "#3a9a5b"};
    private static final String HELD = "#3a7dc0";
    private static final String DISRUPTED = "#c8453b";
    /** Events of replication 1 shown in the page; the full log goes to --log. */
    private static final int LOG_LINES = 400;

    private SimulationHtml() {}

    /**
     * Writes the simulation report page.
     *
     * @param report the simulation's result
     * @param inputs what was simulated, in the caller's words (file names, rates), shown as given
     *     under the title; may be empty
     * @param locale the language: Chinese for any {@code zh} locale, English otherwise
     * @param out where the page goes; not closed
     * @throws IOException when {@code out} fails
     */
    public static void write(SimulationReport report, String inputs, Locale locale, Writer out) throws IOException {
        out.write(html(report, inputs, locale));
    }

    /**
     * The simulation report page as text.
     *
     * @param report the simulation's result
     * @param inputs what was simulated, in the caller's words, shown as given; may be empty
     * @param locale the language
     * @return the page
     */
    public static String html(SimulationReport report, String inputs, Locale locale) {
        ReportText t = ReportText.of(locale);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.htmlLang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(t.text("sim.title", report.problemName()))).append("</title>\n<style>\n")
                .append(PageAssets.SIMULATION_CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.escape(report.problemName())).append("</h1>\n<p>")
                .append(inputs == null || inputs.isEmpty() ? "" : Html.escape(inputs) + "<br>")
                .append(Html.escape(t.text("sim.intro", report.drills(), report.published(),
                        fmt(RunMetrics.COVERAGE, report.publishedCoverage()), report.runs(), String.valueOf(report.seed()),
                        report.options().noticeDays(), String.valueOf(report.options().repairSteps()))))
                .append("</p>\n");
        table(h, t, report);
        h.append("<h2>").append(Html.escape(t.text("sim.daily"))).append("</h2>\n<p>")
                .append(Html.escape(t.text("sim.daily.note"))).append("</p>\n");
        daily(h, t, report);
        h.append("<h2>").append(Html.escape(t.text("sim.coverage"))).append("</h2>\n<p>")
                .append(Html.escape(t.text("sim.coverage.note"))).append("</p>\n");
        coverage(h, t, report);
        ReplanPolicy first = report.policies().get(0);
        List<SimulationEvent> events = report.firstRun(first).events();
        h.append("<h2>").append(Html.escape(t.text("sim.log", policy(t, first)))).append("</h2>\n<details><summary>")
                .append(Html.escape(events.size() > LOG_LINES ? t.text("sim.log.some", events.size(), LOG_LINES)
                        : t.text("sim.log.all", events.size())))
                .append("</summary>\n<pre>");
        events.stream().limit(LOG_LINES).forEach(e -> h.append(Html.escape(e.line(locale))).append('\n'));
        h.append("</pre></details>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, ReportText t, SimulationReport report) {
        h.append("<h2>").append(Html.escape(t.text("sim.comparison"))).append("</h2>\n<p>")
                .append(Html.escape(t.text("sim.comparison.note"))).append("</p>\n<table>\n<tr><th>")
                .append(Html.escape(t.text("sim.metric"))).append("</th>");
        report.policies().forEach(p -> h.append("<th>").append(Html.escape(policy(t, p))).append("</th>"));
        h.append("</tr>\n");
        for (String metric : report.metricNames()) {
            StringBuilder tail = new StringBuilder("<tr class=\"tail\"><td>").append(Html.escape(t.text("sim.worst5")))
                    .append("</td>");
            h.append("<tr><td>").append(Html.escape(metric(t, metric))).append("</td>");
            for (ReplanPolicy p : report.policies()) {
                MetricSummary s = report.summary(p, metric);
                h.append("<td>").append(fmt(metric, s.mean()));
                if (!Double.isNaN(s.low())) {
                    h.append(" <small>[").append(fmt(metric, s.low())).append(", ").append(fmt(metric, s.high()))
                            .append("]</small>");
                }
                h.append("</td>");
                tail.append("<td>").append(fmt(metric, s.worst5())).append("</td>");
            }
            h.append("</tr>\n").append(tail).append("</tr>\n");
        }
        h.append("</table>\n");
        if (report.policies().size() > 1) {
            h.append("<p>").append(Html.escape(t.text("sim.differences"))).append("</p>\n<ul>\n");
            for (int i = 0; i + 1 < report.policies().size(); i++) {
                for (String metric : List.of(RunMetrics.COVERAGE, RunMetrics.COMPLETED)) {
                    MetricSummary d = report.difference(report.policies().get(i), report.policies().get(i + 1), metric);
                    h.append("<li>").append(Html.escape(t.text("sim.difference", metric(t, metric),
                            policy(t, report.policies().get(i)), policy(t, report.policies().get(i + 1)))))
                            .append(": ").append(fmt(metric, d.mean()));
                    if (!Double.isNaN(d.low())) {
                        h.append(" [").append(fmt(metric, d.low())).append(", ").append(fmt(metric, d.high())).append(']');
                    }
                    h.append("</li>\n");
                }
            }
            h.append("</ul>\n");
        }
    }

    private static void daily(StringBuilder h, ReportText t, SimulationReport report) {
        double top = 1;
        double bottom = 1;
        for (ReplanPolicy p : report.policies()) {
            top = Math.max(top, report.meanHeldPerDay(p).values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
            bottom = Math.max(bottom, report.meanDisruptedPerDay(p).values().stream()
                    .mapToDouble(Double::doubleValue).max().orElse(0));
        }
        int width = 760;
        int left = 48;
        int plotHeight = 170;
        double upShare = top / (top + bottom);
        double axis = 14 + plotHeight * upShare;
        double scale = plotHeight / (top + bottom);
        for (ReplanPolicy p : report.policies()) {
            Map<LocalDate, Double> held = report.meanHeldPerDay(p);
            Map<LocalDate, Double> disrupted = report.meanDisruptedPerDay(p);
            List<LocalDate> dates = new ArrayList<>(held.keySet());
            double step = (width - left - 10.0) / Math.max(1, dates.size());
            int height = plotHeight + 40;
            h.append("<h3>").append(Html.escape(policy(t, p))).append("</h3>\n<svg width=\"").append(width)
                    .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                    .append(Html.escape(policy(t, p) + ": " + t.text("sim.daily"))).append("\">\n");
            h.append(line(left, axis, width - 10, axis, "#444"));
            h.append(text(left - 6, 14 + 4, "end", num(top)));
            h.append(text(left - 6, axis + 4, "end", "0"));
            h.append(text(left - 6, 14 + plotHeight + 4, "end", "-" + num(bottom)));
            for (int i = 0; i < dates.size(); i++) {
                LocalDate d = dates.get(i);
                double x = left + i * step + step * 0.15;
                double w = step * 0.7;
                double up = held.get(d) * scale;
                double down = disrupted.getOrDefault(d, 0.0) * scale;
                h.append(rect(x, axis - up, w, up, HELD, d + ": " + t.text("sim.heldN", num(held.get(d)))));
                if (down > 0) {
                    h.append(rect(x, axis, w, down, DISRUPTED, d + ": " + t.text("sim.disruptedN", num(disrupted.get(d)))));
                }
                if (i % 2 == 0 || dates.size() <= 16) {
                    h.append(text(x + w / 2, 14 + plotHeight + 18, "middle", Integer.toString(d.getDayOfMonth())));
                }
            }
            h.append(rect(width - 200, 2, 10, 10, HELD, t.text("sim.held")))
                    .append(text(width - 186, 11, "start", t.text("sim.held")))
                    .append(rect(width - 130, 2, 10, 10, DISRUPTED, t.text("sim.disrupted")))
                    .append(text(width - 116, 11, "start", t.text("sim.disrupted")));
            h.append("</svg>\n");
        }
    }

    private static void coverage(StringBuilder h, ReportText t, SimulationReport report) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ReplanPolicy p : report.policies()) {
            for (RunMetrics m : report.metrics(p)) {
                lo = Math.min(lo, m.coverage());
                hi = Math.max(hi, m.coverage());
            }
        }
        double pad = Math.max(0.005, (hi - lo) * 0.05);
        lo = Math.max(0, lo - pad);
        hi = Math.min(1, hi + pad);
        if (hi <= lo) {
            hi = lo + 0.01;
        }
        int width = 760;
        int left = 80;
        int right = width - 20;
        int row = 46;
        int height = row * report.policies().size() + 40;
        h.append("<svg width=\"").append(width).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(t.text("sim.coverage")))
                .append("\">\n");
        int axisY = row * report.policies().size() + 8;
        h.append(line(left, axisY, right, axisY, "#444"));
        for (int tick = 0; tick <= 5; tick++) {
            double v = lo + (hi - lo) * tick / 5;
            double x = left + (right - left) * tick / 5.0;
            h.append(line(x, axisY, x, axisY + 4, "#444"))
                    .append(text(x, axisY + 17, "middle", String.format(Locale.ROOT, "%.3f", v)));
        }
        for (int i = 0; i < report.policies().size(); i++) {
            ReplanPolicy p = report.policies().get(i);
            String colour = COLOURS[i % COLOURS.length];
            double[] values = report.metrics(p).stream().mapToDouble(RunMetrics::coverage).toArray();
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double mid = row * i + row / 2.0;
            double fLo = lo;
            double fHi = hi;
            java.util.function.DoubleUnaryOperator x = v -> left + (right - left) * (v - fLo) / (fHi - fLo);
            h.append(text(left - 8, mid + 4, "end", policy(t, p)));
            h.append(line(x.applyAsDouble(sorted[0]), mid, x.applyAsDouble(sorted[sorted.length - 1]), mid, colour));
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            h.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"white\" stroke=\"%s\"/>\n",
                    x.applyAsDouble(q1), mid - 10, Math.max(1, x.applyAsDouble(q3) - x.applyAsDouble(q1)), 20.0, colour));
            double median = x.applyAsDouble(quantile(sorted, 0.5));
            h.append(line(median, mid - 10, median, mid + 10, colour));
            for (int r = 0; r < values.length; r++) {
                // a fixed jitter by replication number keeps equal values apart and the page reproducible
                double jitter = ((r * 7919) % 13 - 6) * 1.2;
                h.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\" fill-opacity=\"0.6\"><title>%s</title></circle>\n",
                        x.applyAsDouble(values[r]), mid + jitter, colour,
                        Html.escape(t.text("sim.replication", r + 1, String.format(Locale.ROOT, "%.4f", values[r])))));
            }
        }
        h.append("</svg>\n");
    }

    /** A policy's name: its code, with what it does in the report's language. */
    /**
     * A metric's name in the report's language: the drills completed per exercise type and per
     * priority are named by their type and priority.
     */
    static String metric(ReportText t, String metric) {
        String rest = metric.startsWith(RunMetrics.COMPLETED + " ") ? metric.substring(RunMetrics.COMPLETED.length() + 1) : null;
        if (rest != null && rest.startsWith("priority ")) {
            return t.text("sim.completedPriority", rest.substring("priority ".length()));
        }
        if (rest != null && Arrays.stream(ExerciseType.values()).anyMatch(e -> e.name().equals(rest))) {
            return t.text("sim.completedType", t.type(ExerciseType.valueOf(rest)));
        }
        return t.code("metric", metric);
    }

    static String policy(ReportText t, ReplanPolicy p) {
        return t.code("policy", p.name());
    }

    /** Linear interpolation between order statistics of a sorted sample. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int below = (int) Math.floor(pos);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (pos - below);
    }

    private static String rect(double x, double y, double w, double h, String fill, String title) {
        return String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>\n",
                x, y, w, h, fill, Html.escape(title));
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke) {
        return String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x1, y1, x2, y2, stroke);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n",
                x, y, anchor, Html.escape(content));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A metric's value as the tables print it: coverage with 4 decimals, km whole, counts with 1; never "-0.0". */
    static String fmt(String metric, double v) {
        String text;
        if (RunMetrics.COVERAGE.equals(metric)) {
            text = String.format(Locale.ROOT, "%.4f", v);
        } else {
            text = metric.endsWith("km") ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        }
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
