package io.drillplan.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rows of text under a header, written as an aligned table for a terminal, as CSV, as a markdown
 * table or as an HTML table.
 *
 * <pre>{@code
 * TextTable t = new TextTable("team", ">drills");   // ">" marks a right-aligned column
 * t.row("T-gujiao-fire1", 13).row("T-gujiao-med1", 4);
 * System.out.print(t.aligned());
 * }</pre>
 * prints
 * <pre>
 * team            drills
 * --------------  ------
 * T-gujiao-fire1      13
 * T-gujiao-med1        4
 * </pre>
 */
public final class TextTable {

    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * A table with these column headers.
     *
     * @param headers one per column; a header starting with {@code >} marks a right-aligned
     *     column, for numbers (the mark is not shown)
     */
    public TextTable(String... headers) {
        this.headers = new String[headers.length];
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
        }
    }

    /**
     * Adds a row.
     *
     * @param cells one per column, shown with {@link String#valueOf(Object)}; {@code null} shows
     *     as an empty cell
     * @return this table
     * @throws IllegalArgumentException when the number of cells is not the number of columns
     */
    public TextTable row(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells for a table of "
                    + headers.length + " columns: " + Arrays.toString(cells));
        }
        String[] row = new String[headers.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = cells[i] == null ? "" : String.valueOf(cells[i]);
        }
        rows.add(row);
        return this;
    }

    /**
     * Whether no row was added.
     *
     * @return true for a table without rows
     */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The header, without alignment marks.
     *
     * @return one entry per column
     */
    public List<String> header() {
        return List.of(headers);
    }

    /**
     * The rows added so far.
     *
     * @return the cells of each row as shown
     */
    public List<List<String>> rows() {
        return rows.stream().map(List::of).toList();
    }

    /**
     * The table laid out for a terminal: each column as wide as its widest cell, a line of
     * dashes under the header, two spaces between columns and no trailing blanks.
     *
     * @return the lines, each ending with a line break
     */
    public String aligned() {
        return aligned("");
    }

    /**
     * {@link #aligned()} with every line indented.
     *
     * @param indent put before every line
     * @return the lines, each ending with a line break
     */
    public String aligned(String indent) {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = displayWidth(headers[i]);
            for (String[] row : rows) {
                width[i] = Math.max(width[i], displayWidth(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, width, indent);
        String[] rule = new String[headers.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        line(out, rule, width, indent);
        for (String[] row : rows) {
            line(out, row, width, indent);
        }
        return out.toString();
    }

    /**
     * Prints {@link #aligned(String)} line by line, with the writer's line separator.
     *
     * @param out where to print
     * @param indent put before every line
     */
    public void print(PrintWriter out, String indent) {
        aligned(indent).lines().forEach(out::println);
    }

    private void line(StringBuilder out, String[] cells, int[] width, String indent) {
        int start = out.length();
        out.append(indent);
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(width[i] - displayWidth(cells[i]));
            boolean last = i == cells.length - 1;
            if (right[i]) {
                out.append(pad).append(cells[i]);
            } else {
                out.append(cells[i]);
                if (!last) {
                    out.append(pad);
                }
            }
            if (!last) {
                out.append("  ");
            }
        }
        // Empty cells at the end of a row would leave blanks that only get in the way of diffs.
        int end = out.length();
        while (end > start + indent.length() && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }

    /**
     * The table as CSV (RFC 4180): a header line, then one line per row; cells holding a comma,
     * a quote or a line break are quoted.
     *
     * @return the lines, each ending with {@code \n}
     */
    public String csv() {
        StringBuilder out = new StringBuilder();
        csvLine(out, headers);
        rows.forEach(row -> csvLine(out, row));
        return out.toString();
    }

    private static void csvLine(StringBuilder out, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            out.append(c == 0 ? "" : ",").append(cell);
        }
        out.append('\n');
    }

    /**
     * The table in GitHub-flavoured markdown, right-aligned columns marked as such.
     *
     * @return the lines, each ending with {@code \n}
     */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        markdownLine(out, headers);
        out.append('|');
        for (boolean r : right) {
            out.append(r ? "---:|" : "---|");
        }
        out.append('\n');
        rows.forEach(row -> markdownLine(out, row));
        return out.toString();
    }

    private static void markdownLine(StringBuilder out, String[] cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        out.append('\n');
    }

    /**
     * The table as an HTML {@code <table>}, every cell escaped; right-aligned cells get the class
     * {@code num}.
     *
     * @return the markup, ending with a line break
     */
    public String html() {
        StringBuilder out = new StringBuilder("<table>\n<tr>");
        for (int c = 0; c < headers.length; c++) {
            out.append(right[c] ? "<th class=\"num\">" : "<th>").append(Html.escape(headers[c])).append("</th>");
        }
        out.append("</tr>\n");
        for (String[] row : rows) {
            out.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                out.append(right[c] ? "<td class=\"num\">" : "<td>").append(Html.escape(row[c])).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    /**
     * A number as a cell: {@code decimals} digits after the point whatever the locale, and
     * {@code n/a} for NaN.
     *
     * @param value the number
     * @param decimals digits after the point, 0 or more
     * @return the text of the cell
     */
    public static String number(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * Columns {@code text} takes in a terminal: CJK ideographs, Hangul and full-width forms take
     * two, every other code point one.
     *
     * @param text any text
     * @return the number of columns
     */
    public static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                    || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
            w += wide ? 2 : 1;
        }
        return w;
    }

    /**
     * {@code text} cut to at most {@code max} terminal columns, with an ellipsis when cut.
     *
     * @param text any text, may be {@code null}
     * @param max the most columns, at least 1
     * @return the text or its start and {@code …}; {@code ""} for {@code null}
     */
    public static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        if (displayWidth(text) <= max) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String c = new String(Character.toChars(cp));
            int w = displayWidth(c);
            if (used + w > max - 1) {
                break;
            }
            b.append(c);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
