package io.drillplan.cli;

import io.drillplan.format.DrillFormat;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Excerpt;
import io.drillplan.model.InvalidProblemException;
import io.drillplan.model.Problem;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the problem and schedule files a command is given, turning every defect into bad input. */
final class InputFiles {

    /** Most errors listed for one file. */
    static final int MAX_LISTED = 100;

    private InputFiles() {}

    /**
     * A problem file, read and validated.
     *
     * @throws io.drillplan.format.FormatException when the file is missing or not a problem document
     * @throws BadInputException listing every inconsistency the validator finds, each prefixed by the file
     */
    static DrillProblem problem(Path file) {
        DrillProblem problem = DrillFormat.readProblem(file);
        validate(problem, file.toString());
        return problem;
    }

    /** Validates a problem, naming {@code source} in every message. */
    static void validate(DrillProblem problem, String source) {
        try {
            ProblemValidator.validate(problem);
        } catch (InvalidProblemException e) {
            throw invalid(source, "input.notValidProblem", e.problems());
        }
    }

    /**
     * Every problem of {@code problems}, prefixed by the file, after a one-line headline (the
     * text of {@code whatKey}) when several; worded in the language of the command that prints them.
     */
    static BadInputException invalid(String source, String whatKey, List<Problem> problems) {
        List<Function<Messages, String>> lines = new ArrayList<>();
        if (problems.size() > 1) {
            lines.add(m -> m.text("input.headline", source, m.text(whatKey), problems.size()));
        }
        // A generated file can hold a million errors; the first hundred show what to fix.
        problems.stream().limit(MAX_LISTED)
                .forEach(p -> lines.add(m -> source + ": " + p.text(m.language().locale())));
        if (problems.size() > MAX_LISTED) {
            lines.add(m -> m.text("input.more", source, problems.size() - MAX_LISTED));
        }
        return BadInputException.ofLines(lines);
    }

    /**
     * A schedule file whose drills, teams and slots all exist in {@code problem}: the exports
     * cannot place anything else. Other defects (a drill listed twice, a broken rule) are left to
     * {@code validate}.
     */
    static Schedule schedule(Path file, DrillProblem problem) {
        Schedule schedule = DrillFormat.readSchedule(file);
        List<Problem> problems = unknownReferences(schedule, problem);
        if (!problems.isEmpty()) {
            throw invalid(file.toString(), "input.notFitProblem", problems);
        }
        return schedule;
    }

    private static List<Problem> unknownReferences(Schedule schedule, DrillProblem problem) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ?> drills = problem.drillsById();
        Map<String, ?> teams = problem.teamsById();
        for (int i = 0; i < schedule.assignments().size(); i++) {
            Assignment a = schedule.assignments().get(i);
            String at = "assignments[" + i + "]";
            if (a.drill() == null || !drills.containsKey(a.drill())) {
                problems.add(Problem.of("problem.unknownDrill", at + ".drill", a.drill(), quote(a.drill())));
            }
            if (a.date() == null) {
                problems.add(Problem.of("problem.missing", at + ".date", null, "term.date"));
            }
            if (a.slot() == null || problem.horizon().slotIndex(a.slot()) < 0) {
                problems.add(Problem.of("problem.unknownSlot", at + ".slot", a.slot(), quote(a.slot())));
            }
            for (int t = 0; t < a.teams().size(); t++) {
                TeamAssignment team = a.teams().get(t);
                if (team.team() == null || !teams.containsKey(team.team())) {
                    problems.add(Problem.of("problem.unknownTeam", at + ".teams[" + t + "].team", team.team(),
                            quote(team.team())));
                }
            }
        }
        for (int i = 0; i < schedule.unscheduled().size(); i++) {
            Unscheduled u = schedule.unscheduled().get(i);
            if (u.drill() == null || !drills.containsKey(u.drill())) {
                problems.add(Problem.of("problem.unknownDrill", "unscheduled[" + i + "].drill", u.drill(), quote(u.drill())));
            }
        }
        return problems;
    }

    static String quote(String value) {
        return Excerpt.quote(value);
    }
}
