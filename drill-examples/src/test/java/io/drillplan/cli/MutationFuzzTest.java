package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The fuzz suite: valid problems and schedules with one hostile change each (a wrong type, a
 * null, an extreme number, odd Unicode, deep nesting, a removed field, a duplicated entry), run
 * through the real command line in-process. Each run must end in one of two ways:
 * <ul>
 *   <li>exit 2 with short printable lines that name the file and a field (the changed field
 *       itself when its JSON type changed), and no stack trace or Java names; or
 *   <li>exit 0 or 1 with a schedule that the independent checker accepts or rejects to match.
 * </ul>
 * The number of tries per property is jqwik's {@code jqwik.tries.default}: small in
 * {@code src/test/resources/junit-platform.properties} so that {@code mvn -B verify} stays
 * quick, larger for nightly runs (README, "Fuzz suite").
 */
class MutationFuzzTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // Escaped, so that unpaired surrogates and control characters reach the file as JSON escapes.
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();
    private static final Pattern FIELD_PATH = Pattern.compile("(^|: )[A-Za-z]+(\\[\\d+])?(\\.[A-Za-z]+(\\[\\d+])?)*: ");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x09\\x0B-\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private static Path dir;
    private static Path problemFile;
    private static Path scheduleFile;
    private static JsonNode problemTree;
    private static JsonNode scheduleTree;
    private static int runs;

    @BeforeContainer
    static void writeSamples() throws IOException {
        dir = Files.createTempDirectory("drill-fuzz");
        DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.TINY);
        problemFile = dir.resolve("tiny.json");
        DrillFormat.writeProblem(problem, problemFile);
        scheduleFile = dir.resolve("tiny-schedule.json");
        DrillFormat.writeSchedule(GreedyScheduler.schedule(problem), scheduleFile);
        problemTree = JSON.readTree(problemFile.toFile());
        scheduleTree = JSON.readTree(scheduleFile.toFile());
    }

    @AfterContainer
    static void removeSamples() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---------------------------------------------------------------- properties

    @Property
    void aMutatedProblemIsRefusedByNameOrChecked(@ForAll("problemMutations") Mutation mutation) {
        Path file = write("problem", mutation.apply(problemTree));
        Cli.Run run = Cli.run("validate", file.toString(), scheduleFile.toString());
        if (run.exit() == 2) {
            assertRefusal(run, file, mutation);
        } else {
            assertCheckerAgrees(run, DrillFormat.readProblem(file), DrillFormat.readSchedule(scheduleFile));
        }
    }

    @Property
    void aMutatedScheduleIsRefusedByNameOrChecked(@ForAll("scheduleMutations") Mutation mutation) {
        Path file = write("schedule", mutation.apply(scheduleTree));
        Cli.Run run = Cli.run("validate", problemFile.toString(), file.toString());
        if (run.exit() == 2) {
            assertRefusal(run, file, mutation);
        } else {
            assertCheckerAgrees(run, DrillFormat.readProblem(problemFile), DrillFormat.readSchedule(file));
            // What validate reads, explain reads to the same verdict or refuses by name.
            Cli.Run explain = Cli.run("explain", problemFile.toString(), file.toString());
            assertThat(explain.exit()).as(explain.all()).isIn(run.exit(), 2);
            if (explain.exit() == 2) {
                assertRefusal(explain, file, null);
            }
        }
    }

    @Property
    void aMutatedProblemIsRefusedByNameOrPlannedToACheckedSchedule(@ForAll("problemMutations") Mutation mutation)
            throws IOException {
        Path file = write("plan", mutation.apply(problemTree));
        Path out = Files.createDirectory(dir.resolve("out-" + runs));
        Path schedule = out.resolve("s.json");
        Path report = out.resolve("r.html");
        Cli.Run run = Cli.run("plan", file.toString(), "-o", schedule.toString(), "--html", report.toString(),
                "--time-limit", "200ms");
        try (Stream<Path> made = Files.list(out)) {
            List<String> names = made.map(p -> p.getFileName().toString()).toList();
            if (run.exit() == 2) {
                assertRefusal(run, file, mutation);
                assertThat(names).as("nothing written on bad input").isEmpty();
                return;
            }
            assertThat(names).as("only the named outputs, after exit %d: %s", run.exit(), run.all())
                    .containsExactlyInAnyOrder("s.json", "r.html");
        }
        Schedule planned = DrillFormat.readSchedule(schedule);
        boolean feasible = ScheduleChecker.check(DrillFormat.readProblem(file), planned).feasible();
        assertThat(run.exit()).as(run.all()).isEqualTo(feasible && planned.score().map(io.drillplan.model.Score::isFeasible).orElse(true) ? 0 : 1);
        assertThat(feasible).as("the planner never writes a schedule breaking a hard rule").isTrue();
    }

    // ---------------------------------------------------------------- assertions

    private static void assertRefusal(Cli.Run run, Path file, Mutation mutation) {
        String err = run.err();
        assertThat(err).as("message").isNotBlank();
        assertThat(run.all()).doesNotContain("Exception", "\tat ", "Jackson", "`", "java.");
        assertThat(CONTROL.matcher(run.all()).find()).as("control characters in %s", run.all()).isFalse();
        List<String> lines = err.lines().toList();
        for (String line : lines) {
            assertThat(line).as("each line names the file").startsWith(file.toString());
            assertThat(line.length()).as("a short line").isLessThan(file.toString().length() + 400);
        }
        String first = lines.size() > 1 ? lines.get(1) : lines.get(0);
        String detail = first.substring(file.toString().length());
        assertThat(FIELD_PATH.matcher(detail).find() || detail.matches(":( \\d+:\\d+:)?(\\d+:\\d+:)? [a-z].*"))
                .as("names a field: %s", first).isTrue();
        if (mutation != null && mutation.changesType()) {
            // Nesting too deep is reported where it starts: the field, or its first array level.
            assertThat(err.contains(mutation.path() + ": ") || err.contains(mutation.path() + "[0]: "))
                    .as("names the changed field %s: %s", mutation.path(), err).isTrue();
        }
    }

    private static void assertCheckerAgrees(Cli.Run run, DrillProblem problem, Schedule schedule) {
        assertThat(run.exit()).as(run.all()).isIn(0, 1);
        boolean feasible = ScheduleChecker.check(problem, schedule).feasible();
        assertThat(run.exit()).as(run.all()).isEqualTo(feasible ? 0 : 1);
    }

    private static Path write(String kind, JsonNode tree) {
        Path file = dir.resolve(kind + "-" + (++runs) + ".json");
        try {
            Files.writeString(file, JSON.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    // ---------------------------------------------------------------- mutations

    @Provide
    Arbitrary<Mutation> problemMutations() {
        return mutations(problemTree);
    }

    @Provide
    Arbitrary<Mutation> scheduleMutations() {
        return mutations(scheduleTree);
    }

    private static Arbitrary<Mutation> mutations(JsonNode tree) {
        List<String> paths = new ArrayList<>();
        collect(tree, "", paths);
        Arbitrary<String> path = Arbitraries.of(paths);
        Arbitrary<Mutation> replace = Combinators.combine(path, hostileValues(tree))
                .as((p, v) -> new Mutation(Kind.REPLACE, p, v, Mutation.find(tree, p).getNodeType()));
        Arbitrary<Mutation> remove = path.map(p -> new Mutation(Kind.REMOVE, p, null, null));
        Arbitrary<Mutation> duplicate = path.filter(p -> p.endsWith("]"))
                .map(p -> new Mutation(Kind.DUPLICATE, p, null, null));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, replace),
                net.jqwik.api.Tuple.of(1, remove),
                net.jqwik.api.Tuple.of(1, duplicate));
    }

    /** Every node's path below the root, in the reader's notation: {@code drills[3].window.from}. */
    private static void collect(JsonNode node, String at, List<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
                paths.add(p);
                collect(e.getValue(), p, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = at + "[" + i + "]";
                paths.add(p);
                collect(node.get(i), p, paths);
            }
        }
    }

    private static Arbitrary<JsonNode> hostileValues(JsonNode tree) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<String> strings = new ArrayList<>();
        collectStrings(tree, strings);
        Arbitrary<JsonNode> fixed = Arbitraries.of(
                f.nullNode(), f.booleanNode(true), f.numberNode(0), f.numberNode(-1), f.numberNode(1.5),
                f.numberNode(Integer.MAX_VALUE), f.numberNode(Integer.MIN_VALUE), f.numberNode(Long.MAX_VALUE),
                f.numberNode(1e308), f.numberNode(new BigInteger("1" + "0".repeat(40))),
                f.numberNode(new BigDecimal("1E+400")), f.numberNode(new BigInteger("9".repeat(150))),
                f.textNode(""), f.textNode(" "), f.textNode("5"), f.textNode("水灾应急演练"), f.textNode("🚒 D-1"),
                f.textNode("D-\udc00-x"), f.textNode("\ud800"), f.textNode("\u001b]0;owned\u0007\u001b[2J"),
                f.textNode("\u202eevil"), f.textNode("=cmd|' /C calc'!A0"), f.textNode("A".repeat(100_000)),
                f.textNode("2026-02-30"), f.textNode("0000-01-01"), f.textNode("9999-12-31"), f.textNode("2026-6-1"),
                f.textNode("25:00"), f.textNode("08:30:00"), f.textNode("DIGITAL_DEDUCTION"),
                f.arrayNode(), f.objectNode(), f.arrayNode().add(1), f.objectNode().put("a", 1));
        Arbitrary<JsonNode> nested = Arbitraries.integers().between(1, 200).map(depth -> {
            JsonNode node = f.arrayNode();
            for (int i = 0; i < depth; i++) {
                node = f.arrayNode().add(node);
            }
            return node;
        });
        Arbitrary<JsonNode> integers = Arbitraries.integers().map(f::numberNode);
        Arbitrary<JsonNode> reused = strings.isEmpty() ? fixed : Arbitraries.of(strings).map(f::textNode);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, fixed),
                net.jqwik.api.Tuple.of(1, nested),
                net.jqwik.api.Tuple.of(2, integers),
                net.jqwik.api.Tuple.of(2, reused));
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, out));
    }

    enum Kind { REPLACE, REMOVE, DUPLICATE }

    /**
     * One change to a document: {@code path} replaced by {@code value}, removed, or (an array
     * element) appended again to its array.
     */
    record Mutation(Kind kind, String path, JsonNode value, JsonNodeType originalType) {

        JsonNode apply(JsonNode original) {
            JsonNode root = original.deepCopy();
            int split = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            JsonNode parent = split <= 0 ? root : find(root, path.substring(0, split));
            String last = path.substring(split + 1);
            if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(last.substring(0, last.length() - 1));
                switch (kind) {
                    case REPLACE -> array.set(index, value);
                    case REMOVE -> array.remove(index);
                    case DUPLICATE -> array.add(array.get(index).deepCopy());
                }
            } else {
                ObjectNode object = (ObjectNode) parent;
                switch (kind) {
                    case REPLACE -> object.set(last, value);
                    case REMOVE -> object.remove(last);
                    case DUPLICATE -> { }
                }
            }
            return root;
        }

        /** Whether the change swaps a value for one of another JSON kind, which the reader must name. */
        boolean changesType() {
            return kind == Kind.REPLACE && !value.isNull() && value.getNodeType() != originalType;
        }

        static JsonNode find(JsonNode root, String path) {
            JsonNode node = root;
            for (String part : path.split("\\.")) {
                String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
                if (!name.isEmpty()) {
                    node = node == null ? null : node.get(name);
                }
                java.util.regex.Matcher m = Pattern.compile("\\[(\\d+)]").matcher(part);
                while (m.find()) {
                    node = node == null ? null : node.get(Integer.parseInt(m.group(1)));
                }
            }
            return node;
        }

        @Override
        public String toString() {
            String shown = value == null ? "" : " = " + value.toString();
            return kind + " " + path + (shown.length() > 80 ? shown.substring(0, 80) + "..." : shown);
        }
    }
}
