package io.drillplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.Unscheduled;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.DrillChange;
import io.drillplan.solver.GreedyScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every report words a reason with a code in its own language and shows a reason known only as
 * text (a schedule file written without codes) as it is.
 */
class ReportReasonTest {

    private static final DrillProblem TINY = SampleProblems.generate(SampleProblems.Preset.TINY);
    private static final String CODED_ZH = "被固定为未安排";
    private static final String CODED_EN = "pinned as unscheduled";
    private static final String TEXT_ONLY = "the unit asked to skip it this year";

    /** The greedy schedule of the tiny sample with its first two drills left out: one reason coded, one text only. */
    private static Schedule withTwoLeftOut(Schedule full) {
        List<Assignment> kept = new ArrayList<>(full.assignments().subList(2, full.assignments().size()));
        List<Unscheduled> out = new ArrayList<>(full.unscheduled());
        out.add(Unscheduled.of(full.assignments().get(0).drill(), Message.of("reason.pinned")));
        out.add(new Unscheduled(full.assignments().get(1).drill(), TEXT_ONLY));
        return new Schedule(full.problem(), kept, out);
    }

    @Test
    void theReportsShowACodedReasonInTheirLanguageAndATextReasonAsItIs() {
        Schedule full = GreedyScheduler.schedule(TINY);
        Schedule schedule = withTwoLeftOut(full);
        ScheduleSummary summary = new ScheduleSummary(TINY, schedule);
        MonthSummary month = MonthSummary.of(TINY, schedule, List.of());
        List<DrillChange> changes = DrillChange.between(full, schedule);
        ChangeReport change = new ChangeReport("tiny", LocalDate.of(2026, 6, 1), changes, 0, TINY, TINY, Set.of());

        List<String> chinese = List.of(PlanReport.html(summary, null, "-", Locale.CHINESE),
                CsvExport.csv(summary, Locale.CHINESE), SummaryHtml.html(month, "-", LocalDate.of(2026, 7, 1), Locale.CHINESE),
                change.html(Locale.CHINESE), change.text(Locale.CHINESE));
        for (String page : chinese) {
            assertThat(page).contains(CODED_ZH, TEXT_ONLY).doesNotContain(CODED_EN);
        }
        List<String> english = List.of(PlanReport.html(summary, null, "-", Locale.ENGLISH),
                CsvExport.csv(summary, Locale.ENGLISH), SummaryHtml.html(month, "-", LocalDate.of(2026, 7, 1), Locale.ENGLISH),
                change.html(Locale.ENGLISH), change.text(Locale.ENGLISH));
        for (String page : english) {
            assertThat(page).contains(CODED_EN, TEXT_ONLY).doesNotContain(CODED_ZH);
        }
    }

    @Test
    void aDrillMissingFromTheNewVersionWithoutAReasonIsSaidSoInEitherLanguage() {
        Schedule full = GreedyScheduler.schedule(TINY);
        Schedule shorter = new Schedule(full.problem(), full.assignments().subList(1, full.assignments().size()),
                full.unscheduled());
        DrillChange dropped = DrillChange.between(full, shorter).get(0);
        assertThat(dropped.reason()).isEqualTo("not in the new version");
        assertThat(dropped.reason(Locale.CHINESE)).isEqualTo("不在新版本中");
    }
}
