package io.drillplan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns padded to their widest cell, numbers right-aligned. */
final class TextTable {

    private final String[] headers;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    /** Headers; a header starting with {@code >} marks a right-aligned column (the mark is not shown). */
    TextTable(String... headers) {
        this.headers = new String[headers.length];
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers[i] = right[i] ? headers[i].substring(1) : headers[i];
        }
    }

    TextTable row(Object... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, each line indented by {@code indent}. */
    void print(PrintWriter out, String indent) {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            width[i] = displayWidth(headers[i]);
            for (String[] row : rows) {
                width[i] = Math.max(width[i], displayWidth(row[i]));
            }
        }
        out.println(line(headers, width, indent));
        String[] rule = new String[headers.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        out.println(line(rule, width, indent));
        for (String[] row : rows) {
            out.println(line(row, width, indent));
        }
    }

    private String line(String[] cells, int[] width, String indent) {
        StringBuilder b = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(width[i] - displayWidth(cells[i]));
            boolean last = i == cells.length - 1;
            if (right[i]) {
                b.append(pad).append(cells[i]);
            } else {
                b.append(cells[i]);
                if (!last) {
                    b.append(pad);
                }
            }
            if (!last) {
                b.append("  ");
            }
        }
        return b.toString();
    }

    /** Columns a string takes in a terminal: CJK ideographs and full-width forms take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                    || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
            w += wide ? 2 : 1;
        }
        return w;
    }

    /** {@code s} cut to at most {@code max} columns, with an ellipsis when cut. */
    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        if (displayWidth(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if (displayWidth(b + c) > max - 1) {
                break;
            }
            b.append(c);
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }
}
