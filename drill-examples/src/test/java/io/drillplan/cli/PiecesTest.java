package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.format.DrillFormat;
import io.drillplan.samples.SampleProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** The parts the end-to-end tests reach only indirectly. */
class PiecesTest {

    @TempDir
    Path dir;

    @Test
    void durationsReadAsPeopleWriteThem() {
        DurationConverter c = new DurationConverter();
        assertThat(c.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.convert("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(c.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(c.convert("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(c.convert("PT20S")).isEqualTo(Duration.ofSeconds(20));
        for (String bad : List.of("", "0s", "s", "3x", "1m 30s", "-5s", "ptx")) {
            assertThatThrownBy(() -> c.convert(bad)).isInstanceOf(TypeConversionException.class);
        }
        assertThat(DurationConverter.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(DurationConverter.format(Duration.ofMillis(5200))).isEqualTo("5.2s");
    }

    @Test
    void problemFilesAreRecognisedByTheirFormatTag() throws IOException {
        Path problem = dir.resolve("p.json");
        DrillFormat.writeProblem(SampleProblems.generate(SampleProblems.Preset.TINY), problem);
        assertThat(OutputFiles.isProblemFile(problem)).isTrue();
        Path late = dir.resolve("late.json");
        Files.writeString(late, "{\"name\": \"x\", \"drills\": [{\"format\": \"no\"}], \"format\": \"drillplan-problem/1\"}");
        assertThat(OutputFiles.isProblemFile(late)).isTrue();
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, "{\n  \"name\": \"x\",\n  \"format\": \"drillplan-problem/1\",\n  \"drills\": [ {");
        assertThat(OutputFiles.isProblemFile(truncated)).isTrue();
        Path schedule = dir.resolve("s.json");
        Files.writeString(schedule, "{\"format\": \"drillplan-schedule/1\"}");
        assertThat(OutputFiles.isProblemFile(schedule)).isFalse();
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "format: drillplan-problem/1");
        assertThat(OutputFiles.isProblemFile(text)).isFalse();
        assertThat(OutputFiles.isProblemFile(dir.resolve("absent.json"))).isFalse();
    }

}
