package io.drillplan.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents and files made to hurt the reader or the writer: deep nesting, endless numbers,
 * unpaired surrogates, escape sequences, special files in place of documents or targets.
 */
class HostileDocumentTest {

    private static final String EXAMPLE = Fixtures.exampleProblem();

    @TempDir
    Path dir;

    private static FormatException failure(String json) {
        try {
            DrillFormat.readProblem(json, "problem.json");
        } catch (FormatException e) {
            return e;
        }
        throw new AssertionError("read without error");
    }

    @Test
    void deepNestingNamesThePlaceAndNoJacksonApi() {
        String json = EXAMPLE.replaceFirst("\"name\":", "\"deep\": " + "[".repeat(5000) + "]".repeat(5000) + ", \"name\":");
        FormatException e = failure(json);
        assertThat(e.getMessage()).startsWith("problem.json:" + e.line() + ":")
                .contains("deep", "nested more than 64 levels deep")
                .doesNotContain("StreamReadConstraints", "Jackson", "`");
        assertThat(e.line()).isPositive();
        assertThat(e.getMessage().length()).isLessThan(400);
    }

    @Test
    void hugeNumbersAndStringsAreRefusedShortly() {
        FormatException number = failure(EXAMPLE.replaceFirst("\"durationSlots\": 2", "\"durationSlots\": 2" + "9".repeat(5000)));
        assertThat(number.getMessage()).contains("a number of more than 100 digits").hasSizeLessThan(300);
        FormatException integer = failure(EXAMPLE.replaceFirst("\"durationSlots\": 2", "\"durationSlots\": 99999999999999999999"));
        assertThat(integer.getMessage()).contains("durationSlots: integer 99999999999999999999 is out of range");
    }

    @Test
    void unpairedSurrogateIsRefusedWithItsPlace() {
        String json = EXAMPLE.replaceFirst("\"id\": \"([^\"]*)\"", "\"id\": \"D-\\\\udc00-x\"");
        FormatException e = failure(json);
        assertThat(e.getMessage()).contains("string 'D-\\uDC00-x' is not valid Unicode: unpaired surrogate U+DC00 at character 3");
        assertThat(e.line()).isPositive();
    }

    @Test
    void controlCharactersAndLongValuesAreQuotedAsShortPrintableExcerpts() {
        String json = EXAMPLE.replaceFirst("\"type\": \"[A-Z_]*\"", "\"type\": \"\\\\u001b]0;pwned\\\\u0007" + "X".repeat(100_000) + "\"");
        FormatException e = failure(json);
        assertThat(e.getMessage()).contains("unknown exercise type '\\u001B]0;pwned\\u0007XXX").contains("X…'")
                .doesNotContain("\u001b", "\u0007").hasSizeLessThan(400);
    }

    @Test
    void directoriesAreNotRead(@TempDir Path sub) {
        assertThatThrownBy(() -> DrillFormat.readProblem(sub)).isInstanceOf(FormatException.class)
                .hasMessage(sub + ": cannot read: not a regular file (a directory)");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devicesAndPipesAreRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertThat(Files.exists(fifo)).isTrue();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (Path special : new Path[] {Path.of("/dev/zero"), Path.of("/dev/urandom"), fifo}) {
                assertThatThrownBy(() -> DrillFormat.readProblem(special)).isInstanceOf(FormatException.class)
                        .hasMessage(special + ": cannot read: not a regular file (a device, pipe or socket)");
            }
        });
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), DrillFormat.MAX_DOCUMENT_BYTES); // sparse
        }
        assertThatThrownBy(() -> DrillFormat.readProblem(big)).isInstanceOf(FormatException.class)
                .hasMessageContaining("more than the 64 MiB a document may have");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void specialTargetsAreNeverReplaced() throws Exception {
        Path link = dir.resolve("link.json");
        Path real = dir.resolve("real.json");
        Files.writeString(real, "keep");
        Files.createSymbolicLink(link, real);
        Path fifo = dir.resolve("out.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        for (Path target : new Path[] {Path.of("/dev/null"), link, fifo, dir}) {
            assertThatThrownBy(() -> FileReplacement.replace(Map.of(target, new byte[] {1})))
                    .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("keep");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("link.json", "real.json", "out.fifo");
        }
    }

    @Test
    void staleTemporaryFilesOfDeadProcessesAreRemoved() throws Exception {
        Path target = dir.resolve("june.json");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = dir.resolve(".june.json." + gone.pid() + FileReplacement.TEMP_SUFFIX);
        Path live = dir.resolve(".june.json." + ProcessHandle.current().parent().orElseThrow().pid() + FileReplacement.TEMP_SUFFIX);
        Path other = dir.resolve(".july.json.1" + FileReplacement.TEMP_SUFFIX);
        for (Path p : new Path[] {stale, live, other}) {
            Files.writeString(p, "half");
        }
        FileReplacement.write(target, "{}\n");
        assertThat(Files.readString(target)).isEqualTo("{}\n");
        assertThat(stale).doesNotExist();
        assertThat(live).as("a running process's temporary file").exists();
        assertThat(other).as("another target's temporary file").exists();
    }

    @Test
    void companionsAreRemovedBeforeTheMainFileIsReplaced() throws Exception {
        Path schedule = dir.resolve("s.json");
        Path report = dir.resolve("s.html");
        Files.writeString(schedule, "old schedule");
        Files.writeString(report, "old report");
        Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(schedule, "new schedule".getBytes());
        files.put(report, "new report".getBytes());
        FileReplacement.replace(files);
        assertThat(Files.readString(schedule)).isEqualTo("new schedule");
        assertThat(Files.readString(report)).isEqualTo("new report");
        try (var list = Files.list(dir)) {
            assertThat(list.filter(p -> p.getFileName().toString().endsWith(FileReplacement.TEMP_SUFFIX))).isEmpty();
        }
        // A companion that cannot be written stops everything before any old file is touched.
        files.put(dir.resolve("missing-dir-is-a-file"), new byte[0]);
        Files.writeString(dir.resolve("blocker"), "");
        Map<Path, byte[]> failing = new java.util.LinkedHashMap<>();
        failing.put(schedule, "newer".getBytes());
        failing.put(dir.resolve("blocker").resolve("r.html"), "x".getBytes());
        assertThatThrownBy(() -> FileReplacement.replace(failing)).isInstanceOf(IOException.class);
        assertThat(Files.readString(schedule)).isEqualTo("new schedule");
        try (var list = Files.list(dir)) {
            assertThat(list.filter(p -> p.getFileName().toString().endsWith(FileReplacement.TEMP_SUFFIX))).isEmpty();
        }
    }
}
