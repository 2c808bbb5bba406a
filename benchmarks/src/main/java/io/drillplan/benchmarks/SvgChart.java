package io.drillplan.benchmarks;

import io.drillplan.text.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * A small line chart as inline SVG (no script, no network), with a logarithmic or linear x axis
 * and one or more series.
 */
final class SvgChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 30;
    private static final int BOTTOM = 45;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"};

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logX;
    private final List<String> names = new ArrayList<>();
    private final List<double[][]> series = new ArrayList<>();

    SvgChart(String title, String xLabel, String yLabel, boolean logX) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logX = logX;
    }

    /** Adds a series of (x, y) points; points with a NaN y are left out. */
    SvgChart series(String name, double[] xs, double[] ys) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isNaN(ys[i])) {
                points.add(new double[] {xs[i], ys[i]});
            }
        }
        names.add(name);
        series.add(points.toArray(double[][]::new));
        return this;
    }

    String svg() {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = 0;
        for (double[][] s : series) {
            for (double[] p : s) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        if (minX > maxX) {
            minX = 1;
            maxX = 10;
        }
        if (maxX == minX) {
            maxX = minX * 10;
        }
        double yTop = niceCeiling(maxY == 0 ? 1 : maxY);
        double fMinX = minX;
        double fMaxX = maxX;
        DoubleUnaryOperator px = x -> LEFT + (WIDTH - LEFT - RIGHT)
                * (logX ? (Math.log(x) - Math.log(fMinX)) / (Math.log(fMaxX) - Math.log(fMinX)) : (x - fMinX) / (fMaxX - fMinX));
        DoubleUnaryOperator py = y -> HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * y / yTop;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\" font-weight=\"bold\">%s</text>%n",
                LEFT, Html.escape(title)));
        // Axes, grid and tick labels.
        for (int i = 0; i <= 4; i++) {
            double y = yTop * i / 4;
            double yy = py.applyAsDouble(y);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT, yy, WIDTH - RIGHT, yy, LEFT - 5, yy + 4, tick(y)));
        }
        for (double[] p : series.isEmpty() ? new double[0][] : series.get(0)) {
            double xx = px.applyAsDouble(p[0]);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    xx, TOP, xx, HEIGHT - BOTTOM, xx, HEIGHT - BOTTOM + 15, tick(p[0])));
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 8, Html.escape(xLabel + (logX ? " (log scale)" : ""))));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"14\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>%n",
                (TOP + HEIGHT - BOTTOM) / 2, (TOP + HEIGHT - BOTTOM) / 2, Html.escape(yLabel)));
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (double[] p : series.get(s)) {
                path.append(path.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f",
                        px.applyAsDouble(p[0]), py.applyAsDouble(p[1])));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                    .append(path).append("\"/>\n");
            for (double[] p : series.get(s)) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\">"
                                + "<title>%s: %s at %s</title></circle>%n", px.applyAsDouble(p[0]), py.applyAsDouble(p[1]),
                        colour, Html.escape(names.get(s)), tick(p[1]), tick(p[0])));
            }
            int ly = TOP + 10 + 18 * s;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    WIDTH - RIGHT + 10, ly - 4, colour, WIDTH - RIGHT + 27, ly, Html.escape(names.get(s))));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String tick(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.2f" : "%.1f", value);
    }
}
