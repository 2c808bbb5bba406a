package io.drillplan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.format.Fixtures.Position;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of broken problem document, and what the error says about it. */
class ProblemErrorTest {

    private static final String EXAMPLE = Fixtures.exampleProblem();

    @TempDir
    Path dir;

    /** The example with the first occurrence of {@code from} replaced by {@code to}. */
    private static String exampleWith(String from, String to) {
        assertThat(EXAMPLE).contains(from);
        return EXAMPLE.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> reading(String json) {
        return assertThatThrownBy(() -> DrillFormat.readProblem(json, "problem.json"))
                .isInstanceOf(FormatException.class);
    }

    private static Consumer<FormatException> at(Position p, String path) {
        return e -> {
            assertThat(e.source()).isEqualTo("problem.json");
            assertThat(e.line()).as("line").isEqualTo(p.line());
            assertThat(e.column()).as("column").isEqualTo(p.column());
            assertThat(e.path()).as("path").isEqualTo(path);
        };
    }

    private static String prefix(Position p) {
        return "problem.json:" + p.line() + ":" + p.column() + ": ";
    }

    // ------------------------------------------------------------ malformed JSON

    @Test
    void malformedJsonGivesLineAndColumn() {
        String json = exampleWith("\"durationSlots\": 2,", "\"durationSlots\": 2");
        Position p = Fixtures.position(json, "\"roles\"", 2);
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(p, "drills[1].durationSlots"))
                .hasMessageStartingWith(prefix(p) + "drills[1].durationSlots: malformed JSON: Unexpected character");
    }

    @Test
    void truncatedJsonGivesTheEndAsPlace() {
        String json = EXAMPLE.substring(0, EXAMPLE.indexOf("\"units\""));
        Position end = Fixtures.positionOf(json, json.length());
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(end.line());
                    assertThat(e.column()).isEqualTo(end.column());
                })
                .hasMessageStartingWith(prefix(end))
                .hasMessageContaining("malformed JSON: Unexpected end-of-input")
                .hasMessageNotContaining("Source");
    }

    @Test
    void contentAfterTheDocumentIsAnError() {
        String json = EXAMPLE + "\n{}";
        Position p = Fixtures.position(json, "{}");
        reading(json).hasMessage(prefix(p) + "unexpected an object after the end of the document");
    }

    @Test
    void nanIsNotJson() {
        String json = exampleWith("\"speedKmh\": 40", "\"speedKmh\": NaN");
        // The parser notices a bad token where it ends.
        Position p = Fixtures.positionOf(json, json.indexOf("NaN") + "NaN".length());
        reading(json).hasMessage(prefix(p) + "travel.speedKmh: malformed JSON: Non-standard token 'NaN'");
    }

    @Test
    void duplicateFieldIsAnError() {
        String json = exampleWith("\"priority\": 5,", "\"priority\": 5, \"priority\": 4,");
        reading(json).hasMessageContaining("drills[0].priority: malformed JSON: Duplicate field 'priority'");
    }

    @Test
    void emptyNullAndNonObjectDocuments() {
        reading("  \n").hasMessage("problem.json: empty document: expected a JSON object");
        reading("null").hasMessage("problem.json:1:1: expected a JSON object, got null");
        reading("[1, 2]").hasMessage("problem.json:1:1: expected an object, got an array");
    }

    @Test
    void bytesThatAreNotUtf8() {
        InputStream in = new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        assertThatThrownBy(() -> DrillFormat.readProblem(in, "latin1.json"))
                .isInstanceOf(FormatException.class)
                .hasMessage("latin1.json: not UTF-8 text");
    }

    // ------------------------------------------------------------ the format tag

    @Test
    void missingFormatTag() {
        String json = exampleWith("\"format\": \"drillplan-problem/1\",", "");
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(new Position(1, 1), "format"))
                .hasMessage("problem.json:1:1: format: missing format tag (expected 'drillplan-problem/1')");
        reading(exampleWith("\"drillplan-problem/1\"", "null"))
                .hasMessage("problem.json:1:1: format: missing format tag (expected 'drillplan-problem/1')");
    }

    @Test
    void wrongFormatTagIsReportedBeforeAnythingElse() {
        String json = exampleWith("\"drillplan-problem/1\"", "\"drillplan-problem/2\"")
                .replace("\"DIGITAL_DEDUCTION\"", "\"LIVE_DRILL\"");
        reading(json).hasMessage(
                "problem.json:2:13: format: unsupported format 'drillplan-problem/2' (expected 'drillplan-problem/1')");
        reading(Fixtures.exampleSchedule()).hasMessage("problem.json:2:13: format: unsupported format"
                + " 'drillplan-schedule/1' (expected 'drillplan-problem/1')");
        reading(exampleWith("\"drillplan-problem/1\"", "1")).hasMessage(
                "problem.json:2:13: format: expected a string, got number 1");
    }

    // ------------------------------------------------------------ wrong values

    @Test
    void unknownExerciseType() {
        String json = exampleWith("\"DIGITAL_DEDUCTION\"", "\"LIVE_DRILL\"");
        Position p = Fixtures.position(json, "\"LIVE_DRILL\"");
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(p, "drills[0].type"))
                .hasMessage(prefix(p) + "drills[0].type: unknown exercise type 'LIVE_DRILL' (expected"
                        + " DIGITAL_DEDUCTION, ACTUAL_COMBAT_SIMULATION, COMPREHENSIVE_EXERCISE)");
    }

    @Test
    void stringWhereANumberBelongs() {
        String json = exampleWith("\"priority\": 5", "\"priority\": \"high\"");
        Position p = Fixtures.position(json, "\"high\"");
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(p, "drills[0].priority"))
                .hasMessage(prefix(p) + "drills[0].priority: expected an integer, got string 'high'");

        String lat = exampleWith("\"lat\": 37.87", "\"lat\": \"37.87\"");
        Position q = Fixtures.position(lat, "\"37.87\"");
        reading(lat).hasMessage(prefix(q) + "teams[0].base.lat: expected a number, got string '37.87'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text replaced | replacement | the bad value in it | message after the position
        "\"participants\": 40|\"participants\": 40.5|40.5|drills[0].participants: expected an integer, got number 40.5",
        "\"participants\": 40|\"participants\": 4000000000|4000000000|drills[0].participants: integer 4000000000 is out of range",
        "\"weekends\": false|\"weekends\": \"no\"|\"no\"|units[0].weekends: expected true or false, got string 'no'",
        "\"name\": \"Taiyuan\"|\"name\": 7|7|regions[0].name: expected a string, got number 7",
        "\"skills\": [\"FIRE\", \"EVACUATION\"]|\"skills\": \"FIRE\"|\"FIRE\"|teams[0].skills: expected an array, got string 'FIRE'",
        "\"skills\": [\"FIRE\", \"EVACUATION\"]|\"skills\": [\"FIRE\", null]|null|teams[0].skills[1]: null is not allowed in a list",
        "\"base\": {\"lat\": 37.87, \"lon\": 112.55}|\"base\": [37.87, 112.55]|[|teams[0].base: expected an object, got an array",
        "\"travel\": {\"speedKmh\": 40, \"detourFactor\": 1.3}|\"travel\": 40|40|travel: expected an object, got number 40",
        "\"after\": []|\"after\": {}|{|drills[0].after: expected an array, got an object",
        "\"speedKmh\": 40|\"speedKmh\": 1e999|1e999|travel.speedKmh: number 1e999 is out of range",
        "\"roles\": [ {\"skill\": \"MINE_RESCUE\", \"count\": 1} ]|\"roles\": [ \"\" ]|\"\"|drills[0].roles[0]: expected an object, got string ''",
        "\"unavailable\": []|\"unavailable\": [20260601]|20260601|units[0].unavailable[0]: expected a date YYYY-MM-DD, got number 20260601",
    })
    void wrongValueTypesNameThePathAndTheValue(String from, String to, String badValue, String expected) {
        String json = exampleWith(from, to);
        int replaced = EXAMPLE.indexOf(from);
        Position p = Fixtures.positionOf(json, json.indexOf(badValue, replaced + to.indexOf(':')));
        reading(json).hasMessage(prefix(p) + expected);
    }

    @Test
    void impossibleDate() {
        String json = exampleWith("\"to\": \"2026-06-20\"", "\"to\": \"2026-06-31\"");
        Position p = Fixtures.position(json, "\"2026-06-31\"");
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(p, "drills[0].window.to"))
                .hasMessage(prefix(p) + "drills[0].window.to: invalid date '2026-06-31': no such day");
    }

    @Test
    void dateInAnotherNotation() {
        String json = exampleWith("\"2026-06-19\"", "\"19/06/2026\"");
        Position p = Fixtures.position(json, "\"19/06/2026\"");
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(p, "horizon.holidays[0]"))
                .hasMessage(prefix(p) + "horizon.holidays[0]: invalid date '19/06/2026' (expected YYYY-MM-DD)");
    }

    @Test
    void impossibleOrMisspelledTime() {
        String json = exampleWith("\"start\": \"14:00\"", "\"start\": \"25:00\"");
        Position p = Fixtures.position(json, "\"25:00\"");
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(p, "horizon.slots[1].start"))
                .hasMessage(prefix(p) + "horizon.slots[1].start: invalid time '25:00' (expected HH:MM, 00:00 to 23:59)");
        reading(exampleWith("\"08:30\"", "\"8:30\"")).hasMessageEndingWith(
                "horizon.slots[0].start: invalid time '8:30' (expected HH:MM, 00:00 to 23:59)");
    }

    // ------------------------------------------------------------ missing required fields

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // field removed (first occurrence in the example) | its path
        "\"id\": \"T1\",|teams[0].id",
        "\"id\": \"taiyuan\",|regions[0].id",
        "\"id\": \"U1\",|units[0].id",
        "\"id\": \"AM\",|horizon.slots[0].id",
        "\"start\": \"08:30\",|horizon.slots[0].start",
        ", \"end\": \"17:30\"|horizon.slots[1].end",
        "\"start\": \"2026-06-01\",|horizon.start",
        "\"end\": \"2026-06-30\",|horizon.end",
        "\"base\": {\"lat\": 37.87, \"lon\": 112.55},|teams[0].base",
        ", \"lon\": 112.55|teams[0].base.lon",
        "\"location\": {\"lat\": 37.9, \"lon\": 112.4},|units[0].location",
        "\"region\": \"taiyuan\", \"location\"|units[0].region",
        "\"unit\": \"U1\", \"type\": \"DIGITAL_DEDUCTION\",|drills[0].unit",
        "\"type\": \"COMPREHENSIVE_EXERCISE\",|drills[1].type",
        "\"skill\": \"MINE_RESCUE\",|drills[0].roles[0].skill",
        "\"from\": \"2026-06-01\",|drills[0].window.from",
        "\"drill\": \"D1\",|drills[1].after[0].drill",
        ", \"minDays\": 7|drills[1].after[0].minDays",
    })
    void missingRequiredFieldNamesItAndPointsAtItsObject(String removed, String path) {
        // Removing a unit's region must keep the location that followed it.
        String replacement = removed.startsWith("\"region\"") ? "\"location\"" : "";
        String json = exampleWith(removed, replacement);
        Position p = Fixtures.positionOf(json, enclosingObjectStart(json, EXAMPLE.indexOf(removed)));
        String field = path.substring(path.lastIndexOf('.') + 1);
        reading(json)
                .isInstanceOfSatisfying(FormatException.class, at(p, path))
                .hasMessage(prefix(p) + path + ": missing required field '" + field + "'");
        // JSON null counts as absent.
        String nulled = exampleWith(removed, removed.replaceFirst(":\\s*(\"[^\"]*\"|\\{[^}]*\\}|[\\d.]+)", ": null"));
        assertThat(nulled).isNotEqualTo(EXAMPLE).contains("null");
        reading(nulled)
                .isInstanceOfSatisfying(FormatException.class, at(p, path))
                .hasMessage(prefix(p) + path + ": missing required field '" + field + "'");
    }

    /** Index of the '{' that opens the object around {@code index} (the example has no braces in strings). */
    private static int enclosingObjectStart(String json, int index) {
        int depth = 0;
        for (int i = index - 1; i >= 0; i--) {
            char c = json.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalArgumentException("no object around " + index);
    }

    @Test
    void missingHorizon() {
        String json = EXAMPLE.substring(0, EXAMPLE.indexOf("\"horizon\""))
                + EXAMPLE.substring(EXAMPLE.indexOf("\"travel\""));
        reading(json).hasMessage("problem.json:1:1: horizon: missing required field 'horizon'");
    }

    // ------------------------------------------------------------ tolerated input

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() {
        String json = EXAMPLE
                .replace("\"name\": \"Shanxi pilot, June 2026\",", "\"name\": \"Shanxi pilot, June 2026\", \"x-app\": {\"v\": [1, 2]},")
                .replace("\"kind\": \"FIRE_RESCUE\",", "\"kind\": \"FIRE_RESCUE\", \"phone\": \"0351-1234\",")
                .replace("\"count\": 1}", "\"count\": 1, \"note\": null}")
                .replace("\"speedKmh\": 40,", "\"speedKmh\": 40, \"mode\": \"road\",");
        assertThat(DrillFormat.readProblem(json, "extra.json"))
                .isEqualTo(DrillFormat.readProblem(EXAMPLE, "problem.json"));
    }

    // ------------------------------------------------------------ files

    @Test
    void missingFileIsNamedInTheMessage() {
        Path file = dir.resolve("nowhere/problem.json");
        assertThatThrownBy(() -> DrillFormat.readProblem(file))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.source()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(-1);
                    assertThat(e.path()).isEmpty();
                })
                .hasMessage(file + ": file not found")
                .hasCauseInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> DrillFormat.readSchedule(file))
                .isInstanceOf(FormatException.class)
                .hasMessage(file + ": file not found");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> DrillFormat.readProblem(dir))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(dir + ": cannot read: ");
    }

    @Test
    void failingStreamIsAFormatException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> DrillFormat.readProblem(broken, "https://example.org/p.json"))
                .isInstanceOf(FormatException.class)
                .hasMessage("https://example.org/p.json: cannot read: connection reset");
    }

    @Test
    void errorsInAFileCarryItsNameAndPlace() throws IOException {
        Path file = dir.resolve("problem.json");
        String json = exampleWith("\"DIGITAL_DEDUCTION\"", "\"LIVE_DRILL\"");
        java.nio.file.Files.writeString(file, json);
        Position p = Fixtures.position(json, "\"LIVE_DRILL\"");
        assertThatThrownBy(() -> DrillFormat.readProblem(file))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(file + ":" + p.line() + ":" + p.column() + ": drills[0].type: unknown");
    }
}
