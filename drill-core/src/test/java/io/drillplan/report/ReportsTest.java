package io.drillplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static final DrillProblem TINY = SampleProblems.generate(SampleProblems.Preset.TINY);

    @Test
    void reportEscapesEveryProblemText() {
        List<GrassrootsUnit> units = new ArrayList<>();
        for (GrassrootsUnit u : TINY.units()) {
            units.add(new GrassrootsUnit(u.id(), "</script><img src=x onerror=alert(1)> \"Mine\" & 'Co'", u.kind(),
                    u.sector(), u.risk(), u.region(), u.location(), u.weekends(), u.unavailable()));
        }
        DrillProblem hostile = new DrillProblem("<b>June</b>", TINY.horizon(), TINY.travel(), TINY.regions(),
                TINY.teams(), units, TINY.drills());
        Schedule schedule = GreedyScheduler.schedule(hostile);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
            String page = PlanReport.html(new ScheduleSummary(hostile, schedule), null, "not computed", locale);
            assertThat(page).doesNotContain("</script><img", "<img", "<b>June")
                    .contains("&lt;/script&gt;&lt;img", "&quot;Mine&quot; &amp; &#39;Co&#39;", "&lt;b&gt;June");
            // Exactly the report's own two scripts, each closed once.
            assertThat(page.split("<script>", -1)).hasSize(3);
            assertThat(page.split("</script>", -1)).hasSize(3);
        }
    }

    @Test
    void simulationTablesPrintNoNegativeZero() {
        assertThat(SimulationHtml.fmt("lost", -0.04)).isEqualTo("0.0");
        assertThat(SimulationHtml.fmt("lost", -0.4)).isEqualTo("-0.4");
        assertThat(SimulationHtml.fmt(io.drillplan.simulation.RunMetrics.COVERAGE, 0.95114)).isEqualTo("0.9511");
        assertThat(SimulationHtml.fmt("travel km", 27818.4)).isEqualTo("27818");
    }

    @Test
    void summaryCountsEveryDrillOnceByTypeAndPriority() {
        Schedule schedule = GreedyScheduler.schedule(TINY);
        ScheduleSummary s = new ScheduleSummary(TINY, schedule);
        assertThat(s.scheduled() + s.unscheduled()).isEqualTo(TINY.drills().size());
        assertThat(s.byType().values().stream().mapToInt(v -> v[0] + v[1]).sum()).isEqualTo(TINY.drills().size());
        assertThat(s.byPriority().values().stream().mapToInt(v -> v[0]).sum()).isEqualTo(s.scheduled());
        assertThat(new ArrayList<>(s.byPriority().keySet())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        int seats = schedule.assignments().stream().mapToInt(a -> a.teams().size()).sum();
        assertThat(s.teamLoads().stream().mapToInt(io.drillplan.model.Workload.TeamLoad::drills).sum()).isEqualTo(seats);
    }

    @Test
    void theMapHasOneMarkerPerDrillHeldAndEveryTeamBase() throws IOException {
        DrillProblem county = SampleProblems.generate(SampleProblems.Preset.COUNTY);
        Schedule schedule = GreedyScheduler.schedule(county);
        StringWriter out = new StringWriter();
        PlanReport.write(county, schedule, null, Locale.ENGLISH, out);
        String page = out.toString();
        String map = page.substring(page.indexOf("<section id=\"map\""), page.indexOf("</section>", page.indexOf("id=\"map\"")));
        Set<String> units = new HashSet<>();
        for (Assignment a : schedule.assignments()) {
            units.add(county.drill(a.drill()).orElseThrow().unit());
        }
        assertThat(count(map, "<circle class=\"mk ")).isEqualTo(schedule.assignments().size());
        Matcher unit = Pattern.compile("<circle class=\"mk [^>]* data-unit=\"([^\"]*)\"").matcher(map);
        Set<String> drawn = new HashSet<>();
        while (unit.find()) {
            drawn.add(unit.group(1));
        }
        assertThat(drawn).isEqualTo(units);
        assertThat(map).contains("data-map-markers=\"" + schedule.assignments().size() + "\"",
                "data-map-units=\"" + units.size() + "\"");
        assertThat(count(map, "<g class=\"base\"")).isEqualTo(county.teams().size());
        long radii = county.teams().stream().filter(t -> t.serviceRadiusKm() != null).count();
        assertThat(count(map, "<circle class=\"reach\"")).isEqualTo(radii);
        // Every marker lies inside the drawing.
        Matcher xy = Pattern.compile("<circle class=\"mk [^>]* cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"").matcher(map);
        Matcher size = Pattern.compile("<svg id=\"map-svg\"[^>]* width=\"(\\d+)\" height=\"(\\d+)\"").matcher(map);
        assertThat(size.find()).isTrue();
        while (xy.find()) {
            assertThat(Double.parseDouble(xy.group(1))).isBetween(0.0, Double.parseDouble(size.group(1)));
            assertThat(Double.parseDouble(xy.group(2))).isBetween(0.0, Double.parseDouble(size.group(2)));
        }
    }

    /** What an application takes on with the reports: the JDK and drill-core, nothing else. */
    @Test
    void theReportsNeedTheJdkAndDrillCoreOnly() throws IOException {
        Path sources = Path.of("src/main/java/io/drillplan/report");
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Files.readAllLines(file).stream().filter(l -> l.startsWith("import "))
                        .forEach(l -> imports.add(file.getFileName() + ": " + l));
            }
        }
        assertThat(imports).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches(".*: import (static )?(java\\.|io\\.drillplan\\.(model|solver|changes|simulation|text)\\.).*"));
    }

    @Test
    void calendarFileNamesAreSafeAndUnique() {
        Set<String> taken = new HashSet<>();
        assertThat(CalendarExport.fileName("team", "T 1/a", taken)).isEqualTo("team-T_1_a.ics");
        assertThat(CalendarExport.fileName("team", "T_1_a", taken)).isEqualTo("team-T_1_a-2.ics");
    }

    @Test
    void calendarLinesAreEscapedAndFoldedWithinSeventyFiveOctets() {
        StringBuilder ics = new StringBuilder();
        String value = CalendarExport.text("太原市小店区应急管理局, 第一; 第二\\三\n" + "演练".repeat(40));
        CalendarExport.line(ics, "DESCRIPTION:" + value);
        String text = ics.toString();
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(text).endsWith("\r\n");
        // Unfolding (RFC 5545 3.1) gives back the line, characters intact.
        assertThat(text.replace("\r\n ", "").strip()).isEqualTo("DESCRIPTION:" + value);
        assertThat(value).startsWith("太原市小店区应急管理局\\, 第一\\; 第二\\\\三\\n演练");
    }

    @Test
    void csvQuotesOnlyWhatMustBeQuoted() {
        Schedule schedule = GreedyScheduler.schedule(TINY);
        String csv = CsvExport.csv(new ScheduleSummary(TINY, schedule), Locale.ENGLISH);
        assertThat(csv).startsWith("\uFEFFdrill,unit,unit name,").contains("\r\n");
        long lines = csv.chars().filter(c -> c == '\n').count();
        assertThat(lines).isEqualTo(1 + CsvExport.rows(new ScheduleSummary(TINY, schedule), Locale.ENGLISH).size());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
