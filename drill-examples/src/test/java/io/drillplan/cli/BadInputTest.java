package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.InvalidProblemException;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input ends with exit code 2 and a message naming the file, field and value,
 * never a stack trace; and the commands never overwrite their input or a problem file.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    static Path tiny;
    static String tinyJson;

    @BeforeAll
    static void writeTiny() throws IOException {
        tiny = dir.resolve("tiny.json");
        DrillFormat.writeProblem(SampleProblems.generate(SampleProblems.Preset.TINY), tiny);
        tinyJson = Files.readString(tiny);
    }

    /** Exit 2, something on stderr, nothing that looks like a stack trace anywhere. */
    private static Cli.Run badInput(String... args) {
        Cli.Run run = Cli.run(args);
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).isNotBlank();
        assertThat(run.all()).doesNotContain("Exception", "at io.", "at java.", "at picocli.");
        return run;
    }

    @Test
    void invalidProblemPrintsEveryValidatorMessage() throws IOException {
        DrillProblem problem = DrillFormat.readProblem(tiny);
        List<GrassrootsUnit> units = new ArrayList<>(problem.units());
        GrassrootsUnit u = units.get(0);
        units.set(0, new GrassrootsUnit(u.id(), u.name(), u.kind(), u.sector(), u.risk(), u.region(),
                new GeoPoint(123, u.location().lon()), u.weekends(), u.unavailable()));
        List<DrillRequest> drills = new ArrayList<>(problem.drills());
        DrillRequest d = drills.get(2);
        drills.set(2, new DrillRequest(d.id(), "U9", d.type(), d.scenario(), d.durationSlots(), d.roles(), d.window(),
                d.after(), 9, d.participants()));
        DrillProblem broken = new DrillProblem(problem.name(), problem.horizon(), problem.travel(), problem.regions(),
                problem.teams(), units, drills);
        List<String> expected = assertInvalid(broken);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        Path file = dir.resolve("invalid.json");
        DrillFormat.writeProblem(broken, file);

        for (String command : List.of("plan", "validate", "explain", "export")) {
            List<String> args = new ArrayList<>(List.of(command, file.toString()));
            if (!command.equals("plan")) {
                args.add(file.toString()); // never read: the problem fails first
            }
            if (command.equals("export")) {
                args.addAll(List.of("--csv", dir.resolve("never.csv").toString()));
            }
            if (command.equals("plan")) {
                args.addAll(List.of("-o", dir.resolve("never.json").toString(), "--html",
                        dir.resolve("never.html").toString()));
            }
            Cli.Run run = badInput(args.toArray(String[]::new));
            for (String message : expected) {
                assertThat(run.err()).contains(file + ": " + message);
            }
            assertThat(run.err()).contains("drills[2].unit: unknown unit 'U9'");
        }
        assertThat(dir.resolve("never.json")).doesNotExist();
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    private static List<String> assertInvalid(DrillProblem p) {
        try {
            ProblemValidator.validate(p);
        } catch (InvalidProblemException e) {
            return e.messages(java.util.Locale.ENGLISH);
        }
        throw new AssertionError("the broken problem passed validation");
    }

    @Test
    void truncatedJsonNamesFileLineAndColumn() throws IOException {
        Path file = dir.resolve("truncated.json");
        Files.writeString(file, tinyJson.substring(0, tinyJson.length() / 2), StandardCharsets.UTF_8);
        Cli.Run run = badInput("plan", file.toString(), "-o", dir.resolve("t.json").toString(),
                "--html", dir.resolve("t.html").toString());
        assertThat(run.err().strip()).matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*");
        assertThat(run.err().lines().count()).isEqualTo(1);

        Path schedule = dir.resolve("truncated-schedule.json");
        Files.writeString(schedule, "{\"format\": \"drillplan-schedule/1\", \"assignments\": [ {\"drill\": \"D1\",");
        Cli.Run validate = badInput("validate", tiny.toString(), schedule.toString());
        assertThat(validate.err()).startsWith(schedule + ":1:");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("no-such-problem.json");
        Cli.Run run = badInput("plan", missing.toString(), "-o", dir.resolve("m.json").toString(),
                "--html", dir.resolve("m.html").toString());
        assertThat(run.err().strip()).isEqualTo(missing + ": file not found");
        Cli.Run validate = badInput("validate", tiny.toString(), missing.toString());
        assertThat(validate.err().strip()).isEqualTo(missing + ": file not found");
    }

    @Test
    void unwritableOutputIsRefusedBeforePlanning() throws IOException {
        Path notADirectory = dir.resolve("plain-file");
        Files.writeString(notADirectory, "x");
        Cli.Run run = badInput("plan", tiny.toString(), "-o", notADirectory.resolve("s.json").toString(),
                "--html", dir.resolve("u.html").toString());
        assertThat(run.err()).contains("cannot write -o " + notADirectory.resolve("s.json")).contains("not a directory");
        assertThat(run.err()).doesNotContain("Planning");

        Cli.Run proc = badInput("plan", tiny.toString(), "-o", "/proc/x/schedule.json",
                "--html", dir.resolve("u.html").toString());
        assertThat(proc.err()).contains("/proc/x");

        Cli.Run csv = badInput("export", tiny.toString(), tiny.toString(), "--csv", "/proc/drill.csv");
        assertThat(csv.err()).contains("--csv /proc/drill.csv");

        Cli.Run ics = badInput("export", tiny.toString(), tiny.toString(), "--ics", notADirectory.toString());
        assertThat(ics.err()).contains("--ics " + notADirectory).contains("not a directory");
    }

    @Test
    void planNeverOverwritesItsInput() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path input = sub.resolve("p.json");
        Files.copy(tiny, input);
        Path sameViaDots = sub.resolve("../sub/p.json");
        Cli.Run run = badInput("plan", input.toString(), "-o", sameViaDots.toString(), "--force");
        assertThat(run.err()).contains("refusing to write -o").contains("it is the input file");
        Path link = Files.createSymbolicLink(sub.resolve("link.json"), input);
        Cli.Run viaLink = badInput("plan", input.toString(), "-o", sub.resolve("s.json").toString(),
                "--html", link.toString(), "--force");
        assertThat(viaLink.err()).contains("refusing to write --html").contains("it is the input file");
        assertThat(Files.readString(input)).isEqualTo(tinyJson);
    }

    @Test
    void problemFilesAreOverwrittenOnlyWithForce() throws IOException {
        Path other = dir.resolve("other-problem.json");
        Files.copy(tiny, other, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.Run plan = badInput("plan", "--preset", "tiny", "--time-limit", "1s", "-o", other.toString(),
                "--html", dir.resolve("o.html").toString());
        assertThat(plan.err()).contains("refusing to overwrite " + other).contains("--force");
        Cli.Run generate = badInput("generate", "--preset", "tiny", "-o", other.toString());
        assertThat(generate.err()).contains("refusing to overwrite " + other);
        assertThat(Files.readString(other)).isEqualTo(tinyJson);

        Cli.Run forced = Cli.run("generate", "--preset", "tiny", "--seed", "9", "-o", other.toString(), "--force");
        assertThat(forced.exit()).as(forced.all()).isZero();
        assertThat(Files.readString(other)).isNotEqualTo(tinyJson);
    }

    @Test
    void explainRejectsAScheduleOfUnknownDrills() {
        Path schedule = dir.resolve("foreign-schedule.json");
        DrillFormat.writeSchedule(new Schedule("x", List.of(),
                List.of(new Unscheduled("NO-SUCH-DRILL", "test"))), schedule);
        Cli.Run run = badInput("explain", tiny.toString(), schedule.toString());
        assertThat(run.err()).contains(schedule.toString()).contains("NO-SUCH-DRILL");
        Cli.Run export = badInput("export", tiny.toString(), schedule.toString(), "--csv",
                dir.resolve("foreign.csv").toString());
        assertThat(export.err()).contains(schedule + ": unscheduled[0].drill: unknown drill 'NO-SUCH-DRILL'");
    }

    @Test
    void badOptionValuesAreBadInput() {
        assertThat(Cli.run("plan", "--time-limit", "soon").exit()).isEqualTo(2);
        assertThat(Cli.run("plan", "--preset", "atlantis").exit()).isEqualTo(2);
        Cli.Run year = badInput("generate", "--preset", "tiny", "--year", "1999", "-o", dir.resolve("y.json").toString());
        assertThat(year.err()).contains("--year 1999");
        badInput("export", tiny.toString(), tiny.toString());
        badInput("plan", tiny.toString(), "--preset", "tiny");
    }
}
