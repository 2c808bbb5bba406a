package io.drillplan.cli;

import java.util.List;

/**
 * One sheet of a workbook, or one CSV file, as text: what the import reads, whichever the source.
 *
 * @param name the sheet's name (for a CSV file, its name without {@code .csv})
 * @param source the file it came from, for the messages
 * @param rows the non-empty rows, the header first, each with its row number as the spreadsheet shows it
 */
record SheetTable(String name, String source, List<Row> rows) {

    /** Copies the rows. */
    SheetTable {
        rows = List.copyOf(rows);
    }

    /**
     * One row.
     *
     * @param number 1 for the first row, as the spreadsheet numbers it
     * @param cells the cells' text, trimmed; an empty cell is the empty string
     */
    record Row(int number, List<String> cells) {

        /** Copies the cells. */
        Row {
            cells = List.copyOf(cells);
        }

        /** The text of column {@code index} (from 0), empty past the last cell. */
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        /** Whether every cell is empty. */
        boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }
}
