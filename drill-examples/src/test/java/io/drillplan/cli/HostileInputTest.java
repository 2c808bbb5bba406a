package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drillplan.format.DrillFormat;
import io.drillplan.format.FileReplacement;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.report.CsvExport;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * One regression test per failure a hostile run of {@code drill} found: special files as inputs
 * and outputs, values the validator used to accept, overflow, corrupting ids, late failures,
 * explain disagreeing with validate, CSV formulas, raw or endless messages, leftovers.
 */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path tiny;
    static DrillProblem problem;
    static Path schedule;

    @BeforeAll
    static void writeTiny() {
        tiny = dir.resolve("tiny.json");
        problem = SampleProblems.generate(SampleProblems.Preset.TINY);
        DrillFormat.writeProblem(problem, tiny);
        schedule = dir.resolve("tiny-schedule.json");
        DrillFormat.writeSchedule(GreedyScheduler.schedule(problem), schedule);
    }

    /** Exit 2 within ten seconds, one clean message, nothing that looks like a stack trace. */
    private static Cli.Run refused(String... args) {
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run(args));
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.all()).doesNotContain("Exception", "at io.", "at java.", "\u001b", "Jackson")
                .doesNotContain("Planning ");
        // Values are quoted in 60 characters; the user's own file names are shown whole.
        run.err().lines().forEach(line -> assertThat(line).hasSizeLessThan(600));
        return run;
    }

    /** The tiny problem with one change made to its JSON tree, written as {@code name}. */
    private static Path tinyWith(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(tiny.toFile());
        change.accept(root);
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    private static ObjectNode drill(ObjectNode root, int i) {
        return (ObjectNode) root.get("drills").get(i);
    }

    private static String[] planTo(Path problemFile, String stem) {
        return new String[] {"plan", problemFile.toString(), "-o", dir.resolve(stem + "-out.json").toString(),
            "--html", dir.resolve(stem + "-out.html").toString(), "--time-limit", "1s"};
    }

    // 1. Destructive writes to special files

    @Test
    @EnabledOnOs(OS.LINUX)
    void specialOutputsAreRefusedAndLeftAsTheyWere() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path real = dir.resolve("real.json");
        Files.writeString(real, "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        for (String target : List.of("/dev/null", "/dev/full", "/dev/stdout", fifo.toString(), link.toString())) {
            // Other programs on the machine may have replaced a device by a file already.
            boolean special = !Files.isRegularFile(Path.of(target), LinkOption.NOFOLLOW_LINKS);
            Cli.Run run = refused("plan", tiny.toString(), "-o", target, "--html", dir.resolve("x.html").toString());
            if (special) {
                assertThat(run.err()).startsWith("refusing to write -o " + target + ": it is a").contains("not a regular file");
                assertThat(Files.isRegularFile(Path.of(target), LinkOption.NOFOLLOW_LINKS)).as(target).isFalse();
            }
        }
        refused("export", tiny.toString(), schedule.toString(), "--csv", "/dev/full");
        refused("generate", "--preset", "tiny", "-o", "/dev/full", "--force");
        refused("plan", tiny.toString(), "-o", dir.resolve("y.json").toString(), "--html", "/dev/null");
        assertThat(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isRegularFile(Path.of("/dev/full"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("{}");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    // 2. and 3. Values the validator accepted and the planner choked on

    @Test
    void hugeCountsHorizonsAndGapsAreRefusedByTheValidator() throws IOException {
        Path count = tinyWith("count.json", root ->
                ((ObjectNode) drill(root, 0).get("roles").get(0)).put("count", Integer.MAX_VALUE));
        assertThat(refused(planTo(count, "count")).err())
                .contains(count + ": drills[0].roles[0].count: 2147483647 is more than 100, the largest allowed");

        Path horizon = tinyWith("horizon.json", root -> ((ObjectNode) root.get("horizon"))
                .put("start", "0000-01-01").put("end", "9999-12-31"));
        assertThat(refused(planTo(horizon, "horizon")).err())
                .contains(horizon + ": horizon.end: the horizon 0000-01-01..9999-12-31 has 3652425 days");

        Path gap = tinyWith("gap.json", root -> {
            ArrayNode after = drill(root, 1).putArray("after");
            after.addObject().put("drill", drill(root, 0).get("id").asText()).put("minDays", Integer.MAX_VALUE);
        });
        assertThat(refused(planTo(gap, "gap")).err())
                .contains(gap + ": drills[1].after[0].minDays: 2147483647 is more than 366, the largest allowed");

        assertThat(refused("plan", tiny.toString(), "--threads", "100000").err())
                .startsWith("--threads: 100000 is more than ");
    }

    // 4. Silent corruption of ids

    @Test
    void anUnpairedSurrogateInAnIdIsRefusedWithItsPlace() throws IOException {
        Path file = dir.resolve("surrogate.json");
        String id = problem.drills().get(0).id();
        Files.writeString(file, Files.readString(tiny).replace("\"id\" : \"" + id + "\"", "\"id\" : \"D-\\udc00-x\"")
                .replace("\"id\": \"" + id + "\"", "\"id\": \"D-\\udc00-x\""));
        assertThat(Files.readString(file)).contains("D-\\udc00-x");
        assertThat(refused(planTo(file, "surrogate")).err())
                .matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: drills\\[0\\]\\.id: "
                        + "string 'D-\\\\uDC00-x' is not valid Unicode.*");
    }

    // 5. Devices, pipes and directories as the problem

    @Test
    @EnabledOnOs(OS.LINUX)
    void devicesPipesAndDirectoriesAreRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("in.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        for (String input : List.of("/dev/zero", "/dev/urandom", fifo.toString(), dir.toString())) {
            Cli.Run run = refused("plan", input, "-o", dir.resolve("d.json").toString(),
                    "--html", dir.resolve("d.html").toString());
            assertThat(run.err().strip()).startsWith(input + ": cannot read: not a regular file (a ");
            refused("validate", tiny.toString(), input);
        }
    }

    // 6. Late failures: the temporary file's name is checked before solving

    @Test
    void anOutputNameTooLongForItsTemporaryFileIsRefusedBeforePlanning() {
        String name = "s".repeat(245) + ".json";
        Cli.Run run = refused("plan", tiny.toString(), "-o", dir.resolve(name).toString(),
                "--html", dir.resolve("long.html").toString());
        assertThat(run.err()).contains("the file name is too long");
        assertThat(dir.resolve("long.html")).doesNotExist();
    }

    // 7. explain and validate agree on rule 2

    @Test
    void explainAndValidateBothRejectTimesThatDoNotMatchTheSlot() {
        Schedule good = DrillFormat.readSchedule(schedule);
        List<Assignment> shifted = new ArrayList<>(good.assignments());
        Assignment a = shifted.get(0);
        shifted.set(0, new Assignment(a.drill(), a.date(), a.slot(), a.start().plusMinutes(30), a.end().plusMinutes(30),
                a.teams()));
        Path bad = dir.resolve("shifted.json");
        DrillFormat.writeSchedule(new Schedule(good.problem(), good.score(), shifted, good.unscheduled()),
                bad);
        Cli.Run validate = Cli.run("validate", tiny.toString(), bad.toString());
        Cli.Run explain = Cli.run("explain", tiny.toString(), bad.toString());
        assertThat(validate.exit()).as(validate.all()).isEqualTo(1);
        assertThat(explain.exit()).as(explain.all()).isEqualTo(1);
        assertThat(explain.out()).contains("rule 2: assignments[0].start: drill " + a.drill());
        assertThat(Cli.run("explain", tiny.toString(), schedule.toString()).exit()).isZero();
    }

    // 8. CSV formula injection

    @Test
    void csvCellsThatLookLikeFormulasAreWrittenAsText() throws IOException {
        Path file = tinyWith("formula.json", root -> {
            ((ObjectNode) root.get("units").get(0)).put("name", "=HYPERLINK(\"http://x\",\"open\")");
            ((ObjectNode) root.get("teams").get(0)).put("name", "@SUM(1+1)");
            drill(root, 0).put("scenario", "+1-2");
        });
        Path csv = dir.resolve("formula.csv");
        Cli.Run run = Cli.run("export", file.toString(), schedule.toString(), "--csv", csv.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        String text = Files.readString(csv);
        assertThat(text).contains("'=HYPERLINK(", "'@SUM(1+1)", "'+1-2").doesNotContain(",=", ",@", ",+1-2");
        assertThat(CsvExport.neutralised("-5")).isEqualTo("'-5");
        assertThat(CsvExport.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.neutralised("\rx")).isEqualTo("'\rx");
        assertThat(CsvExport.neutralised("Taiyuan = 1")).isEqualTo("Taiyuan = 1");
    }

    // 9. Messages: short excerpts, no control characters, no Java or Jackson names

    @Test
    void messagesQuoteShortPrintableExcerpts() throws IOException {
        Path huge = dir.resolve("huge-id.json");
        String id = "X".repeat(1_000_000);
        DrillFormat.writeSchedule(new Schedule("x", List.of(),
                List.of(new io.drillplan.model.Unscheduled(id, "why"))), huge);
        Cli.Run export = refused("export", tiny.toString(), huge.toString(), "--csv", dir.resolve("h.csv").toString());
        assertThat(export.err()).contains("unknown drill '" + "X".repeat(60) + "…'");

        Path escape = tinyWith("escape.json", root ->
                ((ObjectNode) root.get("units").get(0)).put("name", "Plant \u001b]0;owned\u0007\u001b[2J"));
        assertThat(refused(planTo(escape, "escape")).err())
                .contains("units[0].name: name 'Plant \\u001B]0;owned\\u0007\\u001B[2J' contains a control character");

        Cli.Run time = refused("plan", tiny.toString(), "--time-limit", "9999999999999999999s");
        assertThat(time.err()).contains("'9999999999999999999s' is longer than 24h").doesNotContain("NumberFormat");

        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"format\": \"drillplan-problem/1\", \"name\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertThat(refused(planTo(deep, "deep")).err().strip())
                .matches(java.util.regex.Pattern.quote(deep.toString()) + ":1:\\d+: name.*: arrays and objects nested "
                        + "more than 64 levels deep");

        assertThat(refused("plan", tiny.toString(), "-o", "").err()).contains("-o: '' is no file name")
                .doesNotContain("directory");
    }

    @Test
    void planHelpStatesTheInputLimits() {
        Cli.Run help = Cli.run("plan", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("docs/limits.md", "366 days", "100 teams per drill", "after.minDays 0..366",
                "valid Unicode without control characters", "64 MiB", "symbolic");
    }

    // 10. Leftovers after a kill

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedByTheNextOne() throws Exception {
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        Path out = Files.createDirectories(dir.resolve("kill"));
        Path scheduleOut = out.resolve("s.json");
        Path leftover = out.resolve(".s.json." + killed.pid() + FileReplacement.TEMP_SUFFIX);
        Path reportLeftover = out.resolve(".s.html." + killed.pid() + FileReplacement.TEMP_SUFFIX);
        Files.writeString(leftover, "{\"half");
        Files.writeString(reportLeftover, "<html");
        Cli.Run run = Cli.run("plan", tiny.toString(), "-o", scheduleOut.toString(), "--html",
                out.resolve("s.html").toString(), "--time-limit", "1s");
        assertThat(run.exit()).as(run.all()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("s.json", "s.html");
        }
    }

    @Test
    void aRefusedRunCreatesNoDirectory() {
        Path nested = dir.resolve("never/made/s.json");
        refused("plan", "/dev/zero", "-o", nested.toString(), "--html", dir.resolve("never/r.html").toString());
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void oneHundredErrorsAreListedAndTheRestCounted() throws IOException {
        Path many = tinyWith("many.json", root -> {
            for (JsonNode d : root.get("drills")) {
                ((ObjectNode) d).put("priority", 9).put("participants", -1).put("durationSlots", 0);
                d.get("roles").forEach(r -> ((ObjectNode) r).put("count", 0));
                ((ObjectNode) d).put("scenario", "\u0007");
            }
        });
        Cli.Run run = refused(planTo(many, "many"));
        assertThat(run.err().lines()).hasSize(1 + InputFiles.MAX_LISTED + 1);
        assertThat(run.err()).contains(many + ": ... and ");
    }
}
