package io.drillplan.cli;

import io.drillplan.simulation.MetricSummary;
import io.drillplan.simulation.ReplanPolicy;
import io.drillplan.simulation.RunMetrics;
import io.drillplan.simulation.SimulationEvent;
import io.drillplan.simulation.SimulationReport;
import io.drillplan.text.Html;
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
 * SVG with no script and no link to the network, so that it can be mailed or opened offline.
 */
final class SimulationHtml {

    /** Colours of the policies in the coverage chart, in the order the policies are listed. */
    private static final String[] COLOURS = {"#1f6fb2", "#d9822b", "#6b6b6b", "#3a9a5b"};
    private static final String HELD = "#3a7dc0";
    private static final String DISRUPTED = "#c8453b";
    /** Events of replication 1 shown in the page; the full log goes to --log. */
    private static final int LOG_LINES = 400;

    private SimulationHtml() {}

    static String render(SimulationReport report, String inputs) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape("Simulation: " + report.problemName())).append("</title>\n<style>\n")
                .append(PageAssets.SIMULATION_CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.escape(report.problemName())).append("</h1>\n<p>").append(Html.escape(inputs)).append("<br>")
                .append(report.drills()).append(" drills, ").append(report.published())
                .append(" in the published schedule (priority-weighted coverage ")
                .append(fmt(RunMetrics.COVERAGE, report.publishedCoverage())).append("). ")
                .append(report.runs()).append(report.runs() == 1 ? " replication" : " replications")
                .append(" per policy, seed ").append(report.seed()).append(", notice period ")
                .append(report.options().noticeDays()).append(" days, repair budget ")
                .append(report.options().repairSteps()).append(" steps. Every policy meets the same disruptions ")
                .append("in a replication (common random numbers).</p>\n");
        table(h, report);
        h.append("<h2>Drills held and disrupted per day</h2>\n<p>Mean over the replications: held above the line, ")
                .append("knocked out that morning below it.</p>\n");
        daily(h, report);
        h.append("<h2>Coverage per replication</h2>\n<p>Priority-weighted coverage: the priorities of the drills held ")
                .append("over those of every drill. Box: quartiles and median; whiskers: lowest and highest; dots: ")
                .append("replications.</p>\n");
        coverage(h, report);
        ReplanPolicy first = report.policies().get(0);
        List<SimulationEvent> events = report.firstRun(first).events();
        h.append("<h2>What happened in replication 1 under ").append(first).append("</h2>\n<details><summary>")
                .append(events.size()).append(" events").append(events.size() > LOG_LINES
                        ? " (the first " + LOG_LINES + " shown; write all with --log)" : "")
                .append("</summary>\n<pre>");
        events.stream().limit(LOG_LINES).forEach(e -> h.append(Html.escape(e.line())).append('\n'));
        h.append("</pre></details>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, SimulationReport report) {
        h.append("<h2>Comparison</h2>\n<p>Mean with its 95% confidence interval; below it, in grey, the mean of the ")
                .append("worst 5% of replications.</p>\n<table>\n<tr><th>metric</th>");
        report.policies().forEach(p -> h.append("<th>").append(p).append("</th>"));
        h.append("</tr>\n");
        for (String metric : report.metricNames()) {
            StringBuilder tail = new StringBuilder("<tr class=\"tail\"><td>worst 5%</td>");
            h.append("<tr><td>").append(Html.escape(metric)).append("</td>");
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
            h.append("<p>Paired differences (each replication compares the policies on the same disruptions), ")
                    .append("mean [95% interval]:</p>\n<ul>\n");
            for (int i = 0; i + 1 < report.policies().size(); i++) {
                for (String metric : List.of(RunMetrics.COVERAGE, RunMetrics.COMPLETED)) {
                    MetricSummary d = report.difference(report.policies().get(i), report.policies().get(i + 1), metric);
                    h.append("<li>").append(Html.escape(d.metric())).append(": ").append(fmt(metric, d.mean()));
                    if (!Double.isNaN(d.low())) {
                        h.append(" [").append(fmt(metric, d.low())).append(", ").append(fmt(metric, d.high())).append(']');
                    }
                    h.append("</li>\n");
                }
            }
            h.append("</ul>\n");
        }
    }

    private static void daily(StringBuilder h, SimulationReport report) {
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
            h.append("<h3>").append(p).append("</h3>\n<svg width=\"").append(width)
                    .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                    .append(p).append(": drills held and disrupted per day\">\n");
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
                h.append(rect(x, axis - up, w, up, HELD, d + ": " + num(held.get(d)) + " held"));
                if (down > 0) {
                    h.append(rect(x, axis, w, down, DISRUPTED, d + ": " + num(disrupted.get(d)) + " disrupted"));
                }
                if (i % 2 == 0 || dates.size() <= 16) {
                    h.append(text(x + w / 2, 14 + plotHeight + 18, "middle", Integer.toString(d.getDayOfMonth())));
                }
            }
            h.append(rect(width - 200, 2, 10, 10, HELD, "held")).append(text(width - 186, 11, "start", "held"))
                    .append(rect(width - 130, 2, 10, 10, DISRUPTED, "disrupted"))
                    .append(text(width - 116, 11, "start", "disrupted"));
            h.append("</svg>\n");
        }
    }

    private static void coverage(StringBuilder h, SimulationReport report) {
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
                .append(height).append("\" role=\"img\" aria-label=\"coverage per replication\">\n");
        int axisY = row * report.policies().size() + 8;
        h.append(line(left, axisY, right, axisY, "#444"));
        for (int t = 0; t <= 5; t++) {
            double v = lo + (hi - lo) * t / 5;
            double x = left + (right - left) * t / 5.0;
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
            h.append(text(left - 8, mid + 4, "end", p.name()));
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
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\" fill-opacity=\"0.6\"><title>replication %d: %.4f</title></circle>\n",
                        x.applyAsDouble(values[r]), mid + jitter, colour, r + 1, values[r]));
            }
        }
        h.append("</svg>\n");
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

    private static String fmt(String metric, double v) {
        if (RunMetrics.COVERAGE.equals(metric)) {
            return String.format(Locale.ROOT, "%.4f", v);
        }
        return metric.endsWith("km") ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
