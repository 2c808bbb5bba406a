package io.drillplan.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every constraint the solver scores a schedule by, with its level and the hard rule of
 * docs/rules.md it enforces. The solver names its constraints with {@link #title()}, and an
 * explanation of a score ({@code io.drillplan.solver.Explanation}) refers to them by these
 * constants.
 *
 * <p>Two constraints change with the use. {@link #ROLE_UNFILLED} is medium while planning (a
 * drill with an empty seat counts as left out) and hard when a finished schedule is explained
 * (a schedule that lists a drill as held must staff it: rule 4). {@link #PREREQUISITE_UNDERSTAFFED}
 * is hard while planning and off when a finished schedule is explained, where the empty seat is
 * rule 4's business instead. {@link #level()} gives the level while planning.
 */
public enum ScheduleConstraint {
    /** A drill outside the horizon, its window or the day. */
    OUTSIDE_WINDOW("Drill outside its window", ScoreLevel.HARD, HardRule.IN_WINDOW),
    /** A drill on a date its unit is closed. */
    UNIT_CLOSED("Unit closed", ScoreLevel.HARD, HardRule.UNIT_OPEN),
    /** A team without the skill, or that does not reach the unit, fills a seat. */
    TEAM_UNQUALIFIED("Team lacks skill or reach", ScoreLevel.HARD, HardRule.ROLES_FILLED),
    /** One team fills two seats of a drill. */
    TEAM_TWO_ROLES("Team fills two roles of a drill", ScoreLevel.HARD, HardRule.ROLES_FILLED),
    /** A held drill with an empty seat (see the class comment for its level). */
    ROLE_UNFILLED("Role unfilled", ScoreLevel.MEDIUM, HardRule.ROLES_FILLED),
    /** A team guides a drill on a date it is away. */
    TEAM_UNAVAILABLE("Team unavailable", ScoreLevel.HARD, HardRule.TEAM_AVAILABLE),
    /** A team's drills on one date overlap or leave no time for the road. */
    TEAM_DOUBLE_BOOKED("Team double-booked", ScoreLevel.HARD, HardRule.TEAM_ONE_PLACE),
    /** A team holds more drills on a date than it may. */
    TEAM_DAILY_LIMIT("Team over daily limit", ScoreLevel.HARD, HardRule.TEAM_LIMITS),
    /** A team holds more drills in an ISO week than it may. */
    TEAM_WEEKLY_LIMIT("Team over weekly limit", ScoreLevel.HARD, HardRule.TEAM_LIMITS),
    /** A unit holds two drills whose times overlap. */
    UNIT_DOUBLE_BOOKED("Unit double-booked", ScoreLevel.HARD, HardRule.UNIT_ONE_DRILL),
    /** A held drill whose prerequisite is not held, or not early enough. */
    PREREQUISITE_NOT_HELD("Prerequisite not held", ScoreLevel.HARD, HardRule.DRILL_ORDER),
    /** While planning: a prerequisite with an empty seat, which will not be held either. */
    PREREQUISITE_UNDERSTAFFED("Prerequisite understaffed", ScoreLevel.HARD, HardRule.DRILL_ORDER),
    /** A capped region hosts more drills on a date than its cap. */
    REGION_DAILY_LIMIT("Region over daily limit", ScoreLevel.HARD, HardRule.REGION_LIMIT),
    /** A drill left out, costing its priority. */
    UNSCHEDULED("Drill unscheduled", ScoreLevel.MEDIUM, null),
    /** Road kilometres from a team's base to the drill. */
    TRAVEL("Travel distance", ScoreLevel.SOFT, null),
    /** A team's drills, squared, so that the load is spread. */
    WORKLOAD("Team workload", ScoreLevel.SOFT, null),
    /** A red or orange unit drilling late in the month. */
    HIGH_RISK_LATE("High-risk unit late", ScoreLevel.SOFT, null),
    /** A region's drills piled up on one date. */
    PILED_UP("Drills piled on a day", ScoreLevel.SOFT, null),
    /** A unit's chain guided by different teams from one step to the next. */
    CHAIN_TEAM_CHANGED("Chain guided by different teams", ScoreLevel.SOFT, null),
    /** When re-planning: a published drill moved to another date or slot, or dropped. */
    PUBLISHED_CHANGED("Published date changed", ScoreLevel.SOFT, null),
    /** When re-planning: a published team replaced on a drill that is still held. */
    PUBLISHED_TEAM_CHANGED("Published team changed", ScoreLevel.SOFT, null);

    private final String title;
    private final ScoreLevel level;
    private final HardRule hardRule;

    ScheduleConstraint(String title, ScoreLevel level, HardRule hardRule) {
        this.title = title;
        this.level = level;
        this.hardRule = hardRule;
    }

    /** {@return the constraint's name in the solver and in explanations, for example "Team double-booked"} */
    public String title() {
        return title;
    }

    /** {@return the level it penalises while planning} */
    public ScoreLevel level() {
        return level;
    }

    /** {@return the hard rule of docs/rules.md it enforces; empty for the medium and soft preferences} */
    public Optional<HardRule> hardRule() {
        return Optional.ofNullable(hardRule);
    }

    /**
     * The constraint with this title.
     *
     * @param title a title, for example "Team double-booked"
     * @return the constraint, or empty when no constraint has that title
     */
    public static Optional<ScheduleConstraint> byTitle(String title) {
        return Arrays.stream(values()).filter(c -> c.title.equals(title)).findFirst();
    }
}
