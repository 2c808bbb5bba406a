package io.drillplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.changes.DrillCancelled;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import io.drillplan.simulation.DisruptionModel;
import io.drillplan.simulation.MonteCarlo;
import io.drillplan.simulation.ReplanPolicy;
import io.drillplan.simulation.SimulationOptions;
import io.drillplan.simulation.SimulationReport;
import io.drillplan.solver.DrillChange;
import io.drillplan.solver.GreedyScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two languages of the reports: the same keys with the same arguments in both files, and
 * every report, rendered in each language, free of the marker of a missing text.
 */
class ReportTextTest {


    private static DrillProblem tiny;
    private static Schedule greedy;
    private static Schedule schedule;

    @BeforeAll
    static void plan() {
        tiny = SampleProblems.generate(SampleProblems.Preset.TINY);
        greedy = GreedyScheduler.schedule(tiny);
        // One drill left out with no reason, so that the texts for a missing reason show too.
        List<Assignment> kept = greedy.assignments().subList(1, greedy.assignments().size());
        List<Unscheduled> left = new ArrayList<>(greedy.unscheduled());
        schedule = new Schedule(greedy.problem(), greedy.score(), kept, left);
    }

    @Test
    void aMissingKeyShowsAsAMarkerNotAsTheOtherLanguage() {
        assertThat(ReportText.of(Locale.CHINA).text("no.such.key")).isEqualTo("??no.such.key??");
        assertThat(ReportText.of(Locale.CHINA).text("card.teams")).isEqualTo("救援队伍");
        assertThat(ReportText.of(Locale.ENGLISH).text("card.teams")).isEqualTo("rescue teams");
        assertThat(ReportText.of(Locale.forLanguageTag("zh-TW")).language()).isEqualTo("zh");
        assertThat(ReportText.of(Locale.GERMAN).language()).isEqualTo("en");
        assertThat(ReportText.of(null).language()).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyReportIsCompleteInEachLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ScheduleSummary summary = new ScheduleSummary(tiny, schedule);
        String lang = language.equals("zh") ? "zh-CN" : "en";

        String plan = PlanReport.html(summary, null, null, locale);
        assertThat(plan).contains("<html lang=\"" + lang + "\">");
        String csv = CsvExport.csv(summary, locale);
        List<CalendarExport.Calendar> calendars = CalendarExport.calendars(summary, locale,
                CalendarExport.Revision.NONE, Instant.EPOCH);
        assertThat(calendars).isNotEmpty();
        MonthSummary month = MonthSummary.of(tiny, schedule, List.of(new MonthSummary.Reported("day-10.json",
                List.of(new DrillCancelled(schedule.assignments().get(0).drill())))));
        String summaryPage = SummaryHtml.html(month, "basis", LocalDate.of(2026, 7, 1), locale);
        assertThat(summaryPage).contains("<html lang=\"" + lang + "\">");
        ChangeReport changes = changeReport();
        String changesPage = changes.html(locale);
        assertThat(changesPage).contains("<html lang=\"" + lang + "\">");
        String simulation = SimulationHtml.html(simulation(), "tiny.json", locale);
        assertThat(simulation).contains("<html lang=\"" + lang + "\">");

        List<String> everything = new ArrayList<>(List.of(plan, csv, summaryPage, changesPage, changes.text(locale),
                simulation));
        calendars.forEach(c -> everything.add(c.text()));
        for (String text : everything) {
            assertThat(text).doesNotContain(ReportText.MISSING);
        }
        if (language.equals("zh")) {
            assertThat(plan).contains("日历", "队伍时间线", "地图", "数字化推演");
            assertThat(csv).contains("演练,单位,单位名称");
            assertThat(calendars.get(0).text()).contains("指导队伍");
            assertThat(changes.text(locale)).contains("重新排期");
            assertThat(simulation).contains("对比");
            assertThat(summaryPage).contains("“安全生产月”活动演练情况总结", "已取消");
        } else {
            assertThat(csv).contains("drill,unit,unit name");
            assertThat(plan).contains("Calendar", "Team timelines", "Map");
        }
    }

    /** A re-plan that moves one drill, drops one and cancels one. */
    private static ChangeReport changeReport() {
        List<Assignment> next = new ArrayList<>(schedule.assignments());
        Assignment moved = next.get(0);
        next.set(0, new Assignment(moved.drill(), moved.date().plusDays(1), moved.slot(), moved.start(), moved.end(),
                moved.teams()));
        Assignment dropped = next.remove(1);
        Assignment cancelled = next.remove(1);
        Schedule after = new Schedule(schedule.problem(), next,
                List.of(new Unscheduled(dropped.drill(), "no team free")));
        List<DrillChange> changes = DrillChange.between(schedule, after);
        assertThat(changes).hasSize(3);
        return new ChangeReport(tiny.name(), moved.date(), changes, 42, tiny, tiny, Set.of(cancelled.drill()));
    }

    private static SimulationReport simulation() {
        return MonteCarlo.of(tiny, greedy, DisruptionModel.JUNE)
                .withPolicies(List.of(ReplanPolicy.SHIFT, ReplanPolicy.NONE)).withRuns(2).withSeed(3)
                .withOptions(new SimulationOptions(2, 0, Duration.ofSeconds(10))).withThreads(1).run();
    }

}
