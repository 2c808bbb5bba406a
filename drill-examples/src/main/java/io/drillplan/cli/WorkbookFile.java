package io.drillplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/** Office Open XML workbooks (.xlsx): writes {@link SheetContent}s and reads sheets back as text. */
final class WorkbookFile {

    /** Rows written below the data that still get the drop-down lists, for the planner to fill. */
    static final int FILLABLE_ROWS = 500;

    /** Largest workbook read: a month's requests of a province fit in a few megabytes. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Rows read from one sheet at most: more than a problem may hold units or drills. */
    static final int MAX_ROWS = io.drillplan.model.ProblemLimits.MAX_UNITS + 1_000;

    /** Columns read from one row at most; the sheets of a problem have far fewer. */
    static final int MAX_COLUMNS = 1_000;

    private static final String APPLICATION = "drill";
    private static final String VERSION = "1.0";

    private WorkbookFile() {}

    /** The workbook's bytes, sheets in the order given, the header row bold and frozen. */
    static byte[] write(List<SheetContent> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, APPLICATION, VERSION)) {
            for (SheetContent content : sheets) {
                writeSheet(workbook.newWorksheet(content.name()), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook to memory", e);
        }
        return bytes.toByteArray();
    }

    private static void writeSheet(Worksheet ws, SheetContent content) {
        for (int c = 0; c < content.header().size(); c++) {
            ws.value(0, c, content.header().get(c));
            ws.style(0, c).bold().fillColor("DDEBF7").set();
            ws.width(c, content.widths().get(c));
        }
        ws.freezePane(0, 1);
        for (int r = 0; r < content.rows().size(); r++) {
            List<Object> row = content.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (value != null && !value.toString().isEmpty()) {
                    // Text stays text: a leading '=' must not become a formula in Excel.
                    ws.inlineString(r + 1, c, value.toString());
                }
            }
        }
        int lastRow = content.rows().size() + FILLABLE_ROWS;
        for (SheetContent.DropDown d : content.dropDowns()) {
            String column = columnName(d.listColumn());
            String range = "'" + d.listSheet().replace("'", "''") + "'!$" + column + "$2:$" + column + "$" + (d.count() + 1);
            ws.range(1, d.column(), lastRow, d.column()).validateWithListByFormula(range)
                    .allowBlank(true).showErrorMessage(true);
        }
    }

    /** A for 0, B for 1, ..., AA for 26: how a spreadsheet names a column. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /**
     * Every sheet of the workbook at {@code file} as text. Numbers are written plainly
     * ({@code 37.91423}, {@code 2}), cells formatted as dates as {@code 2026-06-10}, and
     * logical cells as {@code true} or {@code false} (the import reads those as yes and no).
     *
     * @throws IOException when the file cannot be read or is no workbook
     */
    static List<SheetTable> read(Path file) throws IOException {
        List<SheetTable> tables = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<SheetTable.Row> rows = new ArrayList<>();
                // Streamed and capped: a small file can unpack to millions of rows or columns.
                try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                    Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
                    for (int read = 0; it.hasNext(); read++) {
                        if (read >= MAX_ROWS) {
                            throw new IOException("sheet '" + sheet.getName() + "' has more than " + MAX_ROWS + " rows");
                        }
                        org.dhatim.fastexcel.reader.Row row = it.next();
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < Math.min(row.getCellCount(), MAX_COLUMNS); c++) {
                            cells.add(text(row.getCell(c)));
                        }
                        SheetTable.Row kept = new SheetTable.Row(row.getRowNum(), cells);
                        if (!kept.isBlank()) {
                            rows.add(kept);
                        }
                    }
                }
                tables.add(new SheetTable(sheet.getName(), file.toString(), rows));
            }
        }
        return tables;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal n = cell.asNumber();
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        String text = cell.getType() == CellType.FORMULA ? cell.getRawValue() : cell.getText();
        return text == null ? "" : text.strip();
    }

    /** Whether a number format shows a date: it has a day, month or year field outside quotes. */
    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String unquoted = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return unquoted.contains("y") || unquoted.contains("d") || unquoted.contains("mmm");
    }
}
