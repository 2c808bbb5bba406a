package io.drillplan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.check.Fixture.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReportTest {

    @Test
    void violationRejectsRuleNumbersOutsideFormatMd() {
        assertThatThrownBy(() -> new Violation(0, "x", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Violation(11, "x", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Violation(10, "x", null).drills()).isEmpty();
    }

    @Test
    void violationKeepsACopyOfTheDrills() {
        List<String> drills = new ArrayList<>(List.of("D1"));
        Violation violation = new Violation(6, "clash", drills);
        drills.add("D2");

        assertThat(violation.drills()).containsExactly("D1");
        assertThat(violation).hasToString("rule 6: clash");
    }

    @Test
    void emptyReportIsFeasible() {
        CheckReport report = new CheckReport(null);

        assertThat(report.feasible()).isTrue();
        assertThat(report.ofRule(3)).isEmpty();
        assertThat(report.summary()).isEqualTo("feasible: no hard rule broken");
    }

    @Test
    void ofRuleAndSummaryCountPerRule() {
        CheckReport report = new CheckReport(List.of(
                new Violation(1, "a", List.of("D1")),
                new Violation(6, "b", List.of("D1", "D2")),
                new Violation(6, "c", List.of("D2", "D3"))));

        assertThat(report.feasible()).isFalse();
        assertThat(report.ofRule(6)).extracting(Violation::message).containsExactly("b", "c");
        assertThat(report.ofRule(2)).isEmpty();
        assertThatThrownBy(() -> report.ofRule(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(report.summary()).isEqualTo("""
                infeasible: 3 hard-rule violations
                  rule 1 (every drill exactly once, known ids): 1
                  rule 6 (team in one place at a time): 2""");
    }

    @Test
    void checkerOrdersViolationsByRule() {
        // D2 moved before D1 breaks rule 9; an unknown drill added after it breaks rule 1.
        Plan plan = Fixture.standardPlan()
                .move("D2", "2026-06-01", "AM", "MINE_RESCUE:T2", "MEDICAL:T3")
                .at("D77", "2026-06-03", "PM", "FIRE:T1");

        CheckReport report = plan.check();

        assertThat(report.violations()).extracting(Violation::rule).containsExactly(1, 9);
        assertThat(report.summary()).startsWith("infeasible: 2 hard-rule violations");
    }
}
