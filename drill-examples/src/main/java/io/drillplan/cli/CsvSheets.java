package io.drillplan.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CSV files as sheets, one file per sheet, named after it ({@code teams.csv} or {@code 救援队伍.csv}):
 * what a planner gets by saving each sheet of the template as CSV.
 */
final class CsvSheets {

    /** Largest CSV file read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private CsvSheets() {}

    /**
     * The CSV files of a folder, or the files given, as tables.
     *
     * @throws IOException when a file cannot be read
     */
    static List<SheetTable> read(List<Path> files) throws IOException {
        List<SheetTable> tables = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                try (Stream<Path> listing = Files.list(file)) {
                    for (Path csv : listing.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".csv")).sorted().toList()) {
                        tables.add(table(csv));
                    }
                }
            } else {
                tables.add(table(file));
            }
        }
        return tables;
    }

    private static SheetTable table(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<SheetTable.Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = mapper.readerFor(String[].class).readValues(text)) {
            // Rows are counted as records, as a spreadsheet opening the file numbers them.
            for (int number = 1; records.hasNextValue(); number++) {
                String[] record = records.nextValue();
                List<String> cells = new ArrayList<>();
                for (String cell : record) {
                    cells.add(cell == null ? "" : cell.strip());
                }
                SheetTable.Row row = new SheetTable.Row(number, cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return new SheetTable(name, file.toString(), rows);
    }
}
