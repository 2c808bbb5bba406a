package io.drillplan.cli;

import java.util.List;

/**
 * One sheet to write: a header row, the rows under it, and the columns whose cells must come from
 * a drop-down list.
 *
 * @param name the sheet's name
 * @param header the first row
 * @param rows the cells under it: {@link String}, {@link Number} or {@code null} for an empty cell
 * @param dropDowns the columns with a drop-down list
 * @param widths column widths in characters, one per header cell
 */
record SheetContent(String name, List<String> header, List<List<Object>> rows, List<DropDown> dropDowns,
        List<Integer> widths) {

    /** Copies the lists; the rows may hold nulls, so each is copied as an unmodifiable view. */
    SheetContent {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        dropDowns = List.copyOf(dropDowns);
        widths = List.copyOf(widths);
    }

    /** A sheet without drop-down lists, every column {@code width} wide. */
    static SheetContent plain(String name, List<String> header, List<List<Object>> rows, int width) {
        return new SheetContent(name, header, rows, List.of(),
                java.util.Collections.nCopies(header.size(), width));
    }

    /**
     * The cells of {@code column} (from 0) take a value of another sheet's range.
     *
     * @param column the column, from 0
     * @param listSheet the sheet that holds the allowed values
     * @param listColumn their column there, from 0
     * @param count how many values, from row 2 down
     */
    record DropDown(int column, String listSheet, int listColumn, int count) {}
}
