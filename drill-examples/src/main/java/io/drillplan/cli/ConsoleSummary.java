package io.drillplan.cli;

import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.report.ScheduleSummary;
import io.drillplan.text.TextTable;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The end-of-plan summary printed on stdout: counts, team load, travel and what was left out. */
final class ConsoleSummary {

    /** Above this many teams only the busiest are listed; the HTML report lists them all. */
    static final int TEAMS_LISTED = 15;
    /** Unscheduled drills listed before "... and N more". */
    static final int UNSCHEDULED_LISTED = 20;
    /** Reasons can run to several clauses; wrapped, they stay readable in an 80-100 column terminal. */
    static final int REASON_WIDTH = 90;

    private ConsoleSummary() {}

    static void print(PrintWriter out, ScheduleSummary s) {
        out.printf("Scheduled %d of %d drills; %d unscheduled.%n", s.scheduled(), s.drillsTotal(), s.unscheduled());
        out.println();
        TextTable types = new TextTable("exercise type", ">scheduled", ">unscheduled");
        for (Map.Entry<ExerciseType, int[]> e : s.byType().entrySet()) {
            types.row(typeName(e.getKey()), e.getValue()[0], e.getValue()[1]);
        }
        types.print(out, "  ");
        out.println();
        TextTable priorities = new TextTable("priority", ">scheduled", ">unscheduled");
        for (Map.Entry<Integer, int[]> e : s.byPriority().entrySet()) {
            priorities.row(priorityName(e.getKey()), e.getValue()[0], e.getValue()[1]);
        }
        priorities.print(out, "  ");
        out.println();
        printTeams(out, s);
        out.println();
        out.printf(Locale.ROOT, "Travel: %,.0f road km from team bases to drill sites (one trip per team and drill).%n",
                s.travelKm());
        printLeftOut(out, s);
    }

    private static void printTeams(PrintWriter out, ScheduleSummary s) {
        List<ScheduleSummary.TeamLoad> loads = s.teamLoads();
        if (loads.isEmpty()) {
            out.println("Team load: the problem has no teams.");
            return;
        }
        int max = loads.stream().mapToInt(ScheduleSummary.TeamLoad::drills).max().orElse(0);
        double mean = loads.stream().mapToInt(ScheduleSummary.TeamLoad::drills).average().orElse(0);
        long idle = loads.stream().filter(l -> l.drills() == 0).count();
        out.printf(Locale.ROOT, "Team load: %d teams, %.1f drills per team on average, at most %d; %d without drills.%n",
                loads.size(), mean, max, idle);
        List<ScheduleSummary.TeamLoad> listed = loads;
        if (loads.size() > TEAMS_LISTED) {
            listed = loads.stream()
                    .sorted(Comparator.comparingInt(ScheduleSummary.TeamLoad::drills).reversed()
                            .thenComparing(l -> l.team().id()))
                    .limit(TEAMS_LISTED)
                    .toList();
            out.printf("The %d busiest (every team is in the HTML report):%n", TEAMS_LISTED);
        }
        TextTable table = new TextTable("team", "name", "kind", ">drills", ">days", ">road km");
        for (ScheduleSummary.TeamLoad l : listed) {
            table.row(l.team().id(), TextTable.clip(l.team().name(), 40), l.team().kind(), l.drills(), l.days(),
                    String.format(Locale.ROOT, "%,.0f", l.roadKm()));
        }
        table.print(out, "  ");
    }

    private static void printLeftOut(PrintWriter out, ScheduleSummary s) {
        if (s.leftOut().isEmpty()) {
            out.println("Every drill is scheduled.");
            return;
        }
        out.println();
        out.printf("Unscheduled drills (%d), with what blocked them:%n", s.unscheduled());
        for (ScheduleSummary.LeftOut l : s.leftOut().subList(0, Math.min(UNSCHEDULED_LISTED, s.leftOut().size()))) {
            DrillRequest d = l.drill();
            String unit = s.problem().unit(d.unit()).map(u -> u.name()).orElse(d.unit());
            out.printf("  %s: %s at %s, priority %d%n", d.id(), d.type() == null ? "drill" : typeName(d.type()), unit,
                    d.priority());
            wrap(l.reason() == null ? "not in the schedule" : l.reason(), REASON_WIDTH).forEach(line -> out.println("      " + line));
        }
        if (s.leftOut().size() > UNSCHEDULED_LISTED) {
            out.printf("  ... and %d more%n", s.leftOut().size() - UNSCHEDULED_LISTED);
        }
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word gets its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** An exercise type as planners say it: "digital deduction". */
    static String typeName(ExerciseType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String priorityName(int priority) {
        return switch (priority) {
            case 5 -> "5 (highest)";
            case 1 -> "1 (lowest)";
            default -> String.valueOf(priority);
        };
    }
}
