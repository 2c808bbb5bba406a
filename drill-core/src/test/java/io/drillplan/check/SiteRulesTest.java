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
import io.drillplan.model.Region;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Rules 3, 8 and 10: what units and regions can host. */
class SiteRulesTest {

    @Nested
    class Rule3UnitOpen {

        @Test
        void weekdayAtAWeekdayUnitPasses() {
            assertThat(standardPlan().move("D3", "2026-06-05", "AM", "FIRE:T1").check().violations()).isEmpty();
        }

        @Test
        void saturdayAtAWeekdayUnitIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-06", "AM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(3, List.of("D3")));
            assertThat(report.violations().get(0).message())
                    .contains("U2 (Jinci Chemical Plant)", "2026-06-06 is a Saturday");
        }

        @Test
        void sundayAtAWeekdayUnitIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-07", "AM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(3, List.of("D3")));
            assertThat(report.violations().get(0).message()).contains("a Sunday");
        }

        @Test
        void weekdayHolidayAtAWeekdayUnitIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-19", "AM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(3, List.of("D3")));
            assertThat(report.violations().get(0).message()).contains("2026-06-19 is a holiday");
        }

        @Test
        void unitWithWeekendsHostsOnSaturdaySundayAndHoliday() {
            assertThat(standardPlan().move("D4", "2026-06-06", "AM", "FIRE:T1", "FIRE:T2").check().violations())
                    .isEmpty();
            assertThat(standardPlan().move("D4", "2026-06-07", "PM", "FIRE:T1", "FIRE:T2").check().violations())
                    .isEmpty();
            assertThat(standardPlan().move("D4", "2026-06-19", "AM", "FIRE:T1", "FIRE:T2").check().violations())
                    .isEmpty();
        }

        @Test
        void unavailableDateIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-10", "AM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(3, List.of("D3")));
            assertThat(report.violations().get(0).message()).contains("unavailable that day");
        }

        @Test
        void unavailableDateCountsEvenForAUnitWithWeekends() {
            CheckReport report = standardPlan().move("D4", "2026-06-20", "AM", "FIRE:T1", "FIRE:T2").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(3, List.of("D4")));
        }
    }

    /** Three one-slot FIRE drills at U1 and one two-slot drill there, under custom slots. */
    private static DrillProblem oneUnit(Horizon horizon) {
        return Fixture.world(horizon, null, null, null)
                .drill(drill("E1", "U1", 1, List.of(role("FIRE", 1))))
                .drill(drill("E2", "U1", 1, List.of(role("FIRE", 1))))
                .drill(drill("E3", "U1", 2, List.of(role("FIRE", 1))))
                .build();
    }

    @Nested
    class Rule8UnitOneDrillAtATime {

        @Test
        void morningAndAfternoonAtOneUnitPass() {
            CheckReport report = new Plan(oneUnit(june()))
                    .at("E1", "2026-06-03", "AM", "FIRE:T1")
                    .at("E2", "2026-06-03", "PM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).isEmpty();
        }

        @Test
        void twoDrillsInOneSlotAreReported() {
            CheckReport report = new Plan(oneUnit(june()))
                    .at("E1", "2026-06-03", "AM", "FIRE:T1")
                    .at("E2", "2026-06-03", "AM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(8, List.of("E1", "E2")));
            assertThat(report.violations().get(0).message())
                    .contains("U1 (Xishan Coal Mine)", "E1 08:30-12:00", "E2 08:30-12:00", "2026-06-03", "overlap");
        }

        @Test
        void drillEndingWhenTheNextStartsDoesNotOverlap() {
            Horizon touching = june(slot("A", "08:00", "12:00"), slot("B", "12:00", "14:00"));
            CheckReport report = new Plan(oneUnit(touching))
                    .at("E1", "2026-06-03", "A", "FIRE:T1")
                    .at("E2", "2026-06-03", "B", "FIRE:T2")
                    .check();

            assertThat(report.violations()).isEmpty();
        }

        @Test
        void twoSlotDrillOverlapsTheDrillInItsSecondSlot() {
            CheckReport report = new Plan(oneUnit(june()))
                    .at("E3", "2026-06-03", "AM", "FIRE:T1")
                    .at("E2", "2026-06-03", "PM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(8, List.of("E3", "E2")));
            assertThat(report.violations().get(0).message()).contains("E3 08:30-17:30", "E2 14:00-17:30");
        }

        @Test
        void everyOverlappingPairIsReportedOnce() {
            CheckReport report = new Plan(oneUnit(june()))
                    .at("E1", "2026-06-03", "AM", "FIRE:T1")
                    .at("E2", "2026-06-03", "PM", "FIRE:T1")
                    .at("E3", "2026-06-03", "AM", "FIRE:T2")
                    .check();

            assertThat(report.ofRule(HardRule.UNIT_ONE_DRILL)).extracting(Violation::drills)
                    .containsExactly(List.of("E1", "E3"), List.of("E3", "E2"));
        }

        @Test
        void sameSlotOnDifferentDatesPasses() {
            CheckReport report = new Plan(oneUnit(june()))
                    .at("E1", "2026-06-03", "AM", "FIRE:T1")
                    .at("E2", "2026-06-04", "AM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).isEmpty();
        }
    }

    /** One FIRE drill at each unit: E1 at U1 and E2 at U2 (xiaodian), E3 at U3 (taiyuan), E4 at U4 (datong). */
    private static DrillProblem regional(Integer shanxiCap, Integer taiyuanCap, Integer xiaodianCap) {
        return Fixture.world(june(), shanxiCap, taiyuanCap, xiaodianCap)
                .drill(drill("E1", "U1", 1, List.of(role("FIRE", 1))))
                .drill(drill("E2", "U2", 1, List.of(role("FIRE", 1))))
                .drill(drill("E3", "U3", 1, List.of(role("FIRE", 1))))
                .drill(drill("E4", "U4", 1, List.of(role("FIRE", 1))))
                .build();
    }

    /** All four drills on June 3: T1 does E1 in the morning and E3 in the afternoon. */
    private static Plan allOnOneDay(DrillProblem problem) {
        return new Plan(problem)
                .at("E1", "2026-06-03", "AM", "FIRE:T1")
                .at("E2", "2026-06-03", "AM", "FIRE:T2")
                .at("E3", "2026-06-03", "PM", "FIRE:T1")
                .at("E4", "2026-06-03", "AM", "FIRE:T4");
    }

    @Nested
    class Rule10RegionCap {

        @Test
        void capReachedExactlyPasses() {
            assertThat(allOnOneDay(regional(4, 3, 2)).check().violations()).isEmpty();
        }

        @Test
        void capCountsTheUnitsOfAChildRegion() {
            // taiyuan hosts E3 itself and E1, E2 through its child region xiaodian.
            CheckReport report = allOnOneDay(regional(null, 2, null)).check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(10, List.of("E1", "E2", "E3")));
            assertThat(report.violations().get(0).message())
                    .contains("region taiyuan (Taiyuan)", "3 drills on 2026-06-03", "at most 2");
        }

        @Test
        void capOfAChildRegionDoesNotCountItsParentsUnits() {
            CheckReport report = allOnOneDay(regional(null, null, 1)).check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(10, List.of("E1", "E2")));
        }

        @Test
        void capOfTheTopRegionCountsEveryLevelBelow() {
            CheckReport report = allOnOneDay(regional(3, null, null)).check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(10, List.of("E1", "E2", "E3", "E4")));
        }

        @Test
        void everyRegionOverItsCapIsReported() {
            CheckReport report = allOnOneDay(regional(3, 2, 1)).check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills).containsExactly(
                    tuple(10, List.of("E1", "E2", "E3", "E4")),
                    tuple(10, List.of("E1", "E2", "E3")),
                    tuple(10, List.of("E1", "E2")));
        }

        @Test
        void differentDatesAreCountedApart() {
            CheckReport report = new Plan(regional(null, 1, null))
                    .at("E1", "2026-06-03", "AM", "FIRE:T1")
                    .at("E2", "2026-06-04", "AM", "FIRE:T2")
                    .at("E3", "2026-06-05", "PM", "FIRE:T1")
                    .check();

            assertThat(report.violations()).isEmpty();
        }

        @Test
        @Timeout(5)
        void cycleInTheRegionParentsIsWalkedOnce() {
            DrillProblem problem = DrillProblem.builder()
                    .horizon(june())
                    .region(new Region("north", "North", "south", 1))
                    .region(new Region("south", "South", "north", null))
                    .unit(Fixture.unit("U1", "Xishan Coal Mine", "north", Fixture.XISHAN, false))
                    .team(Fixture.team("T1", Fixture.XISHAN, null, 2, 5, Set.of("FIRE")))
                    .drill(drill("E1", "U1", 1, List.of(role("FIRE", 1))))
                    .drill(drill("E2", "U1", 1, List.of(role("FIRE", 1))))
                    .build();

            CheckReport report = new Plan(problem)
                    .at("E1", "2026-06-03", "AM", "FIRE:T1")
                    .at("E2", "2026-06-03", "PM", "FIRE:T1")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(10, List.of("E1", "E2")));
        }
    }
}
