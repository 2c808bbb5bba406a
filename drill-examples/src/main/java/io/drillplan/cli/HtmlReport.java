package io.drillplan.cli;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Score;
import io.drillplan.model.Slot;
import io.drillplan.model.TeamAssignment;
import io.drillplan.solver.ConstraintTotal;
import io.drillplan.solver.Explanation;
import io.drillplan.text.Html;
import io.drillplan.text.TextTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schedule as one self-contained HTML page: summary numbers, a calendar grid, a timeline lane
 * per team (inline SVG), filters by region and exercise type, the unscheduled drills with their
 * reasons, the constraint breakdown and the team load.
 *
 * <p>The page needs no network: styles, script and graphics are inline (the style sheet and the
 * scripts are kept as resources, see {@link PageAssets}). Everything is rendered
 * here, so the page reads fine with scripts off; the script only filters and counts. For automated
 * checks it sets {@code data-script-errors} and {@code data-drills-shown} on {@code <body>} once it
 * has run. No problem text ever goes inside a {@code <script>}: all of it is HTML-escaped markup.
 */
final class HtmlReport {

    private static final Map<ExerciseType, String> COLOR = Map.of(
            ExerciseType.DIGITAL_DEDUCTION, "#2f6fb3",
            ExerciseType.ACTUAL_COMBAT_SIMULATION, "#d9822b",
            ExerciseType.COMPREHENSIVE_EXERCISE, "#c23b3b");
    private static final int LANE_LABEL_WIDTH = 250;
    private static final int LANE_ROW_HEIGHT = 16;
    private static final int LANE_HEADER_HEIGHT = 34;
    private static final int LANE_TARGET_WIDTH = 1080;

    private final ScheduleSummary summary;
    private final DrillProblem problem;
    private final Horizon horizon;
    private final Map<String, DrillRequest> drills;
    private final Map<String, GrassrootsUnit> units;
    private final Map<String, RescueTeam> teams;
    private final Map<String, Region> regions;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private HtmlReport(ScheduleSummary summary) {
        this.summary = summary;
        this.problem = summary.problem();
        this.horizon = problem.horizon();
        this.drills = problem.drillsById();
        this.units = problem.unitsById();
        this.teams = problem.teamsById();
        this.regions = problem.regionsById();
    }

    /**
     * The report page.
     *
     * @param summary the schedule and its problem
     * @param explanation the score breakdown, or {@code null} when none could be computed
     * @param explainFailure why there is no breakdown, or {@code null}
     */
    static String render(ScheduleSummary summary, Explanation explanation, String explainFailure) {
        HtmlReport r = new HtmlReport(summary);
        r.page(explanation, explainFailure);
        return r.html.toString();
    }

    private void page(Explanation explanation, String explainFailure) {
        String title = "Drill schedule: " + problem.name();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<script>\n").append(PageAssets.REPORT_ERRORS_JS).append("</script>\n")
                .append("<style>\n").append(PageAssets.REPORT_CSS).append(typeStyles()).append("</style>\n</head>\n")
                .append("<body data-drills-total=\"").append(summary.scheduled()).append("\">\n")
                .append("<header><h1>").append(Html.escape(problem.name())).append("</h1>\n")
                .append("<p class=\"sub\">Drill schedule, ").append(horizon.start()).append(" to ").append(horizon.end())
                .append(summary.schedule().score().map(s -> ", score " + s).orElse(""))
                .append("</p></header>\n<main>\n");
        cards(explanation);
        filters();
        calendar();
        lanes();
        unscheduledList();
        constraints(explanation, explainFailure);
        teamTable();
        html.append("</main>\n<footer>Written by drillplan's <code>drill</code> command. ")
                .append("Filters need JavaScript; everything else is plain HTML and SVG.</footer>\n")
                .append("<script>\n").append(PageAssets.REPORT_FILTERS_JS).append("</script>\n</body>\n</html>\n");
    }

    // ------------------------------------------------------------------ summary cards

    private void cards(Explanation explanation) {
        Boolean feasible = explanation != null ? Boolean.valueOf(explanation.feasible())
                : summary.schedule().score().map(Score::isFeasible).orElse(null);
        html.append("<section class=\"cards\">\n");
        card(feasible == null ? "not scored" : feasible ? "feasible" : "INFEASIBLE",
                feasible == null ? "hard rules" : feasible ? "no hard rule broken" : "hard rules broken",
                feasible == null ? "" : feasible ? "ok" : "bad");
        card(summary.scheduled() + " / " + summary.drillsTotal(), "drills scheduled", "");
        card(String.valueOf(summary.unscheduled()), "unscheduled", summary.unscheduled() > 0 ? "warn" : "");
        card(String.valueOf(problem.units().size()), "grass-roots units", "");
        card(String.valueOf(problem.teams().size()), "rescue teams", "");
        card(String.format(Locale.ROOT, "%,.0f km", summary.travelKm()), "road travel, base to site", "");
        html.append("<div class=\"card shown\"><b id=\"shown-count\">").append(summary.scheduled())
                .append("</b><span>drills shown by the filters</span></div>\n");
        html.append("</section>\n");
    }

    private void card(String value, String label, String cls) {
        html.append("<div class=\"card ").append(cls).append("\"><b>").append(Html.escape(value)).append("</b><span>")
                .append(Html.escape(label)).append("</span></div>\n");
    }

    // ------------------------------------------------------------------ filters

    private void filters() {
        html.append("<section class=\"filters\" aria-label=\"filters\">\n<label>Region <select id=\"filter-region\">")
                .append("<option value=\"\">all regions</option>");
        for (Map.Entry<Region, Integer> e : regionOptions().entrySet()) {
            html.append("<option value=\"").append(Html.escape(e.getKey().id())).append("\">")
                    .append("\u00a0\u00a0\u00a0".repeat(e.getValue()))
                    .append(Html.escape(e.getKey().name() == null ? e.getKey().id() : e.getKey().name())).append("</option>");
        }
        html.append("</select></label>\n<span class=\"types\">");
        for (ExerciseType type : ExerciseType.values()) {
            html.append("<label class=\"type-toggle\"><input type=\"checkbox\" name=\"type\" value=\"").append(type.name())
                    .append("\" checked><i class=\"sw t-").append(type.name()).append("\"></i>")
                    .append(Html.escape(ConsoleSummary.typeName(type))).append(" <small>(")
                    .append(summary.byType().get(type)[0]).append(")</small></label>");
        }
        html.append("</span>\n</section>\n");
    }

    /** Regions that hold a drill, in tree order with their depth; a lone root is left out (it means "all"). */
    private Map<Region, Integer> regionOptions() {
        Set<String> used = new HashSet<>();
        for (DrillRequest d : problem.drills()) {
            GrassrootsUnit u = units.get(d.unit());
            if (u != null) {
                used.addAll(regionChain(u.region()));
            }
        }
        Map<String, List<Region>> children = new LinkedHashMap<>();
        List<Region> roots = new ArrayList<>();
        for (Region r : problem.regions()) {
            if (!used.contains(r.id())) {
                continue;
            }
            if (r.parent() == null || !regions.containsKey(r.parent())) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Region, Integer> options = new LinkedHashMap<>();
        boolean skipRoot = roots.size() == 1;
        for (Region root : roots) {
            addRegion(root, skipRoot ? -1 : 0, children, options);
        }
        return options;
    }

    private void addRegion(Region r, int depth, Map<String, List<Region>> children, Map<Region, Integer> options) {
        if (depth >= 0) {
            options.put(r, depth);
        }
        for (Region child : children.getOrDefault(r.id(), List.of())) {
            if (!options.containsKey(child)) {
                addRegion(child, depth + 1, children, options);
            }
        }
    }

    /** The region and its ancestors, innermost first; stops on a cycle or an unknown parent. */
    private List<String> regionChain(String regionId) {
        List<String> chain = new ArrayList<>();
        for (String id = regionId; id != null && !chain.contains(id); ) {
            chain.add(id);
            Region r = regions.get(id);
            id = r == null ? null : r.parent();
        }
        return chain;
    }

    /** The attributes the filters read: drill id, type and every region the unit lies in. */
    private String filterAttributes(DrillRequest d) {
        GrassrootsUnit u = units.get(d.unit());
        String chain = u == null ? "" : String.join(" ", regionChain(u.region()));
        return " data-drill=\"" + Html.escape(d.id()) + "\" data-type=\"" + (d.type() == null ? "" : d.type().name())
                + "\" data-regions=\"" + Html.escape(chain) + "\"";
    }

    // ------------------------------------------------------------------ calendar

    private void calendar() {
        Map<LocalDate, List<Assignment>> byDate = new TreeMap<>();
        for (Assignment a : summary.held().values()) {
            if (a.date() != null) {
                byDate.computeIfAbsent(a.date(), k -> new ArrayList<>()).add(a);
            }
        }
        Comparator<Assignment> order = Comparator.comparingInt((Assignment a) -> horizon.slotIndex(a.slot()))
                .thenComparing(a -> unitName(drills.get(a.drill())))
                .thenComparing(Assignment::drill);
        LocalDate first = horizon.start();
        LocalDate last = horizon.end();
        for (LocalDate d : byDate.keySet()) {
            first = d.isBefore(first) ? d : first;
            last = d.isAfter(last) ? d : last;
        }
        html.append("<section id=\"calendar\">\n<h2>Calendar</h2>\n")
                .append("<p class=\"note\">Each day lists its drills by slot; colour shows the exercise type. ")
                .append("Hover a drill for its teams. Shaded days are weekends and holidays.</p>\n")
                .append("<div class=\"grid\">\n");
        for (DayOfWeek dow : DayOfWeek.values()) {
            html.append("<div class=\"dow\">").append(dow.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("</div>");
        }
        html.append('\n');
        LocalDate cell = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate end = last.plusDays(7L - last.getDayOfWeek().getValue());
        for (; !cell.isAfter(end); cell = cell.plusDays(1)) {
            if (cell.isBefore(first) || cell.isAfter(last)) {
                html.append("<div class=\"day out\"></div>\n");
                continue;
            }
            List<Assignment> day = new ArrayList<>(byDate.getOrDefault(cell, List.of()));
            day.sort(order);
            html.append("<div class=\"day").append(horizon.isWeekendOrHoliday(cell) ? " rest" : "")
                    .append("\" data-date=\"").append(cell).append("\"><div class=\"dh\"><span class=\"dn\">")
                    .append(cell.getDayOfMonth() == 1 || cell.equals(first)
                            ? cell.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + cell.getDayOfMonth()
                            : String.valueOf(cell.getDayOfMonth()))
                    .append("</span>").append(horizon.holidays().contains(cell) ? "<span class=\"hol\">holiday</span>" : "")
                    .append("<span class=\"cnt\">").append(day.isEmpty() ? "" : String.valueOf(day.size())).append("</span></div>");
            mix(day);
            html.append("<ul>");
            for (Assignment a : day) {
                DrillRequest d = drills.get(a.drill());
                html.append("<li class=\"chip t-").append(d.type() == null ? "" : d.type().name()).append('"')
                        .append(filterAttributes(d)).append(" title=\"").append(Html.escape(tooltip(d, a))).append("\">")
                        .append("<b>").append(Html.escape(a.slot())).append("</b> ").append(Html.escape(unitName(d))).append("</li>");
            }
            html.append("</ul></div>\n");
        }
        html.append("</div>\n");
        legend();
        html.append("</section>\n");
    }

    /** A thin bar under the day's number: its drills by exercise type, so busy days stand out at a glance. */
    private void mix(List<Assignment> day) {
        int[] n = new int[ExerciseType.values().length];
        for (Assignment a : day) {
            ExerciseType type = drills.get(a.drill()).type();
            if (type != null) {
                n[type.ordinal()]++;
            }
        }
        html.append("<div class=\"mix\">");
        for (ExerciseType type : ExerciseType.values()) {
            double pct = day.isEmpty() ? 0 : 100.0 * n[type.ordinal()] / day.size();
            html.append("<i class=\"sw t-").append(type.name()).append("\" data-type=\"").append(type.name())
                    .append("\" style=\"width:").append(String.format(Locale.ROOT, "%.1f", pct)).append("%\"></i>");
        }
        html.append("</div>");
    }

    private void legend() {
        html.append("<p class=\"legend\">");
        for (ExerciseType type : ExerciseType.values()) {
            html.append("<span><i class=\"sw t-").append(type.name()).append("\"></i>")
                    .append(Html.escape(ConsoleSummary.typeName(type))).append("</span>");
        }
        html.append("</p>\n");
    }

    private String tooltip(DrillRequest d, Assignment a) {
        StringBuilder t = new StringBuilder();
        t.append(d.id()).append(" · ").append(d.type() == null ? "" : ConsoleSummary.typeName(d.type()));
        if (d.scenario() != null) {
            t.append(" · ").append(d.scenario());
        }
        t.append('\n').append(unitName(d)).append(" (").append(regionName(d)).append(')');
        t.append('\n').append(a.date()).append(' ').append(a.start() == null ? a.slot() : a.start() + "–" + a.end());
        t.append(" · priority ").append(d.priority());
        if (d.participants() > 0) {
            t.append(" · ").append(d.participants()).append(" participants");
        }
        for (TeamAssignment ta : a.teams()) {
            RescueTeam team = teams.get(ta.team());
            t.append('\n').append(ta.skill()).append(": ").append(team == null ? ta.team() : team.name());
        }
        return t.toString();
    }

    // ------------------------------------------------------------------ team lanes

    private void lanes() {
        List<LocalDate> dates = horizon.dates();
        int slots = horizon.slots().size();
        int columns = Math.max(1, dates.size() * slots);
        int slotWidth = Math.max(2, Math.min(18, LANE_TARGET_WIDTH / columns));
        int dayWidth = slotWidth * slots;
        int width = LANE_LABEL_WIDTH + dayWidth * dates.size() + 10;
        List<RescueTeam> laneTeams = problem.teams();
        int height = LANE_HEADER_HEIGHT + LANE_ROW_HEIGHT * laneTeams.size() + 4;
        Map<String, Integer> row = new LinkedHashMap<>();
        for (RescueTeam t : laneTeams) {
            row.putIfAbsent(t.id(), row.size());
        }
        html.append("<section id=\"lanes\">\n<h2>Team timelines</h2>\n")
                .append("<p class=\"note\">One lane per rescue team, one block per drill it guides (")
                .append(slots).append(slots == 1 ? " slot" : " slots")
                .append(" a day). Grey cells: the team is unavailable. Hover a block for the drill.</p>\n")
                .append("<div class=\"lanes-wrap\"><svg width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"team timelines\">\n");
        // Day columns: weekend shading and labels.
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            int x = LANE_LABEL_WIDTH + i * dayWidth;
            if (horizon.isWeekendOrHoliday(date)) {
                html.append("<rect class=\"rest\" x=\"").append(x).append("\" y=\"").append(LANE_HEADER_HEIGHT - 4)
                        .append("\" width=\"").append(dayWidth).append("\" height=\"").append(height - LANE_HEADER_HEIGHT + 4)
                        .append("\"/>");
            }
            if (dayWidth >= 12 || date.getDayOfMonth() % 5 == 1) {
                html.append("<text class=\"dl\" x=\"").append(x + dayWidth / 2).append("\" y=\"14\">")
                        .append(date.getDayOfMonth()).append("</text><text class=\"wd\" x=\"").append(x + dayWidth / 2)
                        .append("\" y=\"27\">").append(date.getDayOfWeek().getDisplayName(TextStyle.NARROW, Locale.ENGLISH))
                        .append("</text>");
            }
            html.append("<line class=\"dline\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(LANE_HEADER_HEIGHT - 4).append("\" y2=\"").append(height).append("\"/>");
        }
        html.append('\n');
        // Team rows: label, unavailable dates.
        for (RescueTeam t : laneTeams) {
            int y = LANE_HEADER_HEIGHT + row.get(t.id()) * LANE_ROW_HEIGHT;
            if (row.get(t.id()) % 2 == 1) {
                html.append("<rect class=\"alt\" x=\"0\" y=\"").append(y).append("\" width=\"").append(width)
                        .append("\" height=\"").append(LANE_ROW_HEIGHT).append("\"/>");
            }
            html.append("<text class=\"tl\" x=\"4\" y=\"").append(y + LANE_ROW_HEIGHT - 4).append("\"><title>")
                    .append(Html.escape(t.id() + " · " + t.name() + " · " + t.kind())).append("</title>")
                    .append(Html.escape(TextTable.clip(t.name() == null ? t.id() : t.name(), 38))).append("</text>");
            for (LocalDate off : new TreeSet<>(t.unavailable())) {
                if (horizon.contains(off)) {
                    int x = LANE_LABEL_WIDTH + (int) ChronoUnit.DAYS.between(horizon.start(), off) * dayWidth;
                    html.append("<rect class=\"na\" x=\"").append(x).append("\" y=\"").append(y + 1).append("\" width=\"")
                            .append(dayWidth).append("\" height=\"").append(LANE_ROW_HEIGHT - 2).append("\"/>");
                }
            }
        }
        html.append('\n');
        // Drill blocks.
        for (Assignment a : summary.held().values()) {
            DrillRequest d = drills.get(a.drill());
            int slot = horizon.slotIndex(a.slot());
            if (a.date() == null || !horizon.contains(a.date()) || slot < 0) {
                continue;
            }
            int x = LANE_LABEL_WIDTH + (int) ChronoUnit.DAYS.between(horizon.start(), a.date()) * dayWidth
                    + slot * slotWidth;
            int w = Math.min(Math.max(1, d.durationSlots()), slots - slot) * slotWidth;
            String tip = Html.escape(tooltip(d, a));
            for (TeamAssignment ta : a.teams()) {
                Integer r = row.get(ta.team());
                if (r == null) {
                    continue;
                }
                int y = LANE_HEADER_HEIGHT + r * LANE_ROW_HEIGHT + 2;
                html.append("<rect class=\"blk t-").append(d.type() == null ? "" : d.type().name()).append('"')
                        .append(filterAttributes(d)).append(" x=\"").append(x + 1).append("\" y=\"").append(y)
                        .append("\" width=\"").append(Math.max(1, w - 2)).append("\" height=\"")
                        .append(LANE_ROW_HEIGHT - 4).append("\" rx=\"2\"><title>").append(tip).append("</title></rect>");
            }
        }
        html.append("\n</svg></div>\n");
        legend();
        html.append("</section>\n");
    }

    // ------------------------------------------------------------------ tables

    private void unscheduledList() {
        html.append("<section id=\"unscheduled\">\n<h2>Unscheduled drills (").append(summary.unscheduled()).append(")</h2>\n");
        if (summary.leftOut().isEmpty()) {
            html.append("<p>Every drill is scheduled.</p>\n</section>\n");
            return;
        }
        html.append("<table><thead><tr><th>drill</th><th>unit</th><th>region</th><th>type</th><th class=\"num\">priority</th>")
                .append("<th>reason</th></tr></thead><tbody>\n");
        for (ScheduleSummary.LeftOut l : summary.leftOut()) {
            DrillRequest d = l.drill();
            html.append("<tr class=\"uns\"").append(filterAttributes(d)).append("><td>").append(Html.escape(d.id()))
                    .append("</td><td>").append(Html.escape(unitName(d))).append("</td><td>").append(Html.escape(regionName(d)))
                    .append("</td><td><i class=\"sw t-").append(d.type() == null ? "" : d.type().name()).append("\"></i>")
                    .append(d.type() == null ? "" : Html.escape(ConsoleSummary.typeName(d.type())))
                    .append("</td><td class=\"num\">").append(d.priority()).append("</td><td>").append(Html.escape(l.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</section>\n");
    }

    private void constraints(Explanation explanation, String failure) {
        html.append("<section id=\"constraints\">\n<h2>Constraint breakdown</h2>\n");
        if (explanation == null) {
            html.append("<p class=\"note\">Not available").append(failure == null ? "" : ": " + Html.escape(failure))
                    .append("</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"note\">Score ").append(explanation.score())
                .append(". Hard constraints are the rules of the format; medium counts what was left out; ")
                .append("soft are preferences.</p>\n");
        if (explanation.constraints().isEmpty()) {
            html.append("<p>No constraint matched.</p>\n</section>\n");
            return;
        }
        html.append("<table><thead><tr><th>constraint</th><th>level</th><th class=\"num\">penalty</th>")
                .append("<th class=\"num\">matches</th></tr></thead><tbody>\n");
        for (ConstraintTotal t : explanation.constraints()) {
            html.append("<tr class=\"lvl-").append(t.level().label()).append("\"><td>").append(Html.escape(t.name()))
                    .append("</td><td>").append(t.level().label()).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", t.penalty())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", t.matches())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</section>\n");
    }

    private void teamTable() {
        html.append("<section id=\"teams\">\n<h2>Team load</h2>\n<details><summary>")
                .append(problem.teams().size()).append(" teams: drills, days on duty and road km</summary>\n")
                .append("<table><thead><tr><th>team</th><th>name</th><th>kind</th><th>region</th><th class=\"num\">drills</th>")
                .append("<th class=\"num\">days</th><th class=\"num\">road km</th></tr></thead><tbody>\n");
        for (ScheduleSummary.TeamLoad l : summary.teamLoads()) {
            RescueTeam t = l.team();
            Region r = t.region() == null ? null : regions.get(t.region());
            html.append("<tr><td>").append(Html.escape(t.id())).append("</td><td>").append(Html.escape(t.name())).append("</td><td>")
                    .append(Html.escape(t.kind())).append("</td><td>").append(Html.escape(r == null ? t.region() : r.name()))
                    .append("</td><td class=\"num\">").append(l.drills()).append("</td><td class=\"num\">").append(l.days())
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,.0f", l.roadKm()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</details>\n</section>\n");
    }

    // ------------------------------------------------------------------ helpers

    private String unitName(DrillRequest d) {
        GrassrootsUnit u = d == null ? null : units.get(d.unit());
        return u == null ? (d == null ? "" : d.unit()) : u.name() == null ? u.id() : u.name();
    }

    private String regionName(DrillRequest d) {
        GrassrootsUnit u = units.get(d.unit());
        if (u == null || u.region() == null) {
            return "";
        }
        Region r = regions.get(u.region());
        return r == null || r.name() == null ? u.region() : r.name();
    }

    private static String typeStyles() {
        StringBuilder css = new StringBuilder();
        for (ExerciseType type : ExerciseType.values()) {
            String c = COLOR.get(type);
            css.append(".chip.t-").append(type.name()).append("{border-left-color:").append(c)
                    .append(";background:").append(c).append("1f}\n")
                    .append(".blk.t-").append(type.name()).append("{fill:").append(c).append("}\n")
                    .append(".sw.t-").append(type.name()).append("{background:").append(c).append("}\n");
        }
        return css.toString();
    }
}
