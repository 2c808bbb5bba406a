package io.drillplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void readsAndWritesTheFormOfScheduleFiles() {
        Score score = Score.parse("0hard/-3medium/-48210soft");

        assertThat(score).isEqualTo(new Score(0, -3, -48210));
        assertThat(score).hasToString("0hard/-3medium/-48210soft");
        assertThat(Score.parse(new Score(-2, 0, Long.MIN_VALUE).toString())).isEqualTo(new Score(-2, 0, Long.MIN_VALUE));
    }

    @Test
    void feasibleWhenNoHardRuleIsBroken() {
        assertThat(new Score(0, -5, -100).isFeasible()).isTrue();
        assertThat(new Score(-1, 0, 0).isFeasible()).isFalse();
        assertThat(Score.ZERO.isFeasible()).isTrue();
    }

    @Test
    void comparesLevelByLevel() {
        assertThat(new Score(0, -10, -999_999)).isGreaterThan(new Score(-1, 0, 0));
        assertThat(new Score(0, -1, -999_999)).isGreaterThan(new Score(0, -2, 0));
        assertThat(new Score(0, -1, -5)).isGreaterThan(new Score(0, -1, -6));
        assertThat(new Score(0, -1, -5)).isEqualByComparingTo(new Score(0, -1, -5));
        assertThat(new Score(-1, -2, -3).part(ScoreLevel.MEDIUM)).isEqualTo(-2);
    }

    @Test
    void otherTextIsNoScore() {
        assertThat(Score.tryParse("greedy")).isEmpty();
        assertThat(Score.tryParse(null)).isEmpty();
        assertThat(Score.tryParse("0hard/-3soft")).isEmpty();
        assertThat(Score.tryParse("0hard/0medium/99999999999999999999soft")).isEmpty();
        assertThat(Score.tryParse(" 0hard/0medium/-1soft ")).contains(new Score(0, 0, -1));
        assertThatThrownBy(() -> Score.parse("greedy"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'greedy'");
    }

    @Test
    void everyHardRuleHasItsNumberAndEveryConstraintItsTitle() {
        for (HardRule rule : HardRule.values()) {
            assertThat(HardRule.of(rule.number())).isSameAs(rule);
        }
        for (ScheduleConstraint c : ScheduleConstraint.values()) {
            assertThat(ScheduleConstraint.byTitle(c.title())).contains(c);
        }
        assertThat(HardRule.TEAM_LIMITS.constraints())
                .containsExactly(ScheduleConstraint.TEAM_DAILY_LIMIT, ScheduleConstraint.TEAM_WEEKLY_LIMIT);
        assertThat(ScheduleConstraint.byTitle("no such constraint")).isEmpty();
    }
}
