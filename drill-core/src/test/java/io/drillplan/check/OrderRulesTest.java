package io.drillplan.check;

import static io.drillplan.check.Fixture.drill;
import static io.drillplan.check.Fixture.june;
import static io.drillplan.check.Fixture.role;
import static io.drillplan.check.Fixture.slot;
import static io.drillplan.check.Fixture.standardPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.drillplan.check.Fixture.Plan;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.HardRule;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 9: drills after the ones they build on. */
class OrderRulesTest {

    @Test
    void exactlyTheMinimumDaysApartPasses() {
        // The standard plan has D1 on June 2 and D2, at least 7 days later, on June 9.
        assertThat(standardPlan().check().violations()).isEmpty();
    }

    @Test
    void oneDayTooEarlyIsReported() {
        CheckReport report = standardPlan().move("D2", "2026-06-08", "AM", "MINE_RESCUE:T2", "MEDICAL:T3").check();

        assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                .containsExactly(tuple(9, List.of("D1", "D2")));
        assertThat(report.violations().get(0).message()).isEqualTo(
                "drill D2 on 2026-06-08 must come at least 7 days after drill D1 on 2026-06-02, but comes 6 days after it");
    }

    @Test
    void comingBeforeTheEarlierDrillIsReported() {
        CheckReport report = standardPlan().move("D2", "2026-06-01", "AM", "MINE_RESCUE:T2", "MEDICAL:T3").check();

        assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                .containsExactly(tuple(9, List.of("D1", "D2")));
        assertThat(report.violations().get(0).message()).endsWith("but comes 1 day before it");
    }

    @Test
    void earlierDrillLeftOutIsReported() {
        CheckReport report = standardPlan().drop("D1").unscheduled("D1").check();

        assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                .containsExactly(tuple(9, List.of("D2", "D1")));
        assertThat(report.violations().get(0).message())
                .isEqualTo("drill D2 must come after drill D1, which is not scheduled");
    }

    @Test
    void laterDrillLeftOutPasses() {
        assertThat(standardPlan().drop("D2").unscheduled("D2").check().violations()).isEmpty();
        assertThat(standardPlan().drop("D1").drop("D2").check().violations()).isEmpty();
    }

    /** F2 comes after F1 with the given minDays; F1 at U1 with T2, F2 at U3 with T1. */
    private static DrillProblem chain(Horizon horizon, int minDays) {
        return Fixture.world(horizon, null, null, null)
                .drill(drill("F1", "U1", 1, List.of(role("FIRE", 1))))
                .drill(drill("F2", "U3", 1, List.of(role("FIRE", 1)), null, List.of(new Precedence("F1", minDays))))
                .build();
    }

    private static CheckReport chained(Horizon horizon, int minDays, String f1Date, String f1Slot, String f2Date,
            String f2Slot) {
        return new Plan(chain(horizon, minDays))
                .at("F1", f1Date, f1Slot, "FIRE:T2")
                .at("F2", f2Date, f2Slot, "FIRE:T1")
                .check();
    }

    @Test
    void minDaysZeroSameDayInOrderPasses() {
        assertThat(chained(june(), 0, "2026-06-03", "AM", "2026-06-03", "PM").violations()).isEmpty();
    }

    @Test
    void minDaysZeroSameDayReversedIsReported() {
        CheckReport report = chained(june(), 0, "2026-06-03", "PM", "2026-06-03", "AM");

        assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                .containsExactly(tuple(9, List.of("F1", "F2")));
        assertThat(report.violations().get(0).message()).isEqualTo("drill F2 must start no earlier than drill F1 "
                + "ends, but on 2026-06-03 drill F1 runs 14:00-17:30 and drill F2 08:30-12:00");
    }

    @Test
    void minDaysZeroSameSlotIsReported() {
        CheckReport report = chained(june(), 0, "2026-06-03", "AM", "2026-06-03", "AM");

        assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                .containsExactly(tuple(9, List.of("F1", "F2")));
    }

    @Test
    void minDaysZeroEndingWhenTheNextStartsPasses() {
        Horizon touching = june(slot("A", "08:00", "12:00"), slot("B", "12:00", "14:00"));

        assertThat(chained(touching, 0, "2026-06-03", "A", "2026-06-03", "B").violations()).isEmpty();
        assertThat(chained(touching, 0, "2026-06-03", "B", "2026-06-03", "A").ofRule(HardRule.DRILL_ORDER)).hasSize(1);
    }

    @Test
    void minDaysZeroOnAnEarlierDayIsReported() {
        CheckReport report = chained(june(), 0, "2026-06-04", "AM", "2026-06-03", "PM");

        assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                .containsExactly(tuple(9, List.of("F1", "F2")));
    }

    @Test
    void minDaysZeroOnALaterDayIgnoresTheTimes() {
        assertThat(chained(june(), 0, "2026-06-03", "PM", "2026-06-04", "AM").violations()).isEmpty();
    }

    @Test
    void minDaysOneRulesOutTheSameDay() {
        CheckReport sameDay = chained(june(), 1, "2026-06-03", "AM", "2026-06-03", "PM");

        assertThat(sameDay.violations()).extracting(v -> v.rule().number(), Violation::drills)
                .containsExactly(tuple(9, List.of("F1", "F2")));
        assertThat(sameDay.violations().get(0).message()).endsWith("but comes the same day");
        assertThat(chained(june(), 1, "2026-06-03", "PM", "2026-06-04", "AM").violations()).isEmpty();
    }
}
