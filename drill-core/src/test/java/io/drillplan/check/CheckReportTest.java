package io.drillplan.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drillplan.check.Fixture.Plan;
import io.drillplan.model.HardRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReportTest {

    @Test
    void ruleNumbersOutsideRulesMdAreRejected() {
        assertThatThrownBy(() -> HardRule.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HardRule.of(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HardRule.of(10)).isEqualTo(HardRule.REGION_LIMIT);
        assertThatThrownBy(() -> new Violation(null, "x", List.of())).isInstanceOf(NullPointerException.class);
        assertThat(new Violation(HardRule.REGION_LIMIT, "x", null).drills()).isEmpty();
    }

    @Test
    void violationKeepsACopyOfTheDrills() {
        List<String> drills = new ArrayList<>(List.of("D1"));
        Violation violation = new Violation(HardRule.TEAM_ONE_PLACE, "clash", drills);
        drills.add("D2");

        assertThat(violation.drills()).containsExactly("D1");
        assertThat(violation).hasToString("rule 6: clash");
    }

    @Test
    void emptyReportIsFeasible() {
        CheckReport report = new CheckReport(null);

        assertThat(report.feasible()).isTrue();
        assertThat(report.ofRule(HardRule.UNIT_OPEN)).isEmpty();
        assertThat(report.summary()).isEqualTo("feasible: no hard rule broken");
    }

    @Test
    void ofRuleAndSummaryCountPerRule() {
        CheckReport report = new CheckReport(List.of(
                new Violation(HardRule.EVERY_DRILL_ONCE, "a", List.of("D1")),
                new Violation(HardRule.TEAM_ONE_PLACE, "b", List.of("D1", "D2")),
                new Violation(HardRule.TEAM_ONE_PLACE, "c", List.of("D2", "D3"))));

        assertThat(report.feasible()).isFalse();
        assertThat(report.ofRule(HardRule.TEAM_ONE_PLACE)).extracting(Violation::message).containsExactly("b", "c");
        assertThat(report.ofRule(HardRule.IN_WINDOW)).isEmpty();
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

        assertThat(report.violations()).extracting(v -> v.rule().number()).containsExactly(1, 9);
        assertThat(report.summary()).startsWith("infeasible: 2 hard-rule violations");
    }
}
