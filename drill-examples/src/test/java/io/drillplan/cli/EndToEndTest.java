package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.report.CsvExport;
import io.drillplan.samples.SampleProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each subcommand end to end on the tiny preset: generate, plan, validate, explain, export. */
class EndToEndTest {

    @TempDir
    static Path dir;

    static Path problemFile;
    static Path scheduleFile;
    static Path reportFile;
    static Cli.Run generated;
    static Cli.Run planned;

    @BeforeAll
    static void generateAndPlan() {
        problemFile = dir.resolve("tiny.json");
        scheduleFile = dir.resolve("plans/tiny-schedule.json");
        reportFile = dir.resolve("plans/tiny-report.html");
        generated = Cli.run("generate", "--preset", "tiny", "--seed", "7", "-o", problemFile.toString());
        planned = Cli.run("plan", problemFile.toString(), "--time-limit", "2s", "--seed", "7",
                "-o", scheduleFile.toString(), "--html", reportFile.toString());
    }

    @Test
    void generateWritesTheSeededSample() {
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("Wrote " + problemFile).contains("drills at");
        DrillProblem read = DrillFormat.readProblem(problemFile);
        assertThat(read).isEqualTo(SampleProblems.generate(SampleProblems.Preset.TINY, 2026, 7));
    }

    @Test
    void planWritesAFeasibleScheduleAndSummarises() {
        assertThat(planned.exit()).as(planned.err()).isZero();
        DrillProblem problem = DrillFormat.readProblem(problemFile);
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        assertThat(ScheduleChecker.check(problem, schedule).feasible()).isTrue();
        assertThat(schedule.assignments().size() + schedule.unscheduled().size()).isEqualTo(problem.drills().size());
        assertThat(planned.out())
                .contains("FEASIBLE: no hard rule broken")
                .contains("Scheduled " + schedule.assignments().size() + " of " + problem.drills().size() + " drills")
                .contains("digital deduction", "actual combat simulation", "comprehensive exercise")
                .contains("5 (highest)")
                .contains("Team load: " + problem.teams().size() + " teams")
                .contains("road km")
                .contains("Wrote " + scheduleFile, "Wrote " + reportFile);
        // Every team of the tiny preset is listed with its own count of drills.
        for (var team : problem.teams()) {
            long drills = schedule.assignments().stream()
                    .filter(a -> a.teams().stream().anyMatch(t -> t.team().equals(team.id()))).count();
            assertThat(planned.out()).containsPattern(Pattern.quote(team.id()) + " .* " + drills + " ");
        }
        assertThat(planned.err()).contains("Planning ").contains("drills");
        assertThat(reportFile).exists();
    }

    @Test
    void planSummaryTravelIsTheSumOfRoadKmFromBaseToUnit() {
        DrillProblem problem = DrillFormat.readProblem(problemFile);
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        double km = 0;
        for (Assignment a : schedule.assignments()) {
            var unit = problem.unit(problem.drill(a.drill()).orElseThrow().unit()).orElseThrow();
            for (TeamAssignment t : a.teams()) {
                km += problem.travel().roadKm(problem.team(t.team()).orElseThrow().base(), unit.location());
            }
        }
        assertThat(planned.out()).contains(String.format(java.util.Locale.ROOT, "Travel: %,.0f road km", km));
    }

    @Test
    void validateAcceptsThePlannedSchedule() {
        Cli.Run run = Cli.run("validate", problemFile.toString(), scheduleFile.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        assertThat(run.out()).startsWith("OK: " + (schedule.assignments().size() + schedule.unscheduled().size())
                + " drills").contains("no hard rule broken");
    }

    @Test
    void validateListsViolationsGroupedByRule() throws IOException {
        DrillProblem problem = DrillFormat.readProblem(problemFile);
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        // Move every drill to the first slot of the first Sunday: units closed, teams double-booked.
        List<Assignment> moved = new ArrayList<>();
        for (Assignment a : schedule.assignments()) {
            moved.add(new Assignment(a.drill(), java.time.LocalDate.of(2026, 6, 7), a.slot(), a.start(), a.end(), a.teams()));
        }
        Path broken = dir.resolve("broken-schedule.json");
        DrillFormat.writeSchedule(new Schedule(schedule.problem(), moved, schedule.unscheduled()), broken);
        Cli.Run run = Cli.run("validate", problemFile.toString(), broken.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        var report = ScheduleChecker.check(problem, DrillFormat.readSchedule(broken));
        assertThat(run.out()).contains("infeasible: " + report.violations().size());
        for (var v : report.violations()) {
            assertThat(run.out()).contains("rule " + v.rule().number() + ":").contains("  " + v.message());
        }
    }

    @Test
    void explainPrintsTheConstraintTableAndWorstDrills() {
        Cli.Run run = Cli.run("explain", problemFile.toString(), scheduleFile.toString(), "--top", "5");
        assertThat(run.exit()).as(run.all()).isZero();
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        assertThat(run.out()).contains("Score " + schedule.score().orElseThrow())
                .contains("constraint", "level", "penalty", "matches")
                .contains("soft");
        assertThat(run.out()).contains("drills that cost the most");
        // At most five drill rows follow the worst-drills header and its rule line.
        String worst = run.out().substring(run.out().indexOf("drills that cost the most"));
        long rows = worst.lines().skip(3).filter(l -> !l.isBlank()).count();
        assertThat(rows).isBetween(1L, 5L);
    }

    @Test
    void exportWritesCsvWithBomAndOneRowPerDrillAndTeam() throws IOException {
        Path csv = dir.resolve("export/tiny.csv");
        Cli.Run run = Cli.run("export", problemFile.toString(), scheduleFile.toString(), "--csv", csv.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CsvExport.COLUMNS));
        assertThat(text).contains("\r\n");
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        int expected = schedule.unscheduled().size();
        for (Assignment a : schedule.assignments()) {
            expected += Math.max(1, a.teams().size());
        }
        assertThat(rows).hasSize(expected);
        Assignment first = schedule.assignments().get(0);
        assertThat(rows.get(0)).containsEntry("drill", first.drill())
                .containsEntry("date", first.date().toString())
                .containsEntry("slot", first.slot())
                .containsEntry("team", first.teams().get(0).team())
                .containsEntry("reason", "");
        assertThat(rows.get(0).get("weekday")).hasSize(3);
        for (var u : schedule.unscheduled()) {
            assertThat(rows).anySatisfy(r -> assertThat(r).containsEntry("drill", u.drill())
                    .containsEntry("date", "").containsEntry("reason", u.reason()));
        }
    }

    @Test
    void exportWritesCalendarsThatParseBack() throws IOException {
        Path ics = dir.resolve("export/ics");
        Cli.Run run = Cli.run("export", problemFile.toString(), scheduleFile.toString(), "--ics", ics.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        DrillProblem problem = DrillFormat.readProblem(problemFile);
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        List<Path> files;
        try (Stream<Path> s = Files.list(ics)) {
            files = s.sorted().toList();
        }
        assertThat(files).allSatisfy(f -> assertThat(f.getFileName().toString()).matches("(team|unit)-.*\\.ics"));
        for (var team : problem.teams()) {
            List<Assignment> guided = schedule.assignments().stream()
                    .filter(a -> a.teams().stream().anyMatch(t -> t.team().equals(team.id()))).toList();
            Path file = ics.resolve("team-" + team.id() + ".ics");
            if (guided.isEmpty()) {
                assertThat(file).doesNotExist();
                continue;
            }
            String text = Files.readString(file);
            assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "DTSTART;TZID=Asia/Shanghai:");
            ICalendar cal = Biweekly.parse(text).first();
            assertThat(cal.getEvents()).hasSize(guided.size());
            for (Assignment a : guided) {
                VEvent e = cal.getEvents().stream()
                        .filter(ev -> ev.getUid().getValue().equals(a.drill() + "-" + team.id() + "@drillplan.io"))
                        .findFirst().orElseThrow();
                ZonedDateTime start = e.getDateStart().getValue().toInstant().atZone(ZoneId.of("Asia/Shanghai"));
                assertThat(start.toLocalDate()).isEqualTo(a.date());
                assertThat(start.toLocalTime()).isEqualTo(a.start());
                var drill = problem.drill(a.drill()).orElseThrow();
                var unit = problem.unit(drill.unit()).orElseThrow();
                assertThat(e.getLocation().getValue()).startsWith(unit.name());
                assertThat(e.getGeo().getLatitude()).isCloseTo(unit.location().lat(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(e.getSummary().getValue()).contains(unit.name());
                for (TeamAssignment t : a.teams()) {
                    assertThat(e.getDescription().getValue()).contains(": "
                            + problem.team(t.team()).orElseThrow().name() + " (" + t.team() + ")");
                }
            }
        }
        long hostingUnits = schedule.assignments().stream()
                .map(a -> problem.drill(a.drill()).orElseThrow().unit()).distinct().count();
        try (Stream<Path> s = Files.list(ics)) {
            assertThat(s.filter(f -> f.getFileName().toString().startsWith("unit-")).count()).isEqualTo(hostingUnits);
        }
        // Exporting again gives the same UIDs, so calendar apps update events instead of adding copies.
        String before = Files.readString(files.get(0)).replaceAll("DTSTAMP:.*", "");
        Cli.run("export", problemFile.toString(), scheduleFile.toString(), "--ics", ics.toString());
        assertThat(Files.readString(files.get(0)).replaceAll("DTSTAMP:.*", "")).isEqualTo(before);
    }

    @Test
    void exportWritesTheSelfContainedHtmlReport() throws IOException {
        Path html = dir.resolve("export/report.html");
        Cli.Run run = Cli.run("export", problemFile.toString(), scheduleFile.toString(), "--html", html.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        String page = Files.readString(html);
        Schedule schedule = DrillFormat.readSchedule(scheduleFile);
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("addEventListener('error'", "data-script-errors", "data-drills-shown")
                .contains("id=\"calendar\"", "class=\"grid\"", "id=\"lanes\"", "<svg", "id=\"filter-region\"",
                        "name=\"type\"", "id=\"unscheduled\"", "id=\"constraints\"")
                .doesNotContain("http:", "https:", " src=", " href=");
        assertThat(count(page, "<li class=\"chip ")).isEqualTo(schedule.assignments().size());
        int seats = schedule.assignments().stream().mapToInt(a -> a.teams().size()).sum();
        assertThat(count(page, "<rect class=\"blk ")).isEqualTo(seats);
        for (Assignment a : schedule.assignments()) {
            assertThat(page).contains("data-drill=\"" + a.drill() + "\"");
        }
        assertThat(page).contains("data-drills-total=\"" + schedule.assignments().size() + "\"");
        // plan --html writes the same report.
        assertThat(Files.readString(reportFile)).isEqualTo(page);
    }

    @Test
    void exportWritesEveryFileInChineseWithLangZh() throws IOException {
        Path html = dir.resolve("export-zh/report.html");
        Path csv = dir.resolve("export-zh/tiny.csv");
        Path ics = dir.resolve("export-zh/ics");
        Cli.Run run = Cli.run("export", problemFile.toString(), scheduleFile.toString(), "--html", html.toString(),
                "--csv", csv.toString(), "--ics", ics.toString(), "--lang", "zh");
        assertThat(run.exit()).as(run.all()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<html lang=\"zh-CN\">", "<h2>日历</h2>", "<h2>地图</h2>", "<h2>队伍时间线</h2>")
                .doesNotContain("??");
        assertThat(Files.readString(csv).lines().findFirst().orElseThrow()).startsWith("\uFEFF演练,单位,单位名称,");
        try (Stream<Path> files = Files.list(ics)) {
            Path first = files.sorted().findFirst().orElseThrow();
            assertThat(Files.readString(first)).contains("指导队伍");
        }
        // The same page in English differs only in its words, not in what it shows.
        Path english = dir.resolve("export-zh/report-en.html");
        Cli.run("export", problemFile.toString(), scheduleFile.toString(), "--html", english.toString(), "--lang", "en");
        String en = Files.readString(english);
        assertThat(count(page, "<circle class=\"mk ")).isEqualTo(count(en, "<circle class=\"mk "))
                .isEqualTo(DrillFormat.readSchedule(scheduleFile).assignments().size());
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
