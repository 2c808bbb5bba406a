package io.drillplan.report;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.RescueTeam;
import io.drillplan.text.Html;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The map view of the plan report: one marker per drill held at its unit's coordinates, coloured
 * by exercise type or by date, and every team base with its service radius, drawn as inline SVG
 * from the coordinates alone (no tiles, no network).
 *
 * <p>The projection is equirectangular around the middle latitude, which keeps distances true to
 * within a fraction of a percent over a province, so that a service radius is a circle of the
 * right size. Drills at the same unit sit on a small ring around it rather than on top of each
 * other, so that every one can be seen and hovered. Markers carry the same {@code data-}
 * attributes as the calendar's chips, so that the report's filters act on them too.
 */
final class PlanMap {

    private static final double KM_PER_DEGREE_LAT = 110.574;
    private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.320;
    private static final int MAX_WIDTH = 1000;
    private static final int MAX_HEIGHT = 760;
    private static final int PAD = 24;
    private static final double MARKER_RADIUS = 3.6;
    private static final double RING_RADIUS = 4.5;

    private final ScheduleSummary summary;
    private final ReportText t;
    private final Function<DrillRequest, String> filterAttributes;
    private final BiFunction<DrillRequest, Assignment, String> tooltip;
    private final StringBuilder html;
    private final DrillProblem problem;

    private double west;
    private double north;
    private double kmPerLon;
    private double pxPerKm;
    private int width;
    private int height;

    PlanMap(ScheduleSummary summary, ReportText t, Function<DrillRequest, String> filterAttributes,
            BiFunction<DrillRequest, Assignment, String> tooltip, StringBuilder html) {
        this.summary = summary;
        this.t = t;
        this.filterAttributes = filterAttributes;
        this.tooltip = tooltip;
        this.html = html;
        this.problem = summary.problem();
    }

    /** A held drill and where its unit is. */
    private record Placed(Assignment assignment, DrillRequest drill, GrassrootsUnit unit) {}

    void section() {
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, GrassrootsUnit> units = problem.unitsById();
        List<Placed> placed = new ArrayList<>();
        Set<String> placedUnits = new LinkedHashSet<>();
        int unplaced = 0;
        for (Assignment a : summary.held().values()) {
            DrillRequest d = drills.get(a.drill());
            GrassrootsUnit u = units.get(d.unit());
            if (u == null || u.location() == null) {
                unplaced++;
            } else {
                placed.add(new Placed(a, d, u));
                placedUnits.add(u.id());
            }
        }
        List<RescueTeam> bases = problem.teams().stream().filter(team -> team.base() != null).toList();
        html.append("<section id=\"map\" data-map-markers=\"").append(placed.size()).append("\" data-map-units=\"")
                .append(placedUnits.size()).append("\">\n<h2>").append(Html.escape(t.text("map.title"))).append("</h2>\n")
                .append("<p class=\"note\">").append(Html.escape(t.text("map.note", placed.size(), placedUnits.size(),
                        bases.size()))).append(unplaced > 0 ? " " + Html.escape(t.text("map.unplaced", unplaced)) : "")
                .append("</p>\n");
        if (placed.isEmpty() && bases.isEmpty()) {
            html.append("<p>").append(Html.escape(t.text("map.empty"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"map-controls\"><span>").append(Html.escape(t.text("map.colourBy")))
                .append("</span><label><input type=\"radio\" name=\"map-colour\" value=\"type\" checked>")
                .append(Html.escape(t.text("map.byType"))).append("</label><label>")
                .append("<input type=\"radio\" name=\"map-colour\" value=\"date\">").append(Html.escape(t.text("map.byDate")))
                .append("</label><label><input type=\"checkbox\" id=\"map-reach\" checked>")
                .append(Html.escape(t.text("map.showRadius"))).append("</label></div>\n");
        project(placed, bases);
        html.append("<div class=\"map-wrap\"><svg id=\"map-svg\" class=\"map\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(t.text("map.title"))).append("\">\n");
        graticule();
        for (RescueTeam team : bases) {
            base(team);
        }
        markers(placed);
        scaleBar();
        html.append("</svg></div>\n");
        legend();
        html.append("</section>\n");
    }

    /** Fixes the projection and the drawing's size so that every point fits. */
    private void project(List<Placed> placed, List<RescueTeam> bases) {
        List<GeoPoint> points = new ArrayList<>();
        placed.forEach(p -> points.add(p.unit().location()));
        bases.forEach(team -> points.add(team.base()));
        double south = points.stream().mapToDouble(GeoPoint::lat).min().orElse(0);
        north = points.stream().mapToDouble(GeoPoint::lat).max().orElse(0);
        west = points.stream().mapToDouble(GeoPoint::lon).min().orElse(0);
        double east = points.stream().mapToDouble(GeoPoint::lon).max().orElse(0);
        kmPerLon = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians((north + south) / 2));
        double widthKm = Math.max(1, (east - west) * kmPerLon);
        double heightKm = Math.max(1, (north - south) * KM_PER_DEGREE_LAT);
        pxPerKm = Math.min((MAX_WIDTH - 2.0 * PAD) / widthKm, (MAX_HEIGHT - 2.0 * PAD) / heightKm);
        // A narrow region gets a narrow map, but wide enough for the scale bar.
        width = Math.max(320, (int) Math.ceil(widthKm * pxPerKm + 2 * PAD));
        height = (int) Math.ceil(heightKm * pxPerKm + 2 * PAD);
    }

    private double x(GeoPoint p) {
        return PAD + (p.lon() - west) * kmPerLon * pxPerKm;
    }

    private double y(GeoPoint p) {
        return PAD + (north - p.lat()) * KM_PER_DEGREE_LAT * pxPerKm;
    }

    /** Lines every half degree, labelled, so that a reader can place the map. */
    private void graticule() {
        double southLat = north - (height - 2.0 * PAD) / pxPerKm / KM_PER_DEGREE_LAT;
        double eastLon = west + (width - 2.0 * PAD) / pxPerKm / kmPerLon;
        for (double lat = Math.ceil(southLat * 2) / 2; lat <= north; lat += 0.5) {
            double y = y(new GeoPoint(lat, west));
            html.append(String.format(Locale.ROOT, "<line class=\"grat\" x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"gl\" x=\"3\" y=\"%.1f\">%.1f°N</text>", width, y, y, y - 2, lat));
        }
        for (double lon = Math.ceil(west * 2) / 2; lon <= eastLon; lon += 0.5) {
            double x = x(new GeoPoint(north, lon));
            html.append(String.format(Locale.ROOT, "<line class=\"grat\" x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\"/>"
                    + "<text class=\"gl\" x=\"%.1f\" y=\"11\">%.1f°E</text>", x, x, height, x + 2, lon));
        }
        html.append('\n');
    }

    private void base(RescueTeam team) {
        double x = x(team.base());
        double y = y(team.base());
        String tip = team.id() + " · " + (team.name() == null ? "" : team.name()) + " · " + t.code("teamKind", team.kind())
                + (team.serviceRadiusKm() == null ? "" : "\n" + t.text("map.radius", Math.round(team.serviceRadiusKm())));
        html.append("<g class=\"base\" data-team=\"").append(Html.escape(team.id())).append("\">");
        if (team.serviceRadiusKm() != null) {
            html.append(String.format(Locale.ROOT, "<circle class=\"reach\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                    x, y, team.serviceRadiusKm() * pxPerKm));
        }
        html.append(String.format(Locale.ROOT, "<rect class=\"hq\" x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\">",
                x - 3.5, y - 3.5)).append("<title>").append(Html.escape(tip)).append("</title></rect></g>\n");
    }

    private void markers(List<Placed> placed) {
        Map<String, Integer> atUnit = new HashMap<>();
        placed.forEach(p -> atUnit.merge(p.unit().id(), 1, Integer::sum));
        Map<String, Integer> drawn = new HashMap<>();
        int days = Math.max(1, problem.horizon().dates().size() - 1);
        for (Placed p : placed) {
            int n = atUnit.get(p.unit().id());
            int k = drawn.merge(p.unit().id(), 1, Integer::sum) - 1;
            double angle = 2 * Math.PI * k / n;
            double x = x(p.unit().location()) + (n > 1 ? RING_RADIUS * Math.cos(angle) : 0);
            double y = y(p.unit().location()) + (n > 1 ? RING_RADIUS * Math.sin(angle) : 0);
            LocalDate date = p.assignment().date();
            double share = date == null ? 0
                    : Math.max(0, Math.min(1, ChronoUnit.DAYS.between(problem.horizon().start(), date) / (double) days));
            ExerciseType type = p.drill().type();
            html.append(String.format(Locale.ROOT, "<circle class=\"mk t-%s\"", type == null ? "" : type.name()))
                    .append(filterAttributes.apply(p.drill())).append(" data-unit=\"").append(Html.escape(p.unit().id()))
                    .append("\" data-teams=\"").append(Html.escape(String.join(" ", PlanReport.teamIds(p.assignment()))))
                    .append(String.format(Locale.ROOT, "\" style=\"--dc:%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"><title>",
                            dateColour(share), x, y, MARKER_RADIUS))
                    .append(Html.escape(tooltip.apply(p.drill(), p.assignment()))).append("</title></circle>\n");
        }
    }

    /** From blue at the start of the month through green and yellow to red at its end. */
    static String dateColour(double share) {
        return String.format(Locale.ROOT, "hsl(%.0f,75%%,45%%)", 230 * (1 - share));
    }

    /** A bar of a round number of km, about a sixth of the width. */
    private void scaleBar() {
        double target = width / 6.0 / pxPerKm;
        double km = 1;
        for (double step : new double[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
            if (step <= target) {
                km = step;
            }
        }
        double length = km * pxPerKm;
        double y = height - 10.0;
        html.append(String.format(Locale.ROOT, "<g class=\"scale\"><line x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                + "<text x=\"%d\" y=\"%.1f\">%s</text></g>\n", width - PAD - (int) length, width - PAD * 1.0, y, y,
                width - PAD - (int) length, y - 4, Html.escape(t.text("map.scale", (long) km))));
    }

    private void legend() {
        html.append("<p class=\"legend map-legend\"><span class=\"by-type\">");
        for (ExerciseType type : ExerciseType.values()) {
            html.append("<span><i class=\"sw t-").append(type.name()).append("\"></i>")
                    .append(Html.escape(t.type(type))).append("</span>");
        }
        html.append("</span><span class=\"by-date\"><span>").append(problem.horizon().start())
                .append("</span><i class=\"ramp\" style=\"background:linear-gradient(to right");
        for (int i = 0; i <= 4; i++) {
            html.append(',').append(dateColour(i / 4.0));
        }
        html.append(")\"></i><span>").append(problem.horizon().end()).append("</span></span><span><i class=\"hq-key\"></i>")
                .append(Html.escape(t.text("map.base"))).append("</span><span><i class=\"reach-key\"></i>")
                .append(Html.escape(t.text("map.reach"))).append("</span></p>\n");
    }
}
