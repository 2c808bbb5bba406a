package io.drillplan.report;

import io.drillplan.simulation.MetricSummary;
import io.drillplan.simulation.ReplanPolicy;
import io.drillplan.simulation.RunMetrics;
import io.drillplan.simulation.SimulationReport;
import io.drillplan.text.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simulation's comparison as text for a terminal, in English or Chinese: policies side by
 * side, for each metric its mean with the 95% interval and below it the mean of the worst 5% of
 * replications, then the paired differences between neighbouring policies.
 *
 * <pre>{@code
 * System.out.print(SimulationTable.text(new MonteCarlo(...).run(), Locale.CHINESE));
 * }</pre>
 */
public final class SimulationTable {

    /** The metrics whose paired differences are listed: what a planner weighs policies by. */
    private static final List<String> COMPARED = List.of(RunMetrics.COVERAGE, RunMetrics.COMPLETED,
            "teams and units re-notified");

    private SimulationTable() {}

    /**
     * The comparison as text.
     *
     * @param report a simulation's results
     * @param locale the language: Chinese for any {@code zh} locale, else English
     * @return the table, lines ending with a line break
     */
    public static String text(SimulationReport report, Locale locale) {
        ReportText t = ReportText.of(locale);
        List<ReplanPolicy> policies = report.policies();
        StringBuilder out = new StringBuilder();
        out.append(t.text("sim.table.head", report.problemName(), String.valueOf(report.drills()),
                String.valueOf(report.published()), SimulationHtml.fmt(RunMetrics.COVERAGE, report.publishedCoverage())))
                .append('\n');
        out.append(t.text("sim.table.runs", report.runs(), String.valueOf(report.seed()), report.options().noticeDays(),
                String.valueOf(report.options().repairSteps()), report.worstCount())).append('\n');
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[policies.size() + 2];
        head[0] = t.text("sim.metric");
        head[1] = "";
        for (int i = 0; i < policies.size(); i++) {
            head[i + 2] = SimulationHtml.policy(t, policies.get(i));
        }
        rows.add(head);
        for (String metric : report.metricNames()) {
            String[] mean = new String[head.length];
            String[] tail = new String[head.length];
            mean[0] = label(t, metric);
            mean[1] = t.text("sim.table.mean");
            tail[0] = "";
            tail[1] = t.text("sim.worst5");
            for (int i = 0; i < policies.size(); i++) {
                MetricSummary s = report.summary(policies.get(i), metric);
                mean[i + 2] = SimulationHtml.fmt(metric, s.mean()) + (Double.isNaN(s.low()) ? ""
                        : " [" + SimulationHtml.fmt(metric, s.low()) + ", " + SimulationHtml.fmt(metric, s.high()) + "]");
                tail[i + 2] = SimulationHtml.fmt(metric, s.worst5());
            }
            rows.add(mean);
            rows.add(tail);
        }
        int[] width = new int[head.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], TextTable.displayWidth(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == 0 ? "" : "  ").append(row[c]).append(" ".repeat(width[c] - TextTable.displayWidth(row[c])));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (policies.size() > 1) {
            out.append(t.text("sim.table.differences")).append('\n');
            for (int i = 0; i + 1 < policies.size(); i++) {
                for (String metric : COMPARED) {
                    MetricSummary d = report.difference(policies.get(i), policies.get(i + 1), metric);
                    String value = signed(metric, d.mean()) + (Double.isNaN(d.low()) ? ""
                            : " [" + signed(metric, d.low()) + ", " + signed(metric, d.high()) + "]");
                    out.append("  ").append(t.text("sim.table.difference", t.text("sim.difference", label(t, metric),
                            SimulationHtml.policy(t, policies.get(i)), SimulationHtml.policy(t, policies.get(i + 1))),
                            value)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String label(ReportText t, String metric) {
        return SimulationHtml.metric(t, metric);
    }

    private static String signed(String metric, double value) {
        String text = SimulationHtml.fmt(metric, value);
        return value > 0 && !text.matches("0(\\.0*)?") ? "+" + text : text;
    }
}
