package io.drillplan.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.drillplan.format.FileReplacement;
import io.drillplan.model.Excerpt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guards the files a command writes: never the input, never a problem file unless forced, and
 * only where writing can succeed, checked before any long work starts.
 */
final class OutputFiles {

    private static final String PROBLEM_FORMAT = "drillplan-problem/1";

    private OutputFiles() {}

    /**
     * Checks that {@code output} may be written and that its directory exists (creating it).
     *
     * @param output the file to write
     * @param option the option that named it, for the messages
     * @param inputs the files the command reads; {@code output} must be none of them, even with force
     * @param force whether an existing problem file may be overwritten
     * @throws BadInputException when the file must not or cannot be written
     */
    static void checkFile(Path output, String option, Collection<Path> inputs, boolean force) {
        if (output.toString().isEmpty() || output.getFileName() == null) {
            throw BadInputException.of("output.noFileName", option, Excerpt.quote(output.toString()));
        }
        for (Path input : inputs) {
            if (sameFile(output, input)) {
                throw BadInputException.of("output.isInput", option, output, input);
            }
        }
        if (Files.isDirectory(output)) {
            throw BadInputException.of("output.isDirectory", option + " " + output);
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
            // Moving the new file over it would destroy a device or a link rather than write through it.
            throw BadInputException.ofLines(List.of(m -> m.text("output.notRegular", option + " " + output,
                    FileReplacement.kind(output, m.language().locale()))));
        }
        if (!force && isProblemFile(output)) {
            throw BadInputException.of("output.isProblem", output, option);
        }
        Path dir = output.toAbsolutePath().getParent();
        Path existing = existingDirectory(dir, option + " " + output);
        FileReplacement.removeStale(output);
        probe(existing.resolve(FileReplacement.tempFor(output).getFileName()), existing, option + " " + output);
        if (Files.exists(output) && !Files.isWritable(output)) {
            throw BadInputException.of("output.permissionDenied", option + " " + output);
        }
    }

    /** Checks that {@code dir} exists as a writable directory, creating it when missing. */
    static void checkDirectory(Path dir, String what) {
        Path existing = existingDirectory(dir.toAbsolutePath(), what);
        Path probe = existing.resolve(".drill-write-probe");
        FileReplacement.removeStale(probe);
        probe(FileReplacement.tempFor(probe), existing, what);
    }

    /**
     * {@code dir} or its nearest existing ancestor, which must be a directory. Nothing is created
     * before the command has its result: a run refused later leaves no empty directory behind.
     */
    private static Path existingDirectory(Path dir, String what) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw existing == null ? BadInputException.of("output.noParent", what, dir)
                    : BadInputException.of("output.parentNotDirectory", what, dir, existing);
        }
        return existing;
    }

    /**
     * Creates and deletes {@code probe} in {@code dir}. Permission bits do not tell (root,
     * read-only mounts, /proc): a real file does, and the name of the temporary file the write
     * will use also proves that the name is not too long. A probe left by a kill is named like a
     * temporary file, so the next run removes it.
     */
    private static void probe(Path probe, Path dir, String what) {
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
        } catch (IOException e) {
            if (reason(e).contains("name too long")) {
                throw BadInputException.of("output.nameTooLong", what, Excerpt.of(String.valueOf(probe.getFileName())));
            }
            throw BadInputException.of("output.cannotCreate", what, dir, reason(e));
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // The probe could not be created in the first place; that is what gets reported.
            }
        }
    }

    /**
     * Writes {@code bytes} to {@code file} through a temporary file in the same directory, so that
     * an interrupted write never leaves half a file behind.
     */
    static void write(Path file, byte[] bytes, String what) {
        try {
            FileReplacement.replace(Map.of(file, bytes));
        } catch (IOException e) {
            throw BadInputException.of("output.cannotWrite", what + " " + file, reason(e));
        }
    }

    /**
     * Writes several files as one change (see {@link FileReplacement#replace}): the first file is
     * the main one, and a kill never leaves it new next to an old companion.
     *
     * @param files file to UTF-8 text, main file first
     * @param what the options that named them, for the message
     */
    static void writeAll(Map<Path, String> files, String what) {
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((file, text) -> bytes.put(file, text.getBytes(StandardCharsets.UTF_8)));
        try {
            FileReplacement.replace(bytes);
        } catch (IOException e) {
            throw BadInputException.of("output.cannotWrite", what + " " + String.join(", ",
                    files.keySet().stream().map(Path::toString).toList()), reason(e));
        }
    }

    /** Writes UTF-8 text; see {@link #write(Path, byte[], String)}. */
    static void write(Path file, String text, String what) {
        write(file, text.getBytes(StandardCharsets.UTF_8), what);
    }

    /** Whether both paths name one existing file, through links and relative paths alike. */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Unreadable paths: fall back to comparing names.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Whether {@code file} is a JSON document whose top-level {@code format} is a problem's. */
    static boolean isProblemFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            // Scan only the top level: the tag may come after large arrays written by other programs.
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(field)) {
                    return value == JsonToken.VALUE_STRING && PROBLEM_FORMAT.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // A damaged file may still be someone's problem: look for the tag in its text.
            return containsProblemTag(file);
        }
    }

    private static boolean containsProblemTag(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.matches("(?s)\\s*\\{.*\"format\"\\s*:\\s*\"" + PROBLEM_FORMAT + "\".*");
        } catch (IOException e) {
            return false;
        }
    }

    /** An I/O failure in a planner's words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
