package io.drillplan.check;

import static io.drillplan.check.Fixture.day;
import static io.drillplan.check.Fixture.standardPlan;
import static io.drillplan.check.Fixture.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import io.drillplan.check.Fixture.Plan;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.HardRule;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules 1 and 2, and schedules too broken to make sense of. */
class StructureRulesTest {

    @Nested
    class Rule1EveryDrillOnceKnownIds {

        @Test
        void standardScheduleIsFeasible() {
            CheckReport report = standardPlan().check();

            assertThat(report.violations()).isEmpty();
            assertThat(report.feasible()).isTrue();
        }

        @Test
        void everyDrillUnscheduledIsFeasible() {
            DrillProblem problem = Fixture.standard();
            CheckReport report = new Plan(problem).check();

            assertThat(report.feasible()).isTrue();
        }

        @Test
        void unknownDrillInAssignmentsIsReported() {
            Plan plan = standardPlan().at("D99", "2026-06-03", "PM", "FIRE:T1");

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D99")));
            assertThat(report.violations().get(0).message()).contains("assignments[5]", "'D99'");
        }

        @Test
        void unknownDrillInUnscheduledIsReported() {
            CheckReport report = standardPlan().unscheduled("D42").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D42")));
            assertThat(report.violations().get(0).message()).contains("unscheduled[0]", "'D42'");
        }

        @Test
        void drillScheduledTwiceIsReportedOnceAndOnlyTheFirstCounts() {
            // The same placement again would clash with itself under rules 6, 7 and 8 if it counted.
            Plan plan = standardPlan().at("D3", "2026-06-03", "AM", "FIRE:T1");

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D3")));
            assertThat(report.violations().get(0).message()).contains("second time", "assignments[2]");
        }

        @Test
        void drillInBothListsIsReported() {
            CheckReport report = standardPlan().unscheduled("D3").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D3")));
            assertThat(report.violations().get(0).message()).contains("both scheduled", "unscheduled");
        }

        @Test
        void drillUnscheduledTwiceIsReported() {
            Plan plan = standardPlan().drop("D5").unscheduled("D5").unscheduled("D5");

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D5")));
        }

        @Test
        void missingDrillIsReported() {
            Schedule schedule = standardPlan().drop("D5").asIs();

            CheckReport report = ScheduleChecker.check(Fixture.standard(), schedule);

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D5")));
            assertThat(report.violations().get(0).message()).contains("D5", "neither");
        }

        @Test
        void unknownTeamBreaksRule1AndLeavesTheRoleUnfilled() {
            Plan plan = standardPlan().move("D3", "2026-06-03", "AM", "FIRE:T99");

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D3")), tuple(4, List.of("D3")));
            assertThat(report.ofRule(HardRule.EVERY_DRILL_ONCE).get(0).message()).contains("assignments[2].teams[0].team", "'T99'");
            assertThat(report.ofRule(HardRule.ROLES_FILLED).get(0).message()).contains("'T99'", "not a team");
        }

        @Test
        void unknownSlotIsReportedAndKeptOutOfTheTimeRules() {
            // D3 in an unknown slot next to D1 with the same team would otherwise be checked for travel.
            Plan plan = standardPlan().move("D3", "2026-06-02", "AM", "FIRE:T2");
            Assignment d3 = plan.assignment("D3");
            plan.drop("D3").raw(new Assignment("D3", d3.date(), "NIGHT", d3.start(), d3.end(), d3.teams()));

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(1, List.of("D3")));
            assertThat(report.violations().get(0).message()).contains("'NIGHT'", "AM, PM");
        }

        @Test
        void nonsenseAssignmentsAreReportedWithoutThrowing() {
            List<Assignment> assignments = new ArrayList<>(standardPlan().asIs().assignments());
            assignments.add(new Assignment(null, null, null, null, null, null));
            assignments.add(new Assignment("D9", null, "AM", null, null, List.of(new TeamAssignment(null, null))));
            assignments.set(2, new Assignment("D3", null, null, null, null,
                    List.of(new TeamAssignment(null, null), new TeamAssignment("FIRE", null))));
            Schedule schedule = new Schedule(null, assignments,
                    List.of(new Unscheduled(null, null)));

            assertThatCode(() -> ScheduleChecker.check(Fixture.standard(), schedule)).doesNotThrowAnyException();
            CheckReport report = ScheduleChecker.check(Fixture.standard(), schedule);

            assertThat(report.ofRule(HardRule.EVERY_DRILL_ONCE)).extracting(Violation::message).anySatisfy(m -> assertThat(m)
                    .isEqualTo("assignments[5].drill: no drill id"));
            assertThat(report.ofRule(HardRule.EVERY_DRILL_ONCE)).extracting(Violation::message).anySatisfy(m -> assertThat(m)
                    .isEqualTo("unscheduled[0].drill: no drill id"));
            assertThat(report.ofRule(HardRule.EVERY_DRILL_ONCE)).extracting(Violation::message)
                    .anySatisfy(m -> assertThat(m).contains("assignments[2].slot", "no slot"))
                    .anySatisfy(m -> assertThat(m).contains("assignments[2].teams[1].team", "no team id"))
                    .anySatisfy(m -> assertThat(m).contains("'D9'"));
            assertThat(report.ofRule(HardRule.IN_WINDOW)).extracting(Violation::message)
                    .containsExactly("assignments[2].date: drill D3 has no date");
            assertThat(report.ofRule(HardRule.ROLES_FILLED)).extracting(Violation::message)
                    .anySatisfy(m -> assertThat(m).contains("no skill", "does not need"));
        }
    }

    @Nested
    class Rule2DateAndSlots {

        @Test
        void standardScheduleKeepsRule2() {
            assertThat(standardPlan().check().ofRule(HardRule.IN_WINDOW)).isEmpty();
        }

        @Test
        void dateAfterTheHorizonIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-07-01", "AM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("D3")));
            assertThat(report.violations().get(0).message())
                    .contains("2026-07-01", "outside the horizon 2026-06-01 to 2026-06-30");
        }

        @Test
        void dateBeforeTheHorizonIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-05-29", "AM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("D3")));
        }

        @Test
        void windowIsInclusiveAtBothEnds() {
            assertThat(standardPlan().move("D5", "2026-06-10", "AM", "FIRE:T4").check().violations()).isEmpty();
            assertThat(standardPlan().move("D5", "2026-06-18", "AM", "FIRE:T4").check().violations()).isEmpty();
        }

        @Test
        void dateOutsideTheWindowIsReported() {
            CheckReport before = standardPlan().move("D5", "2026-06-09", "AM", "FIRE:T4").check();
            CheckReport after = standardPlan().move("D5", "2026-06-22", "AM", "FIRE:T4").check();

            assertThat(before.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("D5")));
            assertThat(before.violations().get(0).message())
                    .contains("2026-06-09", "outside its window 2026-06-10 to 2026-06-20");
            assertThat(after.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("D5")));
        }

        @Test
        void twoSlotDrillStartingInTheLastSlotDoesNotFit() {
            CheckReport report = standardPlan().move("D2", "2026-06-09", "PM", "MINE_RESCUE:T2", "MEDICAL:T3").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("D2")));
            assertThat(report.violations().get(0).message()).contains("2 consecutive slots from PM", "only 1 slot");
        }

        @Test
        void startThatIsNotTheSlotStartIsReported() {
            Plan plan = standardPlan();
            Assignment d3 = plan.assignment("D3");
            plan.drop("D3").raw(new Assignment("D3", d3.date(), "AM", time("09:00"), d3.end(), d3.teams()));

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("D3")));
            assertThat(report.violations().get(0).message()).contains("starts 09:00", "slot AM starts 08:30");
        }

        @Test
        void endThatIsNotTheLastSlotEndIsReported() {
            Plan plan = standardPlan();
            Assignment d2 = plan.assignment("D2");
            plan.drop("D2").raw(new Assignment("D2", d2.date(), "AM", d2.start(), time("12:00"), d2.teams()));

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("D2")));
            assertThat(report.violations().get(0).message()).contains("ends 12:00", "slot PM ends 17:30");
        }

        @Test
        void timesOfTheSlotsCountNotTheWrittenOnes() {
            // E2 is written as 08:30-12:00, like E1, but its slot is PM: rule 8 judges the slot times.
            DrillProblem problem = Fixture.world()
                    .drill(Fixture.drill("E1", "U1", 1, List.of(Fixture.role("FIRE", 1))))
                    .drill(Fixture.drill("E2", "U1", 1, List.of(Fixture.role("FIRE", 1))))
                    .build();
            Plan plan = new Plan(problem)
                    .at("E1", "2026-06-03", "AM", "FIRE:T1")
                    .raw(new Assignment("E2", day("2026-06-03"), "PM", time("08:30"), time("12:00"),
                            Plan.teams("FIRE:T2")));

            CheckReport report = plan.check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(2, List.of("E2")), tuple(2, List.of("E2")));
        }
    }
}
