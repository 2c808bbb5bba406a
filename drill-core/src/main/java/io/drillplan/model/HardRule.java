package io.drillplan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The ten hard rules of docs/rules.md that every schedule must keep. The independent checker
 * names the rule each violation breaks with one of these; the solver's constraints name the rule
 * they enforce through {@link ScheduleConstraint#hardRule()}.
 */
public enum HardRule {
    /** Rule 1: every drill exactly once, known ids. */
    EVERY_DRILL_ONCE(1),
    /** Rule 2: date in the horizon and the window, slots fit the day. */
    IN_WINDOW(2),
    /** Rule 3: the unit is open that date. */
    UNIT_OPEN(3),
    /** Rule 4: roles filled by able teams in reach, one role each. */
    ROLES_FILLED(4),
    /** Rule 5: the team is available that date. */
    TEAM_AVAILABLE(5),
    /** Rule 6: a team in one place at a time, with time for the road. */
    TEAM_ONE_PLACE(6),
    /** Rule 7: a team's drills per day and per week. */
    TEAM_LIMITS(7),
    /** Rule 8: a unit holds one drill at a time. */
    UNIT_ONE_DRILL(8),
    /** Rule 9: chains in order, with their spacing. */
    DRILL_ORDER(9),
    /** Rule 10: a region's drills per day. */
    REGION_LIMIT(10);

    private final int number;

    HardRule(int number) {
        this.number = number;
    }

    /** {@return the rule's number in docs/rules.md, 1 to 10} */
    public int number() {
        return number;
    }

    /**
     * A short name of the rule, for example "team in one place at a time", from the same texts
     * that word the checker's findings.
     *
     * @param locale the language; Chinese for {@code zh}, English otherwise
     * @return the name
     */
    public String title(Locale locale) {
        return Message.of("term.rule." + number).text(locale);
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
