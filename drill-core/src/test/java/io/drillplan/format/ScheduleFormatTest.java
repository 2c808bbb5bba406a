package io.drillplan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.model.Assignment;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleFormatTest {

    @TempDir
    Path dir;

    private static Schedule example() {
        return DrillFormat.readSchedule(Fixtures.exampleSchedule(), "schedule.json");
    }

    @Test
    void readsTheExampleOfFormatMd() {
        assertThat(example()).isEqualTo(new Schedule("Shanxi pilot, June 2026", Optional.of(new Score(0, -3, -48210)),
                List.of(new Assignment("D1", LocalDate.of(2026, 6, 3), "AM", LocalTime.of(8, 30), LocalTime.of(12, 0),
                        List.of(new TeamAssignment("MINE_RESCUE", "T7")))),
                List.of(new Unscheduled("D9", "no team with skill HAZMAT within 60 km of U5"))));
    }

    @Test
    void roundTripThroughTextAndFile() {
        Schedule s = example();
        String json = DrillFormat.scheduleToJson(s);
        assertThat(DrillFormat.readSchedule(json, "again.json")).isEqualTo(s);
        assertThat(json).containsSubsequence("\"format\": \"drillplan-schedule/1\"", "\"problem\"", "\"score\"",
                "\"feasible\": true", "\"assignments\"", "\"drill\": \"D1\"", "\"date\": \"2026-06-03\"",
                "\"slot\": \"AM\"", "\"start\": \"08:30\"", "\"end\": \"12:00\"", "\"teams\"",
                "\"skill\": \"MINE_RESCUE\"", "\"team\": \"T7\"", "\"unscheduled\"", "\"drill\": \"D9\"", "\"reason\"");

        Path file = dir.resolve("schedule.json");
        DrillFormat.writeSchedule(s, file);
        assertThat(DrillFormat.readSchedule(file)).isEqualTo(s);
    }

    @Test
    void aCodedReasonKeepsItsCodeArgumentsAndPartsThroughAFile() {
        // Unscheduled.equals ignores why(): compared on its own, so that a field lost on the way shows.
        // A reason as UnscheduledReasons words a blocked drill: a code, its arguments, one part per blocker.
        Message why = Message.of("reason.blocked", 40).with(List.of(
                Message.of("reason.blocker.teams", 36, "MINE_RESCUE", "T1, T2"), Message.of("reason.blocker.unitClosed", 4)));
        Schedule s = new Schedule("p", List.of(), List.of(Unscheduled.of("D9", why)));
        Path file = dir.resolve("coded.json");
        DrillFormat.writeSchedule(s, file);
        Unscheduled read = DrillFormat.readSchedule(file).unscheduled().get(0);
        assertThat(read.why()).isEqualTo(why);
        assertThat(read.reason()).isEqualTo(s.unscheduled().get(0).reason());
    }

    @Test
    void scoreAndFeasibleAreOptionalAndOmittedWhenUnknown() {
        Schedule s = DrillFormat.readSchedule("""
                {"format": "drillplan-schedule/1", "problem": "p",
                 "assignments": [ {"drill": "D1", "date": "2026-06-03", "slot": "PM", "start": "14:00",
                                   "end": "17:30", "teams": null, "note": "added by another program"} ],
                 "unscheduled": [ {"drill": "D2"} ], "generator": {"name": "other", "version": 3}}
                """, "other.json");
        assertThat(s.score()).isEmpty();
        assertThat(s.assignments().get(0).teams()).isEmpty();
        assertThat(s.unscheduled()).containsExactly(new Unscheduled("D2", null));
        String json = DrillFormat.scheduleToJson(s);
        assertThat(json).doesNotContain("score", "feasible", "reason", "null");
        assertThat(DrillFormat.readSchedule(json, "again.json")).isEqualTo(s);
    }

    @Test
    void olderFilesWithTheGreedyMarkReadAsUnscoredAndFeasibleFollowsTheScore() {
        // Earlier versions wrote "greedy" as the score of a schedule the solver had not scored.
        Schedule old = DrillFormat.readSchedule("""
                {"format": "drillplan-schedule/1", "problem": "p", "score": "greedy", "feasible": true,
                 "unscheduled": [ {"drill": "D2", "reason": "no room"} ]}
                """, "old.json");
        assertThat(old.score()).isEmpty();
        assertThat(DrillFormat.scheduleToJson(old)).doesNotContain("greedy", "feasible");

        // What the file says about feasibility is not trusted: it is written from the score.
        Schedule claimed = DrillFormat.readSchedule("""
                {"format": "drillplan-schedule/1", "score": "-2hard/0medium/-7soft", "feasible": true}
                """, "claimed.json");
        assertThat(claimed.score()).contains(new Score(-2, 0, -7));
        assertThat(DrillFormat.scheduleToJson(claimed)).containsPattern("\"feasible\"\\s*:\\s*false");
    }

    @Test
    void absentListsAreEmpty() {
        Schedule s = DrillFormat.readSchedule("{\"format\": \"drillplan-schedule/1\"}", "empty.json");
        assertThat(s).isEqualTo(new Schedule(null, List.of(), List.of()));
    }

    @Test
    void missingRequiredAssignmentFieldNamesItsPathAndObject() {
        String json = """
                {"format": "drillplan-schedule/1",
                 "assignments": [
                   {"drill": "D1", "date": "2026-06-03", "slot": "AM", "start": "08:30", "end": "12:00"},
                   {"drill": "D2", "date": "2026-06-03", "start": "14:00", "end": "17:30"}
                 ]}
                """;
        Fixtures.Position at = Fixtures.position(json, "{\"drill\": \"D2\"");
        assertThatThrownBy(() -> DrillFormat.readSchedule(json, "s.json"))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("assignments[1].slot");
                    assertThat(e.line()).isEqualTo(at.line());
                    assertThat(e.column()).isEqualTo(at.column());
                })
                .hasMessage("s.json:" + at.line() + ":" + at.column()
                        + ": assignments[1].slot: missing required field 'slot'");
    }

    @Test
    void teamEntryNeedsSkillAndTeam() {
        String json = """
                {"format": "drillplan-schedule/1",
                 "assignments": [ {"drill": "D1", "date": "2026-06-03", "slot": "AM", "start": "08:30",
                                   "end": "12:00", "teams": [ {"skill": "FIRE", "team": null} ]} ]}
                """;
        assertThatThrownBy(() -> DrillFormat.readSchedule(json, "s.json"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("assignments[0].teams[0].team: missing required field 'team'");
    }

    @Test
    void badTimeInAnAssignment() {
        String json = """
                {"format": "drillplan-schedule/1",
                 "assignments": [ {"drill": "D1", "date": "2026-06-03", "slot": "AM", "start": "08:30",
                                   "end": "25:00"} ]}
                """;
        Fixtures.Position at = Fixtures.position(json, "\"25:00\"");
        assertThatThrownBy(() -> DrillFormat.readSchedule(json, "s.json"))
                .isInstanceOf(FormatException.class)
                .hasMessage("s.json:" + at.line() + ":" + at.column()
                        + ": assignments[0].end: invalid time '25:00' (expected HH:MM, 00:00 to 23:59)");
    }

    @Test
    void aProblemIsNotASchedule() {
        assertThatThrownBy(() -> DrillFormat.readSchedule(Fixtures.exampleProblem(), "problem.json"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.path()).isEqualTo("format"))
                .hasMessage("problem.json:2:13: format: unsupported format 'drillplan-problem/1'"
                        + " (expected 'drillplan-schedule/1')");
    }
}
