package io.drillplan.format;

import io.drillplan.model.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replaces files' content all at once: the text goes to a temporary file in the same directory,
 * is forced to disk, and is then moved over the target, so that readers see the old file or the
 * new one and never a half-written one.
 *
 * <p>Only regular files are replaced: a device ({@code /dev/null}), a pipe, a directory or a
 * symbolic link at the target is refused, because moving a file over it would destroy it rather
 * than write through it.
 *
 * <p>The temporary file of {@code dir/NAME} is {@code dir/.NAME.PID.drillplan-tmp}. A process
 * killed while writing leaves it behind; {@link #removeStale(Path)}, which every write calls
 * first, deletes those whose process is gone, once per directory and process.
 */
public final class FileReplacement {

    /** How every temporary file's name ends. */
    public static final String TEMP_SUFFIX = ".drillplan-tmp";

    /** Directories already looked through for leftovers by this process. */
    private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

    private FileReplacement() {}

    /**
     * Writes UTF-8 text to {@code file}, creating missing parent directories.
     *
     * @throws FormatException naming the file when it cannot be written; the target is then as it was
     */
    static void write(Path file, String text) {
        try {
            replace(Map.of(file, text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new FormatException(file.toString(), -1, -1, "", Message.of("format.cannotWrite", reason(e)), e);
        }
    }

    /**
     * Replaces several files as one change, as far as a file system allows: every new content is
     * written and forced to disk first; then every target after the first is deleted; then the
     * temporary files are moved over their targets in order. A process killed at any point leaves
     * the old first file with none or all of its old companions, or the new first file with none
     * or some of its new companions, but never a new first file next to an old companion (a new
     * schedule next to the report of an old one).
     *
     * @param files targets and their new content, in the order to move them (the main file first)
     * @throws IOException when a target cannot be written or is not a regular file; targets not
     *     yet moved are then as they were, temporary files are removed
     */
    public static void replace(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path target = f.getKey().toAbsolutePath();
                requireRegularOrAbsent(target);
                Path dir = target.getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                removeStale(target);
                Path temp = tempFor(target);
                Files.deleteIfExists(temp);
                Files.createFile(temp);
                temps.put(target, temp);
                ByteBuffer bytes = ByteBuffer.wrap(f.getValue());
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                }
            }
            List<Path> targets = new ArrayList<>(temps.keySet());
            for (Path companion : targets.subList(1, targets.size())) {
                requireRegularOrAbsent(companion);
                Files.deleteIfExists(companion);
            }
            for (Path target : targets) {
                requireRegularOrAbsent(target);
                move(temps.get(target), target);
                temps.remove(target);
            }
        } finally {
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write has failed already; that error is the one worth reporting.
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The temporary file this process writes {@code target} through.
     *
     * @param target the file to write
     * @return {@code .NAME.PID.drillplan-tmp} next to it
     */
    public static Path tempFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + TEMP_SUFFIX);
    }

    /**
     * Deletes the temporary files that earlier processes left next to {@code target}: those whose
     * process has ended, or whose process id now belongs to a process started after the file was
     * last written. A process still writing keeps its file. Each directory is looked through once
     * per process, so that writing thousands of calendar files does not list it thousands of
     * times. Never fails: what cannot be deleted stays.
     *
     * @param target a file about to be written
     */
    public static void removeStale(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir) || !CLEANED.add(dir.normalize())) {
            return;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir,
                p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith(".") && n.endsWith(TEMP_SUFFIX);
                })) {
            for (Path temp : siblings) {
                String name = temp.getFileName().toString();
                String stem = name.substring(0, name.length() - TEMP_SUFFIX.length());
                String pid = stem.substring(stem.lastIndexOf('.') + 1);
                if (!pid.matches("\\d{1,18}") || !Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (isStale(Long.parseLong(pid), Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS).toInstant())) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up after others is a courtesy; the write itself decides success.
        }
    }

    private static boolean isStale(long pid, Instant written) {
        if (pid == ProcessHandle.current().pid()) {
            // A file of this process's id from before it started is another's leftover; a newer
            // one is this process's own write in progress (another thread's).
            return ProcessHandle.current().info().startInstant().map(written::isBefore).orElse(false);
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = owner.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(written);
    }

    /** Refuses a target that exists and is not a regular file, without following a link. */
    static void requireRegularOrAbsent(Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "not a regular file: " + kind(target, Locale.ROOT)
                    + ", which would be replaced rather than written to");
        }
    }

    /**
     * What a path that is not a regular file is, in a user's words.
     *
     * @param path an existing path
     * @param locale the language; Chinese for {@code zh}, English otherwise
     * @return "a directory", "a symbolic link", "a device, pipe or socket", or the same in Chinese
     */
    public static String kind(Path path, Locale locale) {
        return Message.of(kindTerm(path)).text(locale);
    }

    /** What {@link #kind} says, as a {@code term.} key that drill-core's texts word in either language. */
    static String kindTerm(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "term.file.symlink";
        }
        return Files.isDirectory(path) ? "term.file.directory" : "term.file.device";
    }

    /** A short reason for an I/O failure; NIO's own messages are often just the path. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied on " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
