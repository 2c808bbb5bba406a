package io.drillplan.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the result files of a benchmark (CSV, markdown, HTML) under its output directory. */
final class ResultFiles {

    private ResultFiles() {}

    /** Writes {@code text} to {@code file} as UTF-8, creating its directory. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
