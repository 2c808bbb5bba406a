package io.drillplan.cli;

import io.drillplan.changes.DrillAdded;
import io.drillplan.changes.DrillCancelled;
import io.drillplan.changes.DrillHeld;
import io.drillplan.changes.DrillNotHeld;
import io.drillplan.changes.MonthChange;
import io.drillplan.format.ChangeFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Excerpt;
import io.drillplan.model.Problem;
import io.drillplan.model.TeamAssignment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@code drillplan-changes/1} file says about which drills took place, as {@code drill
 * summary} needs it: the {@code drillCancelled}, {@code drillHeld} and {@code drillNotHeld}
 * entries. The file is read by drill-core's {@link ChangeFormat}, the one reader of the format;
 * the other entries (a team away, a unit closed, a drill added) change the plan, not what was
 * held, and reach the summary through the re-planned schedule.
 *
 * @param file where it was read from
 * @param changes the entries that say whether a drill was held, in file order
 */
record ChangesFile(Path file, List<Change> changes) {

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
     * Reads {@code file} and checks its drills, dates and teams against {@code problem}.
     *
     * @throws io.drillplan.format.FormatException when the file is not a changes document
     * @throws BadInputException naming the file, the entry and the value of every entry that does
     *     not fit the problem
     */
    static ChangesFile read(Path file, DrillProblem problem) {
        List<MonthChange> read = ChangeFormat.readChanges(file);
        List<Problem> problems = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<String> added = new HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            String at = "changes[" + i + "]";
            MonthChange c = read.get(i);
            if (c instanceof DrillAdded a) {
                // A drill added after publication is in no schedule the summary reads.
                added.add(a.request().id());
                continue;
            }
            String drill = c instanceof DrillCancelled d ? d.drill() : c instanceof DrillNotHeld n ? n.drill()
                    : c instanceof DrillHeld h ? h.drill() : null;
            if (drill == null || added.contains(drill)) {
                continue;
            }
            if (!problem.drillsById().containsKey(drill)) {
                problems.add(Problem.of("problem.unknownDrill", at + ".drill", drill, Excerpt.quote(drill)));
                continue;
            }
            if (c instanceof DrillHeld h) {
                checkHeld(h, at, problem, problems);
                changes.add(new Change(i, "drillHeld", drill, h.date(), h.slot(), h.teams()));
            } else {
                changes.add(new Change(i, c instanceof DrillCancelled ? "drillCancelled" : "drillNotHeld", drill,
                        null, null, null));
            }
        }
        if (!problems.isEmpty()) {
            throw InputFiles.invalid(file.toString(), "input.notFitProblem", problems);
        }
        return new ChangesFile(file, changes);
    }

    private static void checkHeld(DrillHeld h, String at, DrillProblem problem, List<Problem> problems) {
        if (!problem.horizon().contains(h.date())) {
            problems.add(Problem.of("change.outsideHorizon", at + ".date", String.valueOf(h.date()), h.date(),
                    problem.horizon().start(), problem.horizon().end()));
        }
        if (h.teams() == null) {
            return;
        }
        for (int t = 0; t < h.teams().size(); t++) {
            String team = h.teams().get(t).team();
            if (!problem.teamsById().containsKey(team)) {
                problems.add(Problem.of("problem.unknownTeam", at + ".teams[" + t + "].team", team, Excerpt.quote(team)));
            }
        }
    }
}
