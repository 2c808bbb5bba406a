package io.drillplan.cli;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.drillplan.model.DrillProblem;
import io.drillplan.report.CalendarExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar files of {@code --ics}: the calendars of {@link CalendarExport} written into a
 * directory, and the SEQUENCE of every event already there read back, so that a re-plan's
 * calendars update the ones people imported.
 */
final class CalendarFiles {

    /** How many calendars were written, and how many teams and units had no drill to put in one. */
    record Written(int teamFiles, int unitFiles, int idleTeams, int idleUnits) {}

    private CalendarFiles() {}

    /** Writes each calendar into {@code dir} under its own file name. */
    static Written write(Path dir, List<CalendarExport.Calendar> calendars, DrillProblem problem) {
        int teamFiles = 0;
        int unitFiles = 0;
        for (CalendarExport.Calendar c : calendars) {
            OutputFiles.write(dir.resolve(c.fileName()), c.text(), "--ics");
            if (c.kind().equals("team")) {
                teamFiles++;
            } else {
                unitFiles++;
            }
        }
        return new Written(teamFiles, unitFiles, problem.teamsById().size() - teamFiles,
                problem.unitsById().size() - unitFiles);
    }

    /** The highest SEQUENCE of each UID in the {@code .ics} files of {@code dir} (0 when an event has none). */
    static Map<String, Integer> sequences(Path dir) {
        Map<String, Integer> sequences = new HashMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ics")).toList()) {
                for (ICalendar ical : Biweekly.parse(file.toFile()).all()) {
                    for (VEvent e : ical.getEvents()) {
                        if (e.getUid() != null) {
                            sequences.merge(e.getUid().getValue(),
                                    e.getSequence() == null ? 0 : e.getSequence().getValue(), Math::max);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read the calendars in --ics " + dir + ": " + OutputFiles.reason(e));
        }
        return sequences;
    }
}
