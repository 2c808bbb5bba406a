package io.drillplan.report;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.TeamAssignment;
import io.drillplan.solver.DrillChange;
import io.drillplan.text.Html;
import io.drillplan.text.TextTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a re-plan changed against the published version, for the people who must be told: every
 * drill moved, given other teams, dropped or added, then per team and per unit the list of its
 * notices. Plain text for the terminal and a file, or a single HTML page, in English or Chinese.
 *
 * @param name the problem's name
 * @param today the day the re-plan starts
 * @param changes the drills that differ, in the order of {@link DrillChange#between}
 * @param stabilityCost the re-plan's stability cost
 * @param before the problem as published (names of cancelled drills and their units)
 * @param after the changed problem (names of added drills)
 * @param cancelled drills called off by the changes, reported as cancelled rather than dropped
 */
public record ChangeReport(String name, LocalDate today, List<DrillChange> changes, long stabilityCost,
        DrillProblem before, DrillProblem after, Set<String> cancelled) {

    /**
     * Copies the collections.
     *
     * @param name the problem's name
     * @param today the day the re-plan starts
     * @param changes the drills that differ, in the order of {@link DrillChange#between}
     * @param stabilityCost the re-plan's stability cost
     * @param before the problem as published
     * @param after the changed problem
     * @param cancelled drills called off by the changes
     */
    public ChangeReport {
        changes = List.copyOf(changes);
        cancelled = Set.copyOf(cancelled);
    }

    /**
     * One line a team or unit must be told.
     *
     * @param drill the drill's id
     * @param text the notice
     */
    public record Notice(String drill, String text) {}

    /**
     * The notices per team.
     *
     * @param locale the language
     * @return per team id, teams in id order, the notices in change order
     */
    public Map<String, List<Notice>> byTeam(Locale locale) {
        ReportText t = ReportText.of(locale);
        Map<String, List<Notice>> byTeam = new TreeMap<>();
        for (DrillChange c : changes) {
            for (String team : c.teams()) {
                byTeam.computeIfAbsent(team, k -> new ArrayList<>()).add(new Notice(c.drill(), teamText(t, c, team)));
            }
        }
        return byTeam;
    }

    /**
     * The notices per unit.
     *
     * @param locale the language
     * @return per unit id, units in id order, the notices in change order
     */
    public Map<String, List<Notice>> byUnit(Locale locale) {
        ReportText t = ReportText.of(locale);
        Map<String, List<Notice>> byUnit = new TreeMap<>();
        for (DrillChange c : changes) {
            DrillRequest drill = drill(c.drill());
            if (drill != null) {
                byUnit.computeIfAbsent(drill.unit(), u -> new ArrayList<>()).add(new Notice(c.drill(), describe(t, c)));
            }
        }
        return byUnit;
    }

    /** {@return how many changes of each kind, in the order of the kinds} */
    public Map<DrillChange.Kind, Integer> counts() {
        Map<DrillChange.Kind, Integer> counts = new EnumMap<>(DrillChange.Kind.class);
        for (DrillChange.Kind k : DrillChange.Kind.values()) {
            counts.put(k, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    /**
     * The first line of the report.
     *
     * @param locale the language
     * @return how many drills changed, by kind, and the stability cost
     */
    public String headline(Locale locale) {
        Map<DrillChange.Kind, Integer> n = counts();
        return ReportText.of(locale).text("changes.headline", name, today.toString(), changes.size(),
                n.get(DrillChange.Kind.MOVED), n.get(DrillChange.Kind.TEAMS_CHANGED), n.get(DrillChange.Kind.DROPPED),
                n.get(DrillChange.Kind.ADDED), String.valueOf(stabilityCost));
    }

    /**
     * The report as plain text, for a terminal or a file.
     *
     * @param locale the language
     * @return the text, lines ending in the platform's line separator
     */
    public String text(Locale locale) {
        ReportText t = ReportText.of(locale);
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        out.println(headline(locale));
        if (changes.isEmpty()) {
            out.println(t.text("changes.nothing"));
            out.flush();
            return buffer.toString();
        }
        out.println();
        out.println(t.text("changes.drills") + ":");
        TextTable table = new TextTable(t.text("changes.col.drill"), t.text("changes.col.unit"),
                t.text("changes.col.change"), t.text("changes.col.was"), t.text("changes.col.now"));
        for (DrillChange c : changes) {
            DrillRequest d = drill(c.drill());
            table.row(c.drill(), d == null ? "" : d.unit(), kindText(t, c), when(c.before()), c.after() != null
                    ? when(c.after()) : c.reason(t.locale()));
        }
        table.print(out, "  ");
        out.println();
        out.println(t.text("changes.teams") + ":");
        byTeam(locale).forEach((team, notices) -> {
            out.println("  " + team + " " + teamName(team) + ":");
            notices.forEach(n -> out.println("    - " + n.text()));
        });
        out.println();
        out.println(t.text("changes.units") + ":");
        byUnit(locale).forEach((unit, notices) -> {
            out.println("  " + unit + " " + unitName(unit) + ":");
            notices.forEach(n -> out.println("    - " + n.text()));
        });
        out.flush();
        return buffer.toString();
    }

    /**
     * The report as one HTML page that needs no network.
     *
     * @param locale the language
     * @return the page
     */
    public String html(Locale locale) {
        ReportText t = ReportText.of(locale);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.htmlLang()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(t.text("changes.title", name, today.toString()))).append("</title>\n<style>\n")
                .append(PageAssets.CHANGES_CSS).append("</style></head><body>\n<h1>")
                .append(Html.escape(headline(locale))).append("</h1>\n");
        h.append("<h2>").append(Html.escape(t.text("changes.drills"))).append("</h2>\n<table><tr>");
        for (String column : List.of("drill", "unit", "change", "was", "now")) {
            h.append("<th>").append(Html.escape(t.text("changes.col." + column))).append("</th>");
        }
        h.append("</tr>\n");
        for (DrillChange c : changes) {
            DrillRequest d = drill(c.drill());
            h.append("<tr><td>").append(Html.escape(c.drill())).append("</td><td>")
                    .append(Html.escape(d == null ? "" : d.unit() + " " + unitName(d.unit()))).append("</td><td>")
                    .append(Html.escape(kindText(t, c))).append("</td><td>").append(Html.escape(when(c.before())))
                    .append("</td><td>").append(Html.escape(c.after() != null ? when(c.after()) : c.reason(t.locale())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>").append(Html.escape(t.text("changes.teams"))).append("</h2>\n");
        byTeam(locale).forEach((team, notices) -> list(h, team + " " + teamName(team), notices));
        h.append("<h2>").append(Html.escape(t.text("changes.units"))).append("</h2>\n");
        byUnit(locale).forEach((unit, notices) -> list(h, unit + " " + unitName(unit), notices));
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void list(StringBuilder h, String owner, List<Notice> notices) {
        h.append("<h3>").append(Html.escape(owner)).append("</h3>\n<ul>\n");
        notices.forEach(n -> h.append("<li>").append(Html.escape(n.text())).append("</li>\n"));
        h.append("</ul>\n");
    }

    private String kindText(ReportText t, DrillChange c) {
        return switch (c.kind()) {
            case MOVED -> t.text("changes.kind.moved");
            case TEAMS_CHANGED -> t.text("changes.kind.teams");
            case DROPPED -> cancelled.contains(c.drill()) ? t.text("changes.kind.cancelled") : t.text("changes.kind.dropped");
            case ADDED -> t.text("changes.kind.added");
        };
    }

    /** The notice for one drill, as its unit reads it. */
    private String describe(ReportText t, DrillChange c) {
        String type = typeOf(t, c.drill());
        return switch (c.kind()) {
            case MOVED -> t.text("changes.unit.moved", c.drill(), type, when(c.before()), when(c.after()))
                    + teamsClause(t, c.after());
            case TEAMS_CHANGED -> t.text("changes.unit.teams", c.drill(), type, when(c.after()), teams(c.after()),
                    teams(c.before()));
            case DROPPED -> cancelled.contains(c.drill())
                    ? t.text("changes.unit.cancelled", c.drill(), type, when(c.before()))
                    : t.text("changes.unit.dropped", c.drill(), type, when(c.before()), c.reason(t.locale()));
            case ADDED -> t.text("changes.unit.added", c.drill(), type, when(c.after())) + teamsClause(t, c.after());
        };
    }

    /** The notice for one drill, as one of its teams reads it: whether it still guides it. */
    private String teamText(ReportText t, DrillChange c, String team) {
        boolean was = c.before() != null && guides(c.before(), team);
        boolean is = c.after() != null && guides(c.after(), team);
        String at = t.text("changes.team.at", c.drill(), unitOf(c.drill()));
        if (was && !is && c.after() != null) {
            return t.text("changes.team.lost", at, when(c.before()), when(c.after()), teams(c.after()));
        }
        if (!was && is && c.before() != null) {
            return t.text("changes.team.gained", at, when(c.after()));
        }
        return describe(t, c).replaceFirst("^" + java.util.regex.Pattern.quote(c.drill()),
                java.util.regex.Matcher.quoteReplacement(at));
    }

    private static boolean guides(Assignment a, String team) {
        return a.teams().stream().anyMatch(t -> t.team().equals(team));
    }

    private static String teamsClause(ReportText t, Assignment a) {
        return a.teams().isEmpty() ? "" : t.text("changes.with", teams(a));
    }

    private static String teams(Assignment a) {
        return a.teams().stream().map(TeamAssignment::team).collect(Collectors.joining(", "));
    }

    /**
     * When an assignment takes place, as the report writes it.
     *
     * @param a an assignment, or {@code null}
     * @return its date and slot, {@code -} for none
     */
    public static String when(Assignment a) {
        return a == null ? "-" : a.date() + " " + a.slot();
    }

    private DrillRequest drill(String id) {
        return after.drill(id).or(() -> before.drill(id)).orElse(null);
    }

    private String typeOf(ReportText t, String drillId) {
        DrillRequest d = drill(drillId);
        return t.type(d == null ? null : d.type());
    }

    private String unitOf(String drillId) {
        DrillRequest d = drill(drillId);
        return d == null ? "?" : d.unit();
    }

    private String teamName(String id) {
        return after.team(id).or(() -> before.team(id)).map(RescueTeam::name).orElse("");
    }

    private String unitName(String id) {
        return after.unit(id).or(() -> before.unit(id)).map(GrassrootsUnit::name).orElse("");
    }
}
