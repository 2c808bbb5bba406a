package io.drillplan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Slot;
import io.drillplan.model.Travel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemRoundTripTest {

    @TempDir
    Path dir;

    private static DrillProblem example() {
        return DrillFormat.readProblem(Fixtures.exampleProblem(), "problem.json");
    }

    @Test
    void readsTheExampleOfFormatMd() {
        DrillProblem p = example();
        assertThat(p.name()).isEqualTo("Shanxi pilot, June 2026");
        assertThat(p.horizon()).isEqualTo(new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                Set.of(LocalDate.of(2026, 6, 19)), List.of(Slot.DEFAULT_AM, Slot.DEFAULT_PM)));
        assertThat(p.travel()).isEqualTo(new Travel(40, 1.3));
        assertThat(p.regions()).containsExactly(new Region("taiyuan", "Taiyuan", null, 12));
        assertThat(p.teams()).containsExactly(new RescueTeam("T1", "Taiyuan Fire Rescue Squadron 1", "FIRE_RESCUE",
                Set.of("FIRE", "EVACUATION"), new GeoPoint(37.87, 112.55), "taiyuan", 60.0, 2, 5,
                Set.of(LocalDate.of(2026, 6, 16))));
        assertThat(p.units()).containsExactly(new GrassrootsUnit("U1", "Xishan Coal Mine", "ENTERPRISE", "MINING",
                "MAJOR", "taiyuan", new GeoPoint(37.9, 112.4), false, Set.of()));
        assertThat(p.drills()).containsExactly(
                new DrillRequest("D1", "U1", ExerciseType.DIGITAL_DEDUCTION, "GAS_EXPLOSION", 1,
                        List.of(new Role("MINE_RESCUE", 1)),
                        new DateWindow(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 20)), List.of(), 5, 40),
                new DrillRequest("D2", "U1", ExerciseType.COMPREHENSIVE_EXERCISE, "GAS_EXPLOSION", 2,
                        List.of(new Role("MINE_RESCUE", 1), new Role("MEDICAL", 1)), null,
                        List.of(new Precedence("D1", 7)), 5, 300));
        assertThat(ProblemValidator.problems(p)).isEmpty();
    }

    @Test
    void writingAndReadingAgainGivesEqualRecords() {
        DrillProblem p = example();
        String json = DrillFormat.problemToJson(p);
        DrillProblem again = DrillFormat.readProblem(json, "written.json");
        assertThat(again).isEqualTo(p);
        assertThat(DrillFormat.problemToJson(again)).isEqualTo(json);
    }

    @Test
    void writtenTextHasFormatMdFieldOrderDatesAndTimes() {
        String json = DrillFormat.problemToJson(example());
        assertThat(json).isEqualTo(Fixtures.resource("example-problem.written.json"));
    }

    @Test
    void nullOptionalFieldsAreOmitted() {
        DrillProblem p = new DrillProblem(null, new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                null, null), null, List.of(new Region("r", null, null, null)), List.of(),
                List.of(new GrassrootsUnit("U1", null, null, null, null, "r", new GeoPoint(1, 2), false, null)),
                List.of(new DrillRequest("D1", "U1", ExerciseType.DIGITAL_DEDUCTION, null, 1, null, null, null, 3, 0)));
        String json = DrillFormat.problemToJson(p);
        assertThat(json).doesNotContain("null", "\"name\"", "\"parent\"", "\"maxDrillsPerDay\"", "\"window\"",
                "\"scenario\"", "\"kind\"", "\"sector\"", "\"risk\"");
        assertThat(DrillFormat.readProblem(json, "x.json")).isEqualTo(p);
    }

    @Test
    void skillsAndDatesAreWrittenSortedWhateverTheSetOrder() {
        RescueTeam t = new RescueTeam("T", "n", null, Set.of("MEDICAL", "FIRE", "HAZMAT", "EVACUATION"),
                new GeoPoint(1, 1), null, null, 2, 5,
                Set.of(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 5)));
        DrillProblem p = example().toBuilder().team(t).build();
        String json = DrillFormat.problemToJson(p);
        assertThat(json).containsSubsequence("\"EVACUATION\"", "\"FIRE\"", "\"HAZMAT\"", "\"MEDICAL\"",
                "\"2026-06-02\"", "\"2026-06-05\"", "\"2026-06-09\"");
    }

    @Test
    void writesAFileAndReadsItBackFromFileAndStream() throws IOException {
        DrillProblem p = example();
        Path file = dir.resolve("out/nested/problem.json");
        DrillFormat.writeProblem(p, file);
        assertThat(DrillFormat.readProblem(file)).isEqualTo(p);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(DrillFormat.problemToJson(p));
        assertThat(DrillFormat.readProblem(new ByteArrayInputStream(bytes), "stdin")).isEqualTo(p);
        assertThat(filesIn(file.getParent())).containsExactly("problem.json");
    }

    @Test
    void nonAsciiTextSurvivesAndBomIsSkipped() {
        DrillProblem p = example().toBuilder().name("山西省安全生产月 2026").build();
        String json = DrillFormat.problemToJson(p);
        assertThat(json).contains("山西省安全生产月 2026");
        byte[] withBom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertThat(DrillFormat.readProblem(new ByteArrayInputStream(withBom), "bom.json")).isEqualTo(p);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("problem.json");
        DrillFormat.writeProblem(example(), file);
        String before = Files.readString(file);
        DrillProblem unwritable = example().toBuilder().travel(new Travel(Double.NaN, 1.3)).build();

        assertThatThrownBy(() -> DrillFormat.writeProblem(unwritable, file))
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.path()).isEqualTo("travel.speedKmh");
                    assertThat(e.source()).isEqualTo(file.toString());
                })
                .hasMessageContaining("NaN cannot be written in JSON");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(filesIn(dir)).containsExactly("problem.json");
    }

    @Test
    void aWriteIntoAnUnwritablePlaceIsAFormatExceptionNamingTheFile() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "not a directory");
        Path file = blocker.resolve("problem.json");
        assertThatThrownBy(() -> DrillFormat.writeProblem(example(), file))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(file + ": cannot write: ");
        assertThat(Files.readString(blocker)).isEqualTo("not a directory");
    }

    @Test
    void timesWithSecondsAreRefusedOnWriting() {
        Horizon h = new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null,
                List.of(new Slot("AM", LocalTime.of(8, 30, 15), LocalTime.of(12, 0))));
        DrillProblem p = example().toBuilder().horizon(h).build();
        assertThatThrownBy(() -> DrillFormat.problemToJson(p))
                .isInstanceOfSatisfying(FormatException.class,
                        e -> assertThat(e.path()).isEqualTo("horizon.slots[0].start"))
                .hasMessageContaining("08:30:15 is not a whole minute");
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
