package io.drillplan.check;

import static io.drillplan.check.Fixture.JINCI;
import static io.drillplan.check.Fixture.XISHAN;
import static io.drillplan.check.Fixture.YINGZE;
import static io.drillplan.check.Fixture.drill;
import static io.drillplan.check.Fixture.june;
import static io.drillplan.check.Fixture.role;
import static io.drillplan.check.Fixture.slot;
import static io.drillplan.check.Fixture.standardPlan;
import static io.drillplan.check.Fixture.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.drillplan.check.Fixture.Plan;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.HardRule;
import io.drillplan.model.Horizon;
import io.drillplan.model.Travel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules 4 to 7: roles, team calendars, travel and workload. */
class TeamRulesTest {

    @Nested
    class Rule4Roles {

        @Test
        void twoRolesOfOneSkillAreFilledByTwoTeamsWithIt() {
            // D4 has two FIRE roles of one team each; T1 and T2 together fill them.
            assertThat(standardPlan().check().ofRule(HardRule.ROLES_FILLED)).isEmpty();
        }

        @Test
        void tooFewTeamsForASkillIsReported() {
            CheckReport report = standardPlan().move("D4", "2026-06-04", "PM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("D4")));
            assertThat(report.violations().get(0).message())
                    .isEqualTo("drill D4 needs 2 distinct teams with skill FIRE, gets 1 (T1)");
        }

        @Test
        void tooManyTeamsForASkillIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-03", "AM", "FIRE:T1", "FIRE:T2").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("D3")));
            assertThat(report.violations().get(0).message())
                    .isEqualTo("drill D3 needs 1 team with skill FIRE, gets 2 (T1, T2)");
        }

        @Test
        void sameTeamTwiceForOneSkillIsNotTwoTeams() {
            CheckReport report = standardPlan().move("D4", "2026-06-04", "PM", "FIRE:T1", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("D4")), tuple(4, List.of("D4")));
            assertThat(report.violations()).extracting(Violation::message).containsExactly(
                    "team T1 is listed 2 times for drill D4 (for FIRE and FIRE); a team fills at most one role of a drill",
                    "drill D4 needs 2 distinct teams with skill FIRE, gets 1 (T1)");
        }

        private DrillProblem fireAndEvacuation() {
            return Fixture.world()
                    .drill(drill("E1", "U3", 1, List.of(role("FIRE", 1), role("EVACUATION", 1))))
                    .build();
        }

        @Test
        void oneTeamForTwoDifferentSkillsIsReported() {
            CheckReport report = new Plan(fireAndEvacuation())
                    .at("E1", "2026-06-03", "AM", "FIRE:T1", "EVACUATION:T1")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("E1")));
            assertThat(report.violations().get(0).message()).contains("T1", "FIRE and EVACUATION", "at most one role");
        }

        @Test
        void twoTeamsForTwoDifferentSkillsPass() {
            CheckReport report = new Plan(fireAndEvacuation())
                    .at("E1", "2026-06-03", "AM", "FIRE:T2", "EVACUATION:T1")
                    .check();

            assertThat(report.violations()).isEmpty();
        }

        @Test
        void skillTheDrillDoesNotNeedIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-03", "AM", "FIRE:T1", "MEDICAL:T3").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("D3")));
            assertThat(report.violations().get(0).message())
                    .isEqualTo("drill D3 lists T3 for skill MEDICAL, which the drill does not need");
        }

        @Test
        void teamWithoutTheSkillIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-03", "AM", "FIRE:T3").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("D3")));
            assertThat(report.violations().get(0).message())
                    .isEqualTo("team T3 fills the FIRE role of drill D3 but has no skill FIRE (it has MEDICAL)");
        }

        @Test
        void teamBeyondItsServiceRadiusIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-03", "AM", "FIRE:T4").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("D3")));
            double km = Fixture.greatCircleKm(Fixture.DATONG, JINCI);
            assertThat(report.violations().get(0).message())
                    .contains("T4", "U2 (Jinci Chemical Plant)", String.format(java.util.Locale.ROOT, "%.1f km", km),
                            "beyond its 50 km service radius");
        }

        @Test
        void teamWithoutRadiusReachesAnyUnit() {
            // T2 has no radius; U4 lies about 255 km from its base.
            assertThat(Fixture.greatCircleKm(XISHAN, Fixture.DATONG)).isGreaterThan(250);
            assertThat(standardPlan().move("D5", "2026-06-11", "AM", "FIRE:T2").check().violations()).isEmpty();
        }

        private CheckReport withRadius(GeoPoint base, double radiusKm) {
            DrillProblem problem = Fixture.world()
                    .team(team("T9", base, radiusKm, 2, 5, Set.of("FIRE")))
                    .drill(drill("E1", "U2", 1, List.of(role("FIRE", 1))))
                    .build();
            return new Plan(problem).at("E1", "2026-06-03", "AM", "FIRE:T9").check();
        }

        @Test
        void radiusExactlyEqualToTheDistancePasses() {
            GeoPoint base = new GeoPoint(37.95, 112.61);
            double exact = base.distanceKm(JINCI);
            assertThat(exact).isCloseTo(Fixture.greatCircleKm(base, JINCI), within(1e-9));

            assertThat(withRadius(base, exact).violations()).isEmpty();
            assertThat(withRadius(JINCI, 0.0).violations()).isEmpty();
        }

        @Test
        void radiusJustBelowTheDistanceIsReported() {
            GeoPoint base = new GeoPoint(37.95, 112.61);
            double exact = base.distanceKm(JINCI);

            CheckReport report = withRadius(base, Math.nextDown(exact));

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(4, List.of("E1")));
            assertThat(report.violations().get(0).message()).contains("beyond its");
        }
    }

    @Nested
    class Rule5TeamAvailable {

        @Test
        void dayBeforeTheTeamsDayOffPasses() {
            assertThat(standardPlan().move("D3", "2026-06-15", "AM", "FIRE:T1").check().violations()).isEmpty();
        }

        @Test
        void teamsDayOffIsReported() {
            CheckReport report = standardPlan().move("D3", "2026-06-16", "AM", "FIRE:T1").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(5, List.of("D3")));
            assertThat(report.violations().get(0).message())
                    .isEqualTo("team T1 guides drill D3 on 2026-06-16, but is unavailable that day");
        }

        @Test
        void onlyTheUnavailableTeamOfADrillIsReported() {
            CheckReport report = standardPlan().move("D4", "2026-06-16", "AM", "FIRE:T1", "FIRE:T2").check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(5, List.of("D4")));
            assertThat(report.violations().get(0).message()).startsWith("team T1 ");
        }
    }

    /** G1 and G3 at U1, G2 at U2 (29.8 km away), each needing one FIRE team. */
    private static DrillProblem twoSites(Horizon horizon) {
        return Fixture.world(horizon, null, null, null)
                .drill(drill("G1", "U1", 1, List.of(role("FIRE", 1))))
                .drill(drill("G2", "U2", 1, List.of(role("FIRE", 1))))
                .drill(drill("G3", "U1", 1, List.of(role("FIRE", 1))))
                .build();
    }

    @Nested
    class Rule6OnePlaceAtATime {

        @Test
        void travelMinutesAgreeWithAnIndependentHaversine() {
            double km = Fixture.greatCircleKm(XISHAN, JINCI);
            int expected = (int) Math.ceil(km * 1.3 / 40 * 60);

            assertThat(km).isCloseTo(29.83, within(0.01));
            assertThat(expected).isEqualTo(59);
            assertThat(Travel.DEFAULT.minutesBetween(XISHAN, JINCI)).isEqualTo(expected);
            assertThat(Travel.DEFAULT.minutesBetween(JINCI, XISHAN)).isEqualTo(expected);
        }

        @Test
        void exactlyEnoughTravelTimePasses() {
            // 09:00 + 59 min travel = 09:59.
            Horizon horizon = june(slot("A", "08:00", "09:00"), slot("B", "09:59", "11:00"));
            CheckReport there = new Plan(twoSites(horizon))
                    .at("G1", "2026-06-03", "A", "FIRE:T2")
                    .at("G2", "2026-06-03", "B", "FIRE:T2")
                    .check();
            CheckReport back = new Plan(twoSites(horizon))
                    .at("G2", "2026-06-03", "A", "FIRE:T2")
                    .at("G1", "2026-06-03", "B", "FIRE:T2")
                    .check();

            assertThat(there.violations()).isEmpty();
            assertThat(back.violations()).isEmpty();
        }

        @Test
        void oneMinuteShortIsReported() {
            Horizon horizon = june(slot("A", "08:00", "09:00"), slot("B", "09:58", "11:00"));
            CheckReport there = new Plan(twoSites(horizon))
                    .at("G1", "2026-06-03", "A", "FIRE:T2")
                    .at("G2", "2026-06-03", "B", "FIRE:T2")
                    .check();
            CheckReport back = new Plan(twoSites(horizon))
                    .at("G1", "2026-06-03", "B", "FIRE:T2")
                    .at("G2", "2026-06-03", "A", "FIRE:T2")
                    .check();

            assertThat(there.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(6, List.of("G1", "G2")));
            assertThat(there.violations().get(0).message()).isEqualTo(
                    "team T2 guides drill G1 at U1 (Xishan Coal Mine) on 2026-06-03 08:00-09:00 and drill G2 at "
                            + "U2 (Jinci Chemical Plant) 09:58-11:00: needs 59 min travel, has 58");
            assertThat(back.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(6, List.of("G2", "G1")));
        }

        @Test
        void backToBackAtTwoUnitsIsShortOfTravelNotOverlapping() {
            Horizon horizon = june(slot("A", "08:00", "09:00"), slot("B", "09:00", "10:00"));
            CheckReport report = new Plan(twoSites(horizon))
                    .at("G1", "2026-06-03", "A", "FIRE:T2")
                    .at("G2", "2026-06-03", "B", "FIRE:T2")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(6, List.of("G1", "G2")));
            assertThat(report.violations().get(0).message()).endsWith("09:00-10:00: needs 59 min travel, has 0");
        }

        @Test
        void backToBackAtOneUnitNeedsNoTravel() {
            Horizon horizon = june(slot("A", "08:00", "09:00"), slot("B", "09:00", "10:00"));
            CheckReport report = new Plan(twoSites(horizon))
                    .at("G1", "2026-06-03", "A", "FIRE:T2")
                    .at("G3", "2026-06-03", "B", "FIRE:T2")
                    .check();

            assertThat(report.violations()).isEmpty();
        }

        @Test
        void overlappingDrillsAtTwoUnitsAreReported() {
            CheckReport report = new Plan(twoSites(june()))
                    .at("G1", "2026-06-03", "AM", "FIRE:T2")
                    .at("G2", "2026-06-03", "AM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(6, List.of("G1", "G2")));
            assertThat(report.violations().get(0).message()).endsWith("the times overlap");
        }

        @Test
        void overlappingDrillsAtOneUnitBreakRules6And8() {
            CheckReport report = new Plan(twoSites(june()))
                    .at("G1", "2026-06-03", "AM", "FIRE:T2")
                    .at("G3", "2026-06-03", "AM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(6, List.of("G1", "G3")), tuple(8, List.of("G1", "G3")));
        }

        @Test
        void sameSlotOnTwoDatesPasses() {
            CheckReport report = new Plan(twoSites(june()))
                    .at("G1", "2026-06-03", "AM", "FIRE:T2")
                    .at("G2", "2026-06-04", "AM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).isEmpty();
        }

        @Test
        void longDrillClashesWithEveryLaterDrillItOverlapsNotOnlyTheNext() {
            // X runs 08:00-12:00 at U1; Y (09-10) and Z (10-11) follow each other at U2. A check of
            // neighbours only would miss X against Z.
            Horizon hourly = june(slot("H1", "08:00", "09:00"), slot("H2", "09:00", "10:00"),
                    slot("H3", "10:00", "11:00"), slot("H4", "11:00", "12:00"));
            DrillProblem problem = Fixture.world(hourly, null, null, null)
                    .team(team("T5", XISHAN, null, 3, 5, Set.of("FIRE")))
                    .drill(drill("X", "U1", 4, List.of(role("FIRE", 1))))
                    .drill(drill("Y", "U2", 1, List.of(role("FIRE", 1))))
                    .drill(drill("Z", "U2", 1, List.of(role("FIRE", 1))))
                    .build();

            CheckReport report = new Plan(problem)
                    .at("X", "2026-06-03", "H1", "FIRE:T5")
                    .at("Y", "2026-06-03", "H2", "FIRE:T5")
                    .at("Z", "2026-06-03", "H3", "FIRE:T5")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(6, List.of("X", "Y")), tuple(6, List.of("X", "Z")));
        }
    }

    @Nested
    class Rule7Workload {

        @Test
        void dayLimitReachedExactlyPasses() {
            CheckReport report = new Plan(twoSites(june()))
                    .at("G1", "2026-06-03", "AM", "FIRE:T2")
                    .at("G3", "2026-06-03", "PM", "FIRE:T2")
                    .check();

            assertThat(report.violations()).isEmpty();
        }

        @Test
        void dayLimitExceededIsReported() {
            DrillProblem problem = twoSites(june()).toBuilder()
                    .team(team("T6", XISHAN, null, 1, 5, Set.of("FIRE")))
                    .build();

            CheckReport report = new Plan(problem)
                    .at("G1", "2026-06-03", "AM", "FIRE:T6")
                    .at("G3", "2026-06-03", "PM", "FIRE:T6")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(7, List.of("G1", "G3")));
            assertThat(report.violations().get(0).message())
                    .isEqualTo("team T6 holds 2 drills on 2026-06-03, at most 1 allowed: G1, G3");
        }

        @Test
        void teamListedTwiceInOneDrillCountsThatDrillOnce() {
            DrillProblem problem = Fixture.world()
                    .team(team("T6", XISHAN, null, 1, 1, Set.of("FIRE")))
                    .drill(drill("E1", "U1", 1, List.of(role("FIRE", 2))))
                    .build();

            CheckReport report = new Plan(problem).at("E1", "2026-06-03", "AM", "FIRE:T6", "FIRE:T6").check();

            assertThat(report.violations()).extracting(v -> v.rule().number()).containsOnly(4);
        }

        /** W1, W2, W3 at U3 (open at weekends), guided by T7, who may do two a week. */
        private DrillProblem weekly() {
            return Fixture.world()
                    .team(team("T7", YINGZE, 10.0, 2, 2, Set.of("FIRE")))
                    .drill(drill("W1", "U3", 1, List.of(role("FIRE", 1))))
                    .drill(drill("W2", "U3", 1, List.of(role("FIRE", 1))))
                    .drill(drill("W3", "U3", 1, List.of(role("FIRE", 1))))
                    .build();
        }

        @Test
        void sundayBelongsToTheWeekBefore() {
            CheckReport report = new Plan(weekly())
                    .at("W1", "2026-06-04", "AM", "FIRE:T7")
                    .at("W2", "2026-06-05", "AM", "FIRE:T7")
                    .at("W3", "2026-06-07", "AM", "FIRE:T7")
                    .check();

            assertThat(report.violations()).extracting(v -> v.rule().number(), Violation::drills)
                    .containsExactly(tuple(7, List.of("W1", "W2", "W3")));
            assertThat(report.violations().get(0).message()).isEqualTo(
                    "team T7 holds 3 drills in ISO week 2026-W23 (2026-06-01 to 2026-06-07), at most 2 allowed: W1, W2, W3");
        }

        @Test
        void mondayStartsANewWeek() {
            CheckReport report = new Plan(weekly())
                    .at("W1", "2026-06-04", "AM", "FIRE:T7")
                    .at("W2", "2026-06-05", "AM", "FIRE:T7")
                    .at("W3", "2026-06-08", "AM", "FIRE:T7")
                    .check();

            assertThat(report.violations()).isEmpty();
        }
    }
}
