package io.drillplan.cli;

import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill import}: a filled-in workbook (or its sheets as CSV files) to a problem file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a workbook written by 'drill template' and filled in, or its",
            "sheets saved as CSV files (a folder of them, or the files), and writes a",
            "validated problem file (drillplan-problem/1). Headers and drop-down",
            "values may be English or Chinese. Every error names the sheet, row,",
            "column and value; then nothing is written."})
final class ImportCommand extends CliCommand {

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "One .xlsx workbook, or a folder of CSV files, or CSV files (one per sheet).")
    List<Path> sources;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The problem file to write.")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing problem file.")
    boolean force;

    @Override
    int run() {
        SheetLabels labels = labels();
        OutputFiles.checkFile(output, "-o", sources, force);
        String source = sources.size() == 1 ? sources.get(0).toString() : String.join(", ", sources.stream().map(Path::toString).toList());
        DrillProblem problem = ProblemReading.read(tables(labels), source, labels);
        OutputFiles.write(output, DrillFormat.problemToJson(problem), "-o");
        out().println(labels.text("import.wrote", output.toString(), problem.name(), problem.drills().size(),
                problem.units().size(), problem.teams().size(), problem.regions().size(),
                problem.horizon().start().toString(), problem.horizon().end().toString()));
        return OK;
    }

    private List<SheetTable> tables(SheetLabels labels) {
        for (Path source : sources) {
            if (!Files.exists(source)) {
                throw new BadInputException(labels.text("import.noSuchFile", source.toString()));
            }
        }
        Path first = sources.get(0);
        boolean workbook = first.getFileName() != null
                && first.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (workbook && sources.size() > 1) {
            throw new BadInputException(labels.text("import.oneWorkbook", first.toString()));
        }
        try {
            if (workbook) {
                if (!Files.isRegularFile(first) || Files.size(first) > WorkbookFile.MAX_BYTES) {
                    throw new BadInputException(labels.text("import.notWorkbook", first.toString()));
                }
                return WorkbookFile.read(first);
            }
            return CsvSheets.read(sources);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            // A damaged or foreign file fails deep inside the readers; the planner needs the file and the gist.
            String why = e instanceof IOException io ? OutputFiles.reason(io) : String.valueOf(e.getMessage());
            throw new BadInputException(labels.text(workbook ? "import.unreadableWorkbook" : "import.unreadableCsv",
                    workbook ? first.toString() : String.join(", ", sources.stream().map(Path::toString).toList()),
                    io.drillplan.model.Excerpt.of(why)));
        }
    }
}
