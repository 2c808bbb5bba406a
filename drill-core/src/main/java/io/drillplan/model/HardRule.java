package io.drillplan.model;

import java.util.Arrays;
import java.util.List;

/**
 * The ten hard rules of docs/rules.md that every schedule must keep. The independent checker
 * names the rule each violation breaks with one of these; the solver's constraints name the rule
 * they enforce through {@link ScheduleConstraint#hardRule()}.
 */
public enum HardRule {
    /** Rule 1: every drill exactly once, known ids. */
    EVERY_DRILL_ONCE(1, "every drill exactly once, known ids"),
    /** Rule 2: date in the horizon and the window, slots fit the day. */
    IN_WINDOW(2, "date in horizon and window, slots fit the day"),
    /** Rule 3: the unit is open that date. */
    UNIT_OPEN(3, "unit open that date"),
    /** Rule 4: roles filled by able teams in reach, one role each. */
    ROLES_FILLED(4, "roles filled by able teams in reach"),
    /** Rule 5: the team is available that date. */
    TEAM_AVAILABLE(5, "team available that date"),
    /** Rule 6: a team in one place at a time, with time for the road. */
    TEAM_ONE_PLACE(6, "team in one place at a time"),
    /** Rule 7: a team's drills per day and per week. */
    TEAM_LIMITS(7, "team drills per day and per week"),
    /** Rule 8: a unit holds one drill at a time. */
    UNIT_ONE_DRILL(8, "unit holds one drill at a time"),
    /** Rule 9: chains in order, with their spacing. */
    DRILL_ORDER(9, "drill order and spacing"),
    /** Rule 10: a region's drills per day. */
    REGION_LIMIT(10, "region drills per day");

    private final int number;
    private final String title;

    HardRule(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** {@return the rule's number in docs/rules.md, 1 to 10} */
    public int number() {
        return number;
    }

    /** {@return a short name of the rule, for example "team in one place at a time"} */
    public String title() {
        return title;
    }

    /**
     * The solver's constraints that enforce this rule. Empty for rule 1, which the planning model
     * keeps by construction (one planning entity per drill).
     *
     * @return the constraints, in declaration order
     */
    public List<ScheduleConstraint> constraints() {
        return Arrays.stream(ScheduleConstraint.values())
                .filter(c -> c.hardRule().filter(this::equals).isPresent()).toList();
    }

    /**
     * The rule with this number.
     *
     * @param number 1 to 10
     * @return the rule
     * @throws IllegalArgumentException when {@code number} is not 1 to 10
     */
    public static HardRule of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("rule must be 1 to 10, got " + number);
        }
        return values()[number - 1];
    }
}
