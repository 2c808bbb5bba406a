package io.drillplan.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A table of results, printed aligned on the console and written as CSV or markdown. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; numbers are formatted by the caller (see {@link #fmt}). */
    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the header " + header.size());
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    /** {@code value} with {@code decimals} decimals, "n/a" for NaN, in a locale-independent format. */
    static String fmt(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** The table with columns padded to line up. */
    String aligned() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendAligned(out, header, widths);
        for (List<String> row : rows) {
            appendAligned(out, row, widths);
        }
        return out.toString();
    }

    private static void appendAligned(StringBuilder out, List<String> cells, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            // Text left, numbers right: easier to compare down a column.
            boolean number = !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
            String pad = " ".repeat(widths[c] - cell.length());
            out.append(c == 0 ? "" : "  ").append(number ? pad + cell : cell + pad);
        }
        out.append(System.lineSeparator());
    }

    /** RFC 4180 CSV with a header line. */
    String csv() {
        StringBuilder out = new StringBuilder();
        appendCsv(out, header);
        rows.forEach(row -> appendCsv(out, row));
        return out.toString();
    }

    private static void appendCsv(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            out.append(c == 0 ? "" : ",").append(cell);
        }
        out.append('\n');
    }

    /** A GitHub-flavoured markdown table. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row.stream().map(s -> s.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** An HTML table (cells escaped). */
    String html() {
        StringBuilder out = new StringBuilder("<table>\n<tr>");
        header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes {@code text} to {@code file}, creating its directory. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
