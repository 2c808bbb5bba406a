package io.drillplan.format;

import io.drillplan.format.Documents.FormatProbe;
import io.drillplan.format.Documents.FormatTag;
import io.drillplan.format.Documents.ProblemDoc;
import io.drillplan.format.Documents.ScheduleDoc;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes the two JSON documents of docs/format.md: problems ({@code drillplan-problem/1})
 * and schedules ({@code drillplan-schedule/1}).
 *
 * <p>Reading applies every default of docs/format.md (a JSON {@code null} counts as absent), ignores
 * fields it does not know, and reports the first error as a {@link FormatException} naming the
 * source, line, column, path and offending value. It does not check the problem's consistency
 * (unknown ids, cycles, ranges): run {@link io.drillplan.model.ProblemValidator} on the result.
 *
 * <p>Writing produces pretty-printed UTF-8 JSON with the fields in docs/format.md's order, omits
 * fields whose value is {@code null}, and replaces the target file only once the whole text is
 * on disk, so a failed write never leaves half a file.
 */
public final class DrillFormat {

    private static final String UNNAMED = "(input)";

    /**
     * Largest document read, in bytes: ten times the province sample, and small enough that
     * reading and parsing it stays well under a gigabyte of memory.
     */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    private DrillFormat() {}

    /**
     * Reads a problem file.
     *
     * @param file a UTF-8 {@code drillplan-problem/1} document
     * @return the problem, not validated
     * @throws FormatException when the file is missing, unreadable or not a valid document
     */
    public static DrillProblem readProblem(Path file) {
        return readProblem(text(file), file.toString());
    }

    /**
     * Reads a problem from a stream, which is read to its end and left open.
     *
     * @param in a UTF-8 {@code drillplan-problem/1} document
     * @param sourceName the name errors give for the stream, such as a file or URL
     * @return the problem, not validated
     * @throws FormatException when the stream fails or is not a valid document
     */
    public static DrillProblem readProblem(InputStream in, String sourceName) {
        return readProblem(text(in, sourceName), sourceName);
    }

    /**
     * Reads a problem from JSON text.
     *
     * @param json a {@code drillplan-problem/1} document
     * @param sourceName the name errors give for the text, such as the file it came from
     * @return the problem, not validated
     * @throws FormatException when the text is not a valid document
     */
    public static DrillProblem readProblem(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Reading reading = new Reading(name(sourceName));
        checkFormat(json, ProblemMapping.FORMAT, reading);
        ProblemDoc doc = DocumentCodec.read(json, ProblemDoc.class, reading);
        return ProblemMapping.toModel(doc, reading);
    }

    /**
     * Reads a schedule file.
     *
     * @param file a UTF-8 {@code drillplan-schedule/1} document
     * @return the schedule, not checked against any problem
     * @throws FormatException when the file is missing, unreadable or not a valid document
     */
    public static Schedule readSchedule(Path file) {
        return readSchedule(text(file), file.toString());
    }

    /**
     * Reads a schedule from JSON text.
     *
     * @param json a {@code drillplan-schedule/1} document
     * @param sourceName the name errors give for the text, such as the file it came from
     * @return the schedule, not checked against any problem
     * @throws FormatException when the text is not a valid document
     */
    public static Schedule readSchedule(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Reading reading = new Reading(name(sourceName));
        checkFormat(json, ScheduleMapping.FORMAT, reading);
        ScheduleDoc doc = DocumentCodec.read(json, ScheduleDoc.class, reading);
        return ScheduleMapping.toModel(doc, reading);
    }

    /**
     * Writes a problem to a file, creating missing parent directories and replacing the file
     * atomically where the file system allows.
     *
     * @param problem the problem, valid or not
     * @param file the target file
     * @throws FormatException when a value has no JSON form (NaN, a time with seconds) or the
     *     file cannot be written; the target is then left as it was
     */
    public static void writeProblem(DrillProblem problem, Path file) {
        String json = DocumentCodec.write(ProblemMapping.toDocument(problem), file.toString());
        FileReplacement.write(file, json);
    }

    /**
     * A problem as {@code drillplan-problem/1} JSON text, ending in a newline.
     *
     * @param problem the problem, valid or not
     * @return pretty-printed JSON
     * @throws FormatException when a value has no JSON form (NaN, a time with seconds)
     */
    public static String problemToJson(DrillProblem problem) {
        return DocumentCodec.write(ProblemMapping.toDocument(problem), "problem");
    }

    /**
     * Writes a schedule to a file, creating missing parent directories and replacing the file
     * atomically where the file system allows.
     *
     * @param schedule the schedule
     * @param file the target file
     * @throws FormatException when a value has no JSON form or the file cannot be written; the
     *     target is then left as it was
     */
    public static void writeSchedule(Schedule schedule, Path file) {
        String json = DocumentCodec.write(ScheduleMapping.toDocument(schedule), file.toString());
        FileReplacement.write(file, json);
    }

    /**
     * A schedule as {@code drillplan-schedule/1} JSON text, ending in a newline.
     *
     * @param schedule the schedule
     * @return pretty-printed JSON
     * @throws FormatException when a value has no JSON form (a time with seconds)
     */
    public static String scheduleToJson(Schedule schedule) {
        return DocumentCodec.write(ScheduleMapping.toDocument(schedule), "schedule");
    }

    /** Reads only the tag first, so that a document of the wrong kind gets exactly that error. */
    static void checkFormat(String json, String expected, Reading reading) {
        FormatProbe probe = DocumentCodec.read(json, FormatProbe.class, reading);
        FormatTag tag = probe.format();
        if (tag == null) {
            throw reading.error(probe, "format", Message.of("format.missingTag", expected));
        }
        if (!expected.equals(tag.value())) {
            throw reading.error(tag.at(), "format",
                    Message.of("format.unsupportedTag", JsonScalars.quote(tag.value()), expected), null);
        }
    }

    static String name(String sourceName) {
        return sourceName == null || sourceName.isBlank() ? UNNAMED : sourceName;
    }

    static String text(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            // Checked before opening: a FIFO blocks in open(), /dev/zero never ends.
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new FormatException(file.toString(), -1, -1, "",
                        Message.of("format.notRegularFile", FileReplacement.kindTerm(file)), null);
            }
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                throw new FormatException(file.toString(), -1, -1, "",
                        Message.of("format.fileTooLarge", size, MAX_DOCUMENT_BYTES / (1024 * 1024)), null);
            }
            return decode(readAtMost(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new FormatException(file.toString(), -1, -1, "", Message.of("format.fileNotFound"), e);
        } catch (AccessDeniedException e) {
            throw new FormatException(file.toString(), -1, -1, "", Message.of("format.permissionDenied"), e);
        } catch (IOException e) {
            throw new FormatException(file.toString(), -1, -1, "", Message.of("format.cannotRead", FileReplacement.reason(e)), e);
        }
    }

    /** Reads the file, failing rather than growing without end if it grows while read. */
    private static byte[] readAtMost(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, file.toString());
        }
    }

    private static byte[] readAtMost(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new FormatException(source, -1, -1, "",
                    Message.of("format.documentTooLarge", MAX_DOCUMENT_BYTES / (1024 * 1024)), null);
        }
        return bytes;
    }

    private static String text(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        try {
            return decode(readAtMost(in, name(sourceName)), name(sourceName));
        } catch (IOException e) {
            throw new FormatException(name(sourceName), -1, -1, "", Message.of("format.cannotRead", FileReplacement.reason(e)), e);
        }
    }

    private static String decode(byte[] bytes, String source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // Editors on Windows like to start UTF-8 files with a byte order mark.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FormatException(source, -1, -1, "", Message.of("format.notUtf8"), e);
        }
    }
}
