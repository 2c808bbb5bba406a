package io.drillplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Excerpt;
import io.drillplan.model.TeamAssignment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code drillplan-changes/1} file says about which drills took place, as {@code drill
 * summary} needs it: the {@code drillCancelled}, {@code drillHeld} and {@code drillNotHeld}
 * entries. The other entries (a team away, a unit closed, a drill added) change the plan, not
 * what was held, and are checked for their type only; their effect reaches the summary through
 * the re-planned schedule.
 *
 * @param file where it was read from
 * @param changes the entries that say whether a drill was held, in file order
 */
record ChangesFile(Path file, List<Change> changes) {

    /** The format tag of a changes file. */
    static final String FORMAT = "drillplan-changes/1";

    /** The six types of the format. */
    static final List<String> TYPES = List.of("teamAway", "unitClosed", "drillCancelled", "drillAdded", "drillHeld",
            "drillNotHeld");

    /** Copies the list. */
    ChangesFile {
        changes = List.copyOf(changes);
    }

    /**
     * One entry about a drill.
     *
     * @param index its position in {@code changes}
     * @param type {@code drillCancelled}, {@code drillHeld} or {@code drillNotHeld}
     * @param drill the drill's id
     * @param date when a held drill took place, else null
     * @param slot its slot when given, else null
     * @param teams its teams when given, else null
     */
    record Change(int index, String type, String drill, LocalDate date, String slot, List<TeamAssignment> teams) {}

    /**
     * Reads {@code file} and checks it against {@code problem}.
     *
     * @throws BadInputException naming the file, the entry and the value of every defect
     */
    static ChangesFile read(Path file, DrillProblem problem, SheetLabels labels) {
        JsonNode root;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > DrillFormat.MAX_DOCUMENT_BYTES) {
                throw new BadInputException(labels.text("changes.unreadable", file.toString(),
                        "larger than " + DrillFormat.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB"));
            }
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? file.toString()
                    : file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new BadInputException(labels.text("changes.malformed", where, Excerpt.of(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new BadInputException(labels.text("changes.unreadable", file.toString(), OutputFiles.reason(e)));
        }
        String source = file.toString();
        JsonNode format = root == null ? null : root.get("format");
        if (format == null || !FORMAT.equals(format.asText(null))) {
            throw new BadInputException(labels.text("changes.notChanges", source,
                    format == null || format.isNull() ? "nothing" : Excerpt.quote(format.toString())));
        }
        JsonNode list = root.get("changes");
        if (list == null || !list.isArray()) {
            throw new BadInputException(labels.text("changes.noList", source));
        }
        List<String> problems = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<String, ?> drills = problem.drillsById();
        Map<String, ?> teams = problem.teamsById();
        Set<String> added = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String type = text(entry, "type");
            if (type == null || !TYPES.contains(type)) {
                problems.add(labels.text("changes.unknownType", source, i, Excerpt.quote(type)));
                continue;
            }
            if (type.equals("drillAdded")) {
                String id = text(entry.get("request"), "id");
                if (id != null) {
                    added.add(id);
                }
                continue;
            }
            if (!type.startsWith("drill")) {
                continue;
            }
            String drill = text(entry, "drill");
            if (drill == null) {
                problems.add(labels.text("changes.missingField", source, i, "drill"));
                continue;
            }
            if (added.contains(drill)) {
                // A drill added after publication is in no schedule the summary reads.
                continue;
            }
            if (!drills.containsKey(drill)) {
                problems.add(labels.text("changes.unknownDrill", source, i, Excerpt.quote(drill)));
                continue;
            }
            LocalDate date = null;
            List<TeamAssignment> crew = null;
            if (type.equals("drillHeld")) {
                date = date(entry, i, source, problem, labels, problems);
                crew = teams(entry, i, source, teams.keySet(), labels, problems);
            }
            changes.add(new Change(i, type, drill, date, type.equals("drillHeld") ? text(entry, "slot") : null, crew));
        }
        if (!problems.isEmpty()) {
            // Each line names the file already; a long list is cut as the other inputs' are.
            List<String> shown = new ArrayList<>(problems.stream().limit(InputFiles.MAX_LISTED).toList());
            if (problems.size() > InputFiles.MAX_LISTED) {
                shown.add(source + ": ... " + (problems.size() - InputFiles.MAX_LISTED) + " more");
            }
            throw new BadInputException(shown);
        }
        return new ChangesFile(file, changes);
    }

    private static LocalDate date(JsonNode entry, int i, String source, DrillProblem problem, SheetLabels labels,
            List<String> problems) {
        String text = text(entry, "date");
        if (text == null) {
            problems.add(labels.text("changes.missingField", source, i, "date"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (problem.horizon().contains(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(labels.text("changes.badDate", source, i, Excerpt.quote(text), problem.horizon().start().toString(),
                problem.horizon().end().toString()));
        return null;
    }

    private static List<TeamAssignment> teams(JsonNode entry, int i, String source, Set<String> known,
            SheetLabels labels, List<String> problems) {
        JsonNode list = entry.get("teams");
        if (list == null || list.isNull()) {
            return null;
        }
        List<TeamAssignment> teams = new ArrayList<>();
        for (int t = 0; t < list.size(); t++) {
            String team = text(list.get(t), "team");
            if (team == null || !known.contains(team)) {
                problems.add(labels.text("changes.badTeam", source, i, t, Excerpt.quote(team)));
            } else {
                teams.add(new TeamAssignment(text(list.get(t), "skill"), team));
            }
        }
        return teams;
    }

    /** A field's text; a null or absent field, or one that is not a string, is null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
