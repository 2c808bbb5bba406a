package io.drillplan.report;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Workload;
import io.drillplan.solver.ConstraintTotal;
import io.drillplan.solver.Explanation;
import io.drillplan.text.Html;
import io.drillplan.text.TextTable;
import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schedule as one self-contained HTML page: summary numbers, a calendar grid, a timeline lane
 * per team, a map of the units and team bases, filters by region and exercise type, the
 * unscheduled drills with their reasons, the constraint breakdown and the team load; in English
 * or Chinese.
 *
 * <p>The page needs no network: styles, script and graphics are inline, the map is drawn from the
 * coordinates of the problem as SVG (no tiles). Everything is rendered here, so the page reads
 * fine with scripts off; the script only filters, counts and recolours the map. For automated
 * checks it sets {@code data-script-errors}, {@code data-drills-shown} and
 * {@code data-map-shown} on {@code <body>} once it has run. No problem text ever goes inside a
 * {@code <script>}: all of it is HTML-escaped markup.
 */
public final class PlanReport {

    private static final Map<ExerciseType, String> COLOR = Map.of(
            ExerciseType.DIGITAL_DEDUCTION, "#2f6fb3",
            ExerciseType.ACTUAL_COMBAT_SIMULATION, "#d9822b",
            ExerciseType.COMPREHENSIVE_EXERCISE, "#c23b3b");
    private static final int LANE_LABEL_WIDTH = 250;
    private static final int LANE_ROW_HEIGHT = 16;
    private static final int LANE_HEADER_HEIGHT = 34;
    private static final int LANE_TARGET_WIDTH = 1080;

    private final ScheduleSummary summary;
    private final ReportText t;
    private final DrillProblem problem;
    private final Horizon horizon;
    private final Map<String, DrillRequest> drills;
    private final Map<String, GrassrootsUnit> units;
    private final Map<String, RescueTeam> teams;
    private final Map<String, Region> regions;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private PlanReport(ScheduleSummary summary, Locale locale) {
        this.summary = summary;
        this.t = ReportText.of(locale);
        this.problem = summary.problem();
        this.horizon = problem.horizon();
        this.drills = problem.drillsById();
        this.units = problem.unitsById();
        this.teams = problem.teamsById();
        this.regions = problem.regionsById();
    }

    /**
     * Writes the report page of a schedule.
     *
     * @param problem the problem, validated
     * @param schedule a schedule of it whose references are checked
     * @param explanation the score breakdown ({@code DrillPlanner.explain}), or {@code null} to
     *     leave the breakdown out
     * @param locale the language: Chinese for any {@code zh} locale, English otherwise
     * @param out where the page goes, as UTF-8 text; not closed
     * @throws IOException when {@code out} fails
     */
    public static void write(DrillProblem problem, Schedule schedule, Explanation explanation, Locale locale,
            Writer out) throws IOException {
        out.write(html(new ScheduleSummary(problem, schedule), explanation, null, locale));
    }

    /**
     * The report page as text.
     *
     * @param summary the schedule and its problem
     * @param explanation the score breakdown, or {@code null} when none could be computed
     * @param noExplanation why there is no breakdown, or {@code null}
     * @param locale the language: Chinese for any {@code zh} locale, English otherwise
     * @return the whole page
     */
    public static String html(ScheduleSummary summary, Explanation explanation, String noExplanation, Locale locale) {
        PlanReport r = new PlanReport(summary, locale);
        r.page(explanation, noExplanation);
        return r.html.toString();
    }

    private void page(Explanation explanation, String explainFailure) {
        String title = t.text("plan.title", problem.name());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(t.htmlLang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<script>\n").append(PageAssets.REPORT_ERRORS_JS).append("</script>\n")
                .append("<style>\n").append(PageAssets.REPORT_CSS).append(typeStyles()).append("</style>\n</head>\n")
                .append("<body data-drills-total=\"").append(summary.scheduled()).append("\">\n")
                .append("<header><h1>").append(Html.escape(problem.name())).append("</h1>\n")
                .append("<p class=\"sub\">").append(Html.escape(summary.schedule().score().isEmpty()
                        ? t.text("plan.subtitle", horizon.start().toString(), horizon.end().toString())
                        : t.text("plan.subtitle.score", horizon.start().toString(), horizon.end().toString(),
                                summary.schedule().score().get().toString())))
                .append("</p></header>\n<main>\n");
        cards(explanation);
        filters();
        calendar();
        lanes();
        new PlanMap(summary, t, this::filterAttributes, this::tooltip, html).section();
        unscheduledList();
        constraints(explanation, explainFailure);
        teamTable();
        html.append("</main>\n<footer>").append(Html.escape(t.text("plan.footer"))).append("</footer>\n")
                .append("<script>\n").append(PageAssets.REPORT_FILTERS_JS).append("</script>\n</body>\n</html>\n");
    }

    // ------------------------------------------------------------------ summary cards

    private void cards(Explanation explanation) {
        Boolean feasible = explanation != null ? Boolean.valueOf(explanation.feasible())
                : summary.schedule().score().map(Score::isFeasible).orElse(null);
        html.append("<section class=\"cards\">\n");
        card(feasible == null ? t.text("card.notScored") : feasible ? t.text("card.feasible") : t.text("card.infeasible"),
                feasible == null ? t.text("card.hardRules") : feasible ? t.text("card.noHardBroken")
                        : t.text("card.hardBroken"),
                feasible == null ? "" : feasible ? "ok" : "bad");
        card(summary.scheduled() + " / " + summary.drillsTotal(), t.text("card.scheduled"), "");
        card(String.valueOf(summary.unscheduled()), t.text("card.unscheduled"), summary.unscheduled() > 0 ? "warn" : "");
        card(String.valueOf(problem.units().size()), t.text("card.units"), "");
        card(String.valueOf(problem.teams().size()), t.text("card.teams"), "");
        card(t.text("card.km.value", String.format(Locale.ROOT, "%,.0f", summary.travelKm())), t.text("card.km"), "");
        html.append("<div class=\"card shown\"><b id=\"shown-count\">").append(summary.scheduled())
                .append("</b><span>").append(Html.escape(t.text("card.shown"))).append("</span></div>\n");
        html.append("</section>\n");
    }

    private void card(String value, String label, String cls) {
        html.append("<div class=\"card ").append(cls).append("\"><b>").append(Html.escape(value)).append("</b><span>")
                .append(Html.escape(label)).append("</span></div>\n");
    }

    // ------------------------------------------------------------------ filters

    private void filters() {
        html.append("<section class=\"filters\" aria-label=\"").append(Html.escape(t.text("filter.label")))
                .append("\">\n<label>").append(Html.escape(t.text("filter.region")))
                .append(" <select id=\"filter-region\"><option value=\"\">")
                .append(Html.escape(t.text("filter.allRegions"))).append("</option>");
        for (Map.Entry<Region, Integer> e : regionOptions().entrySet()) {
            html.append("<option value=\"").append(Html.escape(e.getKey().id())).append("\">")
                    .append("\u00a0\u00a0\u00a0".repeat(e.getValue()))
                    .append(Html.escape(e.getKey().name() == null ? e.getKey().id() : e.getKey().name())).append("</option>");
        }
        html.append("</select></label>\n<span class=\"types\">");
        for (ExerciseType type : ExerciseType.values()) {
            html.append("<label class=\"type-toggle\"><input type=\"checkbox\" name=\"type\" value=\"").append(type.name())
                    .append("\" checked><i class=\"sw t-").append(type.name()).append("\"></i>")
                    .append(Html.escape(t.type(type))).append(" <small>(")
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
        html.append("<section id=\"calendar\">\n<h2>").append(Html.escape(t.text("calendar.title"))).append("</h2>\n")
                .append("<p class=\"note\">").append(Html.escape(t.text("calendar.note"))).append("</p>\n")
                .append("<div class=\"grid\">\n");
        for (DayOfWeek dow : DayOfWeek.values()) {
            html.append("<div class=\"dow\">").append(Html.escape(t.weekday(dow))).append("</div>");
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
                    .append(Html.escape(cell.getDayOfMonth() == 1 || cell.equals(first)
                            ? t.text("calendar.monthDay", cell.getMonthValue(), cell.getDayOfMonth())
                            : String.valueOf(cell.getDayOfMonth())))
                    .append("</span>").append(horizon.holidays().contains(cell)
                            ? "<span class=\"hol\">" + Html.escape(t.text("calendar.holiday")) + "</span>" : "")
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
                    .append(Html.escape(t.type(type))).append("</span>");
        }
        html.append("</p>\n");
    }

    private String tooltip(DrillRequest d, Assignment a) {
        StringBuilder tip = new StringBuilder();
        tip.append(d.id()).append(" · ").append(t.type(d.type()));
        if (d.scenario() != null) {
            tip.append(" · ").append(d.scenario());
        }
        tip.append('\n').append(t.text("tip.unit", unitName(d), regionName(d)));
        tip.append('\n').append(a.date()).append(' ').append(a.start() == null ? a.slot() : a.start() + "–" + a.end());
        tip.append(" · ").append(t.text("tip.priority", d.priority()));
        if (d.participants() > 0) {
            tip.append(" · ").append(t.text("tip.participants", d.participants()));
        }
        for (TeamAssignment ta : a.teams()) {
            RescueTeam team = teams.get(ta.team());
            tip.append('\n').append(t.code("skill", ta.skill())).append(": ").append(team == null ? ta.team() : team.name());
        }
        return tip.toString();
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
        for (RescueTeam team : laneTeams) {
            row.putIfAbsent(team.id(), row.size());
        }
        html.append("<section id=\"lanes\">\n<h2>").append(Html.escape(t.text("lanes.title"))).append("</h2>\n")
                .append("<p class=\"note\">").append(Html.escape(t.text("lanes.note", slots))).append("</p>\n")
                .append("<div class=\"lanes-wrap\"><svg width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(t.text("lanes.title"))).append("\">\n");
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
                        .append("\" y=\"27\">").append(Html.escape(t.text("weekday.narrow." + date.getDayOfWeek().name())))
                        .append("</text>");
            }
            html.append("<line class=\"dline\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(LANE_HEADER_HEIGHT - 4).append("\" y2=\"").append(height).append("\"/>");
        }
        html.append('\n');
        // Team rows: label, unavailable dates.
        for (RescueTeam team : laneTeams) {
            int y = LANE_HEADER_HEIGHT + row.get(team.id()) * LANE_ROW_HEIGHT;
            if (row.get(team.id()) % 2 == 1) {
                html.append("<rect class=\"alt\" x=\"0\" y=\"").append(y).append("\" width=\"").append(width)
                        .append("\" height=\"").append(LANE_ROW_HEIGHT).append("\"/>");
            }
            html.append("<text class=\"tl\" x=\"4\" y=\"").append(y + LANE_ROW_HEIGHT - 4).append("\"><title>")
                    .append(Html.escape(team.id() + " · " + team.name() + " · " + t.code("teamKind", team.kind())))
                    .append("</title>")
                    .append(Html.escape(TextTable.clip(team.name() == null ? team.id() : team.name(), 38))).append("</text>");
            for (LocalDate off : new TreeSet<>(team.unavailable())) {
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
        html.append("<section id=\"unscheduled\">\n<h2>").append(Html.escape(t.text("unscheduled.title", summary.unscheduled())))
                .append("</h2>\n");
        if (summary.leftOut().isEmpty()) {
            html.append("<p>").append(Html.escape(t.text("unscheduled.none"))).append("</p>\n</section>\n");
            return;
        }
        header("col.drill", "col.unit", "col.region", "col.type", ">col.priority", "col.reason");
        for (ScheduleSummary.LeftOut l : summary.leftOut()) {
            DrillRequest d = l.drill();
            html.append("<tr class=\"uns\"").append(filterAttributes(d)).append("><td>").append(Html.escape(d.id()))
                    .append("</td><td>").append(Html.escape(unitName(d))).append("</td><td>").append(Html.escape(regionName(d)))
                    .append("</td><td><i class=\"sw t-").append(d.type() == null ? "" : d.type().name()).append("\"></i>")
                    .append(d.type() == null ? "" : Html.escape(t.type(d.type())))
                    .append("</td><td class=\"num\">").append(d.priority()).append("</td><td>")
                    .append(Html.escape(l.reason() == null ? t.text("unscheduled.noReason") : l.reason(t.locale())))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</section>\n");
    }

    /** A table's start and header row; a key starting with {@code >} is a numeric column. */
    private void header(String... keys) {
        html.append("<table><thead><tr>");
        for (String key : keys) {
            boolean numeric = key.startsWith(">");
            html.append(numeric ? "<th class=\"num\">" : "<th>").append(Html.escape(t.text(numeric ? key.substring(1) : key)))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
    }

    private void constraints(Explanation explanation, String failure) {
        html.append("<section id=\"constraints\">\n<h2>").append(Html.escape(t.text("constraints.title"))).append("</h2>\n");
        if (explanation == null) {
            html.append("<p class=\"note\">").append(Html.escape(failure == null ? t.text("constraints.none")
                    : t.text("constraints.noneBecause", failure))).append("</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"note\">").append(Html.escape(t.text("constraints.note", explanation.score().toString())))
                .append("</p>\n");
        if (explanation.constraints().isEmpty()) {
            html.append("<p>").append(Html.escape(t.text("constraints.noMatch"))).append("</p>\n</section>\n");
            return;
        }
        header("col.constraint", "col.level", ">col.penalty", ">col.matches");
        for (ConstraintTotal c : explanation.constraints()) {
            html.append("<tr class=\"lvl-").append(Html.escape(c.level().label())).append("\"><td>")
                    .append(Html.escape(t.code("constraint", c.name()))).append("</td><td>")
                    .append(Html.escape(t.code("level", c.level().label()))).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", c.penalty())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", c.matches())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</section>\n");
    }

    private void teamTable() {
        html.append("<section id=\"teams\">\n<h2>").append(Html.escape(t.text("teams.title"))).append("</h2>\n<details><summary>")
                .append(Html.escape(t.text("teams.summary", problem.teams().size()))).append("</summary>\n");
        header("col.team", "col.name", "col.kind", "col.region", ">col.drills", ">col.days", ">col.roadKm");
        for (Workload.TeamLoad l : summary.teamLoads()) {
            RescueTeam team = l.team();
            Region r = team.region() == null ? null : regions.get(team.region());
            html.append("<tr><td>").append(Html.escape(team.id())).append("</td><td>").append(Html.escape(team.name()))
                    .append("</td><td>").append(Html.escape(t.code("teamKind", team.kind()))).append("</td><td>")
                    .append(Html.escape(r == null ? team.region() : r.name()))
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

    /** The colour of each exercise type; shared by the calendar, the lanes and the map. */
    static String colour(ExerciseType type) {
        return COLOR.get(type);
    }

    private static String typeStyles() {
        StringBuilder css = new StringBuilder();
        for (ExerciseType type : ExerciseType.values()) {
            String c = COLOR.get(type);
            css.append(".chip.t-").append(type.name()).append("{border-left-color:").append(c)
                    .append(";background:").append(c).append("1f}\n")
                    .append(".blk.t-").append(type.name()).append(",.mk.t-").append(type.name()).append("{fill:")
                    .append(c).append("}\n")
                    .append(".sw.t-").append(type.name()).append("{background:").append(c).append("}\n");
        }
        return css.toString();
    }

    /** Ids of the teams of an assignment, for the map's team bases. */
    static Set<String> teamIds(Assignment a) {
        Set<String> ids = new LinkedHashSet<>();
        a.teams().forEach(ta -> ids.add(ta.team()));
        return ids;
    }
}
