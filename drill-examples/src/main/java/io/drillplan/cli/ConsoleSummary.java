package io.drillplan.cli;

import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.Workload;
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

    static void print(PrintWriter out, ScheduleSummary s, Messages text) {
        out.println(text.text("summary.scheduled", s.scheduled(), s.drillsTotal(), s.unscheduled()));
        out.println();
        String scheduled = ">" + text.text("summary.col.scheduled");
        String unscheduled = ">" + text.text("summary.col.unscheduled");
        TextTable types = new TextTable(text.text("summary.col.type"), scheduled, unscheduled);
        for (Map.Entry<ExerciseType, int[]> e : s.byType().entrySet()) {
            types.row(typeName(e.getKey(), text), e.getValue()[0], e.getValue()[1]);
        }
        types.print(out, "  ");
        out.println();
        TextTable priorities = new TextTable(text.text("summary.col.priority"), scheduled, unscheduled);
        for (Map.Entry<Integer, int[]> e : s.byPriority().entrySet()) {
            priorities.row(priorityName(e.getKey(), text), e.getValue()[0], e.getValue()[1]);
        }
        priorities.print(out, "  ");
        out.println();
        printTeams(out, s, text);
        out.println();
        out.println(text.text("summary.travel", String.format(Locale.ROOT, "%,.0f", s.travelKm())));
        printLeftOut(out, s, text);
    }

    private static void printTeams(PrintWriter out, ScheduleSummary s, Messages text) {
        List<Workload.TeamLoad> loads = s.teamLoads();
        if (loads.isEmpty()) {
            out.println(text.text("summary.noTeams"));
            return;
        }
        int max = loads.stream().mapToInt(Workload.TeamLoad::drills).max().orElse(0);
        double mean = loads.stream().mapToInt(Workload.TeamLoad::drills).average().orElse(0);
        long idle = loads.stream().filter(l -> l.drills() == 0).count();
        out.println(text.text("summary.teamLoad", loads.size(), String.format(Locale.ROOT, "%.1f", mean), max, idle));
        List<Workload.TeamLoad> listed = loads;
        if (loads.size() > TEAMS_LISTED) {
            listed = loads.stream()
                    .sorted(Comparator.comparingInt(Workload.TeamLoad::drills).reversed()
                            .thenComparing(l -> l.team().id()))
                    .limit(TEAMS_LISTED)
                    .toList();
            out.println(text.text("summary.busiest", TEAMS_LISTED));
        }
        TextTable table = new TextTable(text.text("summary.col.team"), text.text("summary.col.name"),
                text.text("summary.col.kind"), ">" + text.text("summary.col.drills"), ">" + text.text("summary.col.days"),
                ">" + text.text("summary.col.roadKm"));
        for (Workload.TeamLoad l : listed) {
            table.row(l.team().id(), TextTable.clip(l.team().name(), 40), l.team().kind(), l.drills(), l.days(),
                    String.format(Locale.ROOT, "%,.0f", l.roadKm()));
        }
        table.print(out, "  ");
    }

    private static void printLeftOut(PrintWriter out, ScheduleSummary s, Messages text) {
        if (s.leftOut().isEmpty()) {
            out.println(text.text("summary.allScheduled"));
            return;
        }
        out.println();
        out.println(text.text("summary.unscheduledHeading", s.unscheduled()));
        for (ScheduleSummary.LeftOut l : s.leftOut().subList(0, Math.min(UNSCHEDULED_LISTED, s.leftOut().size()))) {
            DrillRequest d = l.drill();
            String unit = s.problem().unit(d.unit()).map(u -> u.name()).orElse(d.unit());
            out.println(text.text("summary.unscheduledDrill", d.id(),
                    d.type() == null ? text.text("summary.drill") : typeName(d.type(), text), unit, d.priority()));
            String reason = l.reason(text.language().locale());
            wrap(reason, REASON_WIDTH).forEach(line -> out.println("      " + line));
        }
        if (s.leftOut().size() > UNSCHEDULED_LISTED) {
            out.println(text.text("summary.more", s.leftOut().size() - UNSCHEDULED_LISTED));
        }
    }

    /**
     * Words of {@code text} in lines of at most {@code width} characters (a longer word gets its
     * own line); a Chinese character takes two columns, and Chinese text without spaces breaks
     * between any two of its characters.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        int columns = 0;
        for (String word : words(text)) {
            int w = TextTable.displayWidth(word);
            if (line.length() > 0 && columns + (space(line, word) ? 1 : 0) + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                columns = 0;
            }
            if (line.length() > 0 && space(line, word)) {
                line.append(' ');
                columns++;
            }
            line.append(word);
            columns += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Whether a space goes between the line so far and {@code word}: not next to a Chinese character. */
    private static boolean space(StringBuilder line, String word) {
        return !wide(line.codePointBefore(line.length())) && !wide(word.codePointAt(0));
    }

    /** The words of {@code text}: runs between spaces, each Chinese character a word of its own. */
    private static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        for (String run : text.strip().split("\\s+")) {
            StringBuilder plain = new StringBuilder();
            run.codePoints().forEach(cp -> {
                if (wide(cp)) {
                    if (plain.length() > 0) {
                        words.add(plain.toString());
                        plain.setLength(0);
                    }
                    words.add(Character.toString(cp));
                } else {
                    plain.appendCodePoint(cp);
                }
            });
            if (plain.length() > 0) {
                words.add(plain.toString());
            }
        }
        return words;
    }

    private static boolean wide(int codePoint) {
        return TextTable.displayWidth(Character.toString(codePoint)) == 2;
    }

    /** An exercise type as planners say it: "digital deduction". */
    static String typeName(ExerciseType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** An exercise type in the language of {@code text}. */
    static String typeName(ExerciseType type, Messages text) {
        return text.text("type." + type.name());
    }

    static String priorityName(int priority, Messages text) {
        return switch (priority) {
            case 5 -> text.text("summary.priorityHighest");
            case 1 -> text.text("summary.priorityLowest");
            default -> String.valueOf(priority);
        };
    }
}
