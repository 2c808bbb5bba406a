package io.drillplan.cli;

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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a re-plan changed against the published version, for the people who must be told: every
 * drill moved, given other teams, dropped or added, then per team and per unit the list of its
 * notices. Plain text for the terminal and a file, or a single HTML page.
 *
 * @param name the problem's name
 * @param today the day the re-plan starts
 * @param changes the drills that differ, in the order of {@link DrillChange#between}
 * @param stabilityCost the re-plan's stability cost
 * @param before the problem as published (names of cancelled drills and their units)
 * @param after the changed problem (names of added drills)
 * @param cancelled drills called off by the changes, reported as cancelled rather than dropped
 */
record ChangeReport(String name, LocalDate today, List<DrillChange> changes, long stabilityCost,
        DrillProblem before, DrillProblem after, Set<String> cancelled) {

    /** One line a team or unit must be told. */
    record Notice(String drill, String text) {}

    /** The notices per team id, teams in id order, each list in change order. */
    Map<String, List<Notice>> byTeam() {
        Map<String, List<Notice>> byTeam = new TreeMap<>();
        for (DrillChange c : changes) {
            for (String team : c.teams()) {
                byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(new Notice(c.drill(), teamText(c, team)));
            }
        }
        return byTeam;
    }

    /** The notices per unit id, units in id order. */
    Map<String, List<Notice>> byUnit() {
        Map<String, List<Notice>> byUnit = new TreeMap<>();
        for (DrillChange c : changes) {
            DrillRequest drill = drill(c.drill());
            if (drill != null) {
                byUnit.computeIfAbsent(drill.unit(), u -> new ArrayList<>()).add(new Notice(c.drill(), describe(c)));
            }
        }
        return byUnit;
    }

    /** How many changes of each kind, in the order of the kinds. */
    Map<DrillChange.Kind, Integer> counts() {
        Map<DrillChange.Kind, Integer> counts = new EnumMap<>(DrillChange.Kind.class);
        for (DrillChange.Kind k : DrillChange.Kind.values()) {
            counts.put(k, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    String headline() {
        Map<DrillChange.Kind, Integer> n = counts();
        return String.format("Re-plan of %s from %s: %d drills changed (%d moved, %d with other teams, %d dropped, "
                + "%d added); stability cost %d", name, today, changes.size(), n.get(DrillChange.Kind.MOVED),
                n.get(DrillChange.Kind.TEAMS_CHANGED), n.get(DrillChange.Kind.DROPPED), n.get(DrillChange.Kind.ADDED),
                stabilityCost);
    }

    /** The report as plain text. */
    String text() {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        out.println(headline());
        if (changes.isEmpty()) {
            out.println("Nothing changed: nobody needs to be told anything.");
            out.flush();
            return buffer.toString();
        }
        out.println();
        out.println("Drills that changed:");
        TextTable table = new TextTable("drill", "unit", "change", "was", "now");
        for (DrillChange c : changes) {
            DrillRequest d = drill(c.drill());
            table.row(c.drill(), d == null ? "" : d.unit(), kindText(c), when(c.before()), c.after() != null
                    ? when(c.after()) : c.reason());
        }
        table.print(out, "  ");
        out.println();
        out.println("What each team must be told:");
        byTeam().forEach((team, notices) -> {
            out.println("  " + team + " " + teamName(team) + ":");
            notices.forEach(n -> out.println("    - " + n.text()));
        });
        out.println();
        out.println("What each unit must be told:");
        byUnit().forEach((unit, notices) -> {
            out.println("  " + unit + " " + unitName(unit) + ":");
            notices.forEach(n -> out.println("    - " + n.text()));
        });
        out.flush();
        return buffer.toString();
    }

    /** The report as one HTML page that needs no network. */
    String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape("Changes: " + name + " from " + today)).append("</title>\n<style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}")
                .append("h2{margin-top:1.5em}</style></head><body>\n<h1>")
                .append(Html.escape(headline())).append("</h1>\n");
        h.append("<h2>Drills that changed</h2>\n<table><tr><th>drill</th><th>unit</th><th>change</th><th>was</th>"
                + "<th>now</th></tr>\n");
        for (DrillChange c : changes) {
            DrillRequest d = drill(c.drill());
            h.append("<tr><td>").append(Html.escape(c.drill())).append("</td><td>")
                    .append(Html.escape(d == null ? "" : d.unit() + " " + unitName(d.unit()))).append("</td><td>")
                    .append(Html.escape(kindText(c))).append("</td><td>").append(Html.escape(when(c.before())))
                    .append("</td><td>").append(Html.escape(c.after() != null ? when(c.after()) : c.reason()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>What each team must be told</h2>\n");
        byTeam().forEach((team, notices) -> list(h, team + " " + teamName(team), notices));
        h.append("<h2>What each unit must be told</h2>\n");
        byUnit().forEach((unit, notices) -> list(h, unit + " " + unitName(unit), notices));
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void list(StringBuilder h, String owner, List<Notice> notices) {
        h.append("<h3>").append(Html.escape(owner)).append("</h3>\n<ul>\n");
        notices.forEach(n -> h.append("<li>").append(Html.escape(n.text())).append("</li>\n"));
        h.append("</ul>\n");
    }

    private String kindText(DrillChange c) {
        return switch (c.kind()) {
            case MOVED -> "moved";
            case TEAMS_CHANGED -> "other teams";
            case DROPPED -> cancelled.contains(c.drill()) ? "cancelled" : "dropped";
            case ADDED -> "added";
        };
    }

    /** The notice for one drill, as its unit reads it. */
    private String describe(DrillChange c) {
        String what = c.drill() + " (" + typeOf(c.drill()) + ")";
        return switch (c.kind()) {
            case MOVED -> what + " moves from " + when(c.before()) + " to " + when(c.after())
                    + teamsClause(c.after());
            case TEAMS_CHANGED -> what + " stays on " + when(c.after()) + "; teams now " + teams(c.after())
                    + " (were " + teams(c.before()) + ")";
            case DROPPED -> what + (cancelled.contains(c.drill()) ? " on " + when(c.before()) + " is cancelled"
                    : " on " + when(c.before()) + " is dropped: " + c.reason());
            case ADDED -> what + " is added on " + when(c.after()) + teamsClause(c.after());
        };
    }

    /** The notice for one drill, as one of its teams reads it: whether it still guides it. */
    private String teamText(DrillChange c, String team) {
        boolean was = c.before() != null && guides(c.before(), team);
        boolean is = c.after() != null && guides(c.after(), team);
        if (was && !is && c.after() != null) {
            return c.drill() + " at " + unitOf(c.drill()) + ": no longer yours (was " + when(c.before()) + ", now "
                    + when(c.after()) + " with " + teams(c.after()) + ")";
        }
        if (!was && is && c.before() != null) {
            return c.drill() + " at " + unitOf(c.drill()) + ": now yours, " + when(c.after());
        }
        return describe(c).replaceFirst("^" + java.util.regex.Pattern.quote(c.drill()),
                java.util.regex.Matcher.quoteReplacement(c.drill() + " at " + unitOf(c.drill())));
    }

    private static boolean guides(Assignment a, String team) {
        return a.teams().stream().anyMatch(t -> t.team().equals(team));
    }

    private static String teamsClause(Assignment a) {
        return a.teams().isEmpty() ? "" : " with " + teams(a);
    }

    private static String teams(Assignment a) {
        return a.teams().stream().map(TeamAssignment::team).collect(Collectors.joining(", "));
    }

    static String when(Assignment a) {
        return a == null ? "-" : a.date() + " " + a.slot();
    }

    private DrillRequest drill(String id) {
        return after.drill(id).or(() -> before.drill(id)).orElse(null);
    }

    private String typeOf(String drillId) {
        DrillRequest d = drill(drillId);
        return d == null || d.type() == null ? "drill" : ConsoleSummary.typeName(d.type());
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
