package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.samples.SampleProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** drill template, drill import and export --xlsx: the planner's round trip through a workbook. */
class SpreadsheetTest {

    @TempDir
    Path dir;

    @Test
    void templateHasTheSheetsHeadersExampleRowsAndDropDowns() throws IOException {
        Path template = dir.resolve("june.xlsx");
        Cli.Run run = Cli.run("template", template.toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        List<SheetTable> sheets = WorkbookFile.read(template);
        assertThat(sheets).extracting(SheetTable::name)
                .containsExactly("settings", "regions", "teams", "units", "drill requests", "allowed values");
        SheetTable drills = sheets.get(4);
        assertThat(drills.rows().get(0).cells()).startsWith("id", "unit", "exercise type", "scenario", "slots",
                "skill 1", "teams 1");
        assertThat(drills.rows()).hasSize(2);
        assertThat(sheets.get(2).rows()).as("one example team").hasSize(2);
        assertThat(sheets.get(3).rows()).as("one example unit").hasSize(2);
        assertThat(sheets.get(5).rows().get(1).cells()).containsExactly("digital deduction", "major (red)",
                "fire fighting", "yes");
        String drillSheetXml = entry(template, "xl/worksheets/sheet5.xml");
        assertThat(drillSheetXml).contains("type=\"list\"").contains("'allowed values'!$A$2:$A$4")
                .contains("'allowed values'!$C$2:$C$9");
        assertThat(entry(template, "xl/worksheets/sheet4.xml")).contains("'allowed values'!$B$2:$B$5")
                .contains("'allowed values'!$D$2:$D$3");

        Path problem = dir.resolve("example.json");
        Cli.Run imported = Cli.run("import", template.toString(), "-o", problem.toString(), "--lang", "en");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(DrillFormat.readProblem(problem)).isEqualTo(TemplateCommand.example());
    }

    @Test
    void chineseTemplateHasChineseHeadersAndImportsTheSame() throws IOException {
        Path template = dir.resolve("june-zh.xlsx");
        assertThat(Cli.run("template", template.toString(), "--lang", "zh").exit()).isZero();
        List<SheetTable> sheets = WorkbookFile.read(template);
        assertThat(sheets).extracting(SheetTable::name).containsExactly("设置", "区域", "救援队伍", "基层单位", "演练申请", "可选值");
        assertThat(sheets.get(4).rows().get(0).cells()).startsWith("编号", "单位", "演练形式");
        Path problem = dir.resolve("example.json");
        Cli.Run imported = Cli.run("import", template.toString(), "-o", problem.toString(), "--lang", "zh");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("已写入");
        assertThat(DrillFormat.readProblem(problem)).isEqualTo(TemplateCommand.example());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void thePilotWrittenIntoTheWorkbookImportsAsItWas(String lang) {
        DrillProblem pilot = SampleProblems.generate(SampleProblems.Preset.PILOT);
        Path workbook = dir.resolve("pilot.xlsx");
        write(workbook, pilot, lang);
        Path problem = dir.resolve("pilot.json");
        Cli.Run run = Cli.run("import", workbook.toString(), "-o", problem.toString(), "--lang", lang);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(DrillFormat.readProblem(problem)).isEqualTo(pilot);
    }

    @Test
    void anImportedMonthPlans() {
        DrillProblem county = SampleProblems.generate(SampleProblems.Preset.COUNTY);
        Path workbook = dir.resolve("county.xlsx");
        write(workbook, county, "en");
        Path problem = dir.resolve("county.json");
        assertThat(Cli.run("import", workbook.toString(), "-o", problem.toString()).exit()).isZero();
        assertThat(DrillFormat.readProblem(problem)).isEqualTo(county);
        Path schedule = dir.resolve("county-schedule.json");
        Cli.Run plan = Cli.run("plan", problem.toString(), "--time-limit", "2s", "-o", schedule.toString(),
                "--html", dir.resolve("county.html").toString());
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("FEASIBLE");
        Path xlsx = dir.resolve("county-schedule.xlsx");
        Cli.Run export = Cli.run("export", problem.toString(), schedule.toString(), "--xlsx", xlsx.toString(),
                "--csv", dir.resolve("county.csv").toString(), "--lang", "zh");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("已写入 " + xlsx);
    }

    @Test
    void csvFilesOfTheSheetsImportToo() throws IOException {
        DrillProblem county = SampleProblems.generate(SampleProblems.Preset.COUNTY);
        Path folder = dir.resolve("sheets");
        Files.createDirectories(folder);
        CsvMapper mapper = new CsvMapper();
        for (SheetContent sheet : ProblemSheets.contents(county, SheetLabels.of("zh"))) {
            Path csv = folder.resolve(sheet.name() + ".csv");
            try (SequenceWriter w = mapper.writerFor(List.class).writeValues(csv.toFile())) {
                w.write(sheet.header());
                for (List<Object> row : sheet.rows()) {
                    w.write(row.stream().map(c -> c == null ? "" : c.toString()).toList());
                }
            }
        }
        Path problem = dir.resolve("county.json");
        Cli.Run run = Cli.run("import", folder.toString(), "-o", problem.toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(DrillFormat.readProblem(problem)).isEqualTo(county);
    }

    @Test
    void badCellsAreNamedBySheetRowColumnAndValueAndNothingIsWritten() {
        DrillProblem county = SampleProblems.generate(SampleProblems.Preset.COUNTY);
        List<SheetContent> sheets = new ArrayList<>(ProblemSheets.contents(county, SheetLabels.of("en")));
        SheetContent drills = sheets.get(4);
        List<List<Object>> rows = new ArrayList<>();
        drills.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        int skill1 = drills.header().indexOf("skill 1");
        int from = drills.header().indexOf("window from");
        rows.get(0).set(skill1, "LASER_TAG");                 // row 2: a skill no team has
        rows.get(1).set(from, "2026-07-03");                  // row 3: a date outside June
        rows.get(1).set(drills.header().indexOf("window to"), "2026-07-05");
        rows.get(2).set(drills.header().indexOf("unit"), null); // row 4: no unit
        rows.get(3).set(drills.header().indexOf("unit"), "U-nowhere"); // row 5: a unit not on the units sheet
        sheets.set(4, new SheetContent(drills.name(), drills.header(), rows, drills.dropDowns(), drills.widths()));
        Path workbook = dir.resolve("bad.xlsx");
        write(workbook, sheets);
        Path problem = dir.resolve("bad.json");

        Cli.Run run = Cli.run("import", workbook.toString(), "-o", problem.toString(), "--lang", "en");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains(workbook + ": sheet drill requests, row 2, column skill 1: unknown skill 'LASER_TAG': no team on sheet 'teams' has it")
                .contains(workbook + ": sheet drill requests, row 3, column window from: '2026-07-03' is outside the month 2026-06-01 to 2026-06-30")
                .contains(workbook + ": sheet drill requests, row 3, column window to: '2026-07-05' is outside the month")
                .contains(workbook + ": sheet drill requests, row 4, column unit: missing value")
                .contains(workbook + ": sheet drill requests, row 5, column unit: unknown unit 'U-nowhere'");
        assertThat(run.err().lines().filter(l -> l.contains("row 4, column unit"))).hasSize(1);
        assertThat(problem).doesNotExist();

        Cli.Run zh = Cli.run("import", workbook.toString(), "-o", problem.toString(), "--lang", "zh");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).contains(workbook + "：不是有效的演练计划（5 处错误）")
                .contains(workbook + "：工作表“drill requests”第 2 行“skill 1”列：未知能力 'LASER_TAG'");
    }

    @Test
    void missingSheetsAndUnreadableFilesAreBadInput() throws IOException {
        Path notAWorkbook = dir.resolve("notes.xlsx");
        Files.writeString(notAWorkbook, "not a zip");
        Cli.Run run = Cli.run("import", notAWorkbook.toString(), "-o", dir.resolve("p.json").toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(notAWorkbook + ": cannot read the workbook");

        Path folder = dir.resolve("half");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("teams.csv"), "id,name\n");
        Cli.Run half = Cli.run("import", folder.toString(), "-o", dir.resolve("p.json").toString(), "--lang", "en");
        assertThat(half.exit()).isEqualTo(2);
        assertThat(half.err()).contains(folder + ": no sheet 'settings'").contains("no sheet 'drill requests'");
        assertThat(dir.resolve("p.json")).doesNotExist();

        Cli.Run lang = Cli.run("template", dir.resolve("t.xlsx").toString(), "--lang", "fr");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang 'fr': expected zh (Chinese) or en (English)");
        assertThat(dir.resolve("t.xlsx")).doesNotExist();
    }

    @Test
    void cellsTypedInExcelReadAsTheTemplateWritesThem() throws IOException {
        Path file = dir.resolve("typed.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(file);
                org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("units");
            ws.value(0, 0, java.time.LocalDate.of(2026, 6, 10));
            ws.style(0, 0).format("yyyy-mm-dd").set();
            ws.value(0, 1, 2.0);
            ws.value(0, 2, 37.91423);
            ws.value(0, 3, true);
            ws.value(0, 4, "  Gujiao  ");
        }
        SheetTable.Row row = WorkbookFile.read(file).get(0).rows().get(0);
        assertThat(row.cells()).containsExactly("2026-06-10", "2", "37.91423", "true", "Gujiao");
    }

    @Test
    void theLanguageComesFromTheLocaleVariablesAsGettextReadsThem() {
        assertThat(SheetLabels.languageOf(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"))).isEqualTo("zh");
        assertThat(SheetLabels.languageOf(Map.of("LC_ALL", "", "LC_MESSAGES", "en_GB", "LANG", "zh_CN"))).isEqualTo("en");
        assertThat(SheetLabels.languageOf(Map.of("LANG", "zh_TW.UTF-8"))).isEqualTo("zh");
        assertThat(SheetLabels.languageOf(Map.of("LANG", "C.UTF-8"))).isEqualTo("en");
        assertThat(SheetLabels.languageOf(Map.of())).isEqualTo("en");
    }

    @Test
    void everyKeyOfTheBundleExistsInBothLanguages() throws IOException {
        java.util.Properties en = properties("Sheets.properties");
        java.util.Properties zh = properties("Sheets_zh.properties");
        assertThat(en).isNotEmpty();
        assertThat(zh.keySet()).as("keys in Chinese only").isSubsetOf(en.keySet());
        assertThat(en.keySet()).as("keys in English only").isSubsetOf(zh.keySet());
        for (String key : en.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            // Patterns with arguments must take the same arguments in both languages.
            assertThat(arguments(zh.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
        }
    }

    private static java.util.Set<String> arguments(String pattern) {
        java.util.Set<String> args = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static java.util.Properties properties(String name) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = SheetLabels.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Fills a workbook by the template's own code path. */
    static void write(Path file, DrillProblem problem, String lang) {
        write(file, ProblemSheets.contents(problem, SheetLabels.of(lang)));
    }

    private static void write(Path file, List<SheetContent> sheets) {
        try {
            Files.write(file, WorkbookFile.write(sheets));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry e = file.getEntry(name);
            assertThat(e).as(name + " in " + zip).isNotNull();
            try (InputStream in = file.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
