package io.drillplan.check;

import io.drillplan.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What {@link ScheduleChecker#check} found: every hard-rule violation of a schedule, ordered by
 * rule number and, within a rule, by where the schedule first shows it.
 *
 * @param violations the violations; empty when the schedule is feasible
 */
public record CheckReport(List<Violation> violations) {


    /**
     * Makes the list immutable; an absent list is empty.
     *
     * @param violations the violations; empty when the schedule is feasible
     */
    public CheckReport {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** {@return whether the schedule keeps every hard rule} */
    public boolean feasible() {
        return violations.isEmpty();
    }

    /**
     * The violations of one rule, in report order.
     *
     * @param rule a rule number of docs/rules.md, 1 to 10
     * @return the violations of that rule; empty when it is kept
     * @throws IllegalArgumentException when {@code rule} is not 1 to 10
     */
    public List<Violation> ofRule(int rule) {
        if (rule < Violation.FIRST_RULE || rule > Violation.LAST_RULE) {
            throw new IllegalArgumentException("rule must be 1 to 10, got " + rule);
        }
        return violations.stream().filter(v -> v.rule() == rule).toList();
    }

    /**
     * A few lines for a planner: the total, then the count of each broken rule with its short
     * name, for example {@code "rule 6 (team in one place at a time): 2"}.
     *
     * @return the lines, joined with line breaks
     */
    public String summary() {
        return summary(Locale.ENGLISH);
    }

    /**
     * {@link #summary()} in {@code locale}'s language (English or Chinese).
     *
     * @param locale the reader's language
     * @return the summary
     */
    public String summary(Locale locale) {
        if (violations.isEmpty()) {
            return Message.of("check.feasible").text(locale);
        }
        int[] counts = new int[Violation.LAST_RULE + 1];
        violations.forEach(v -> counts[v.rule()]++);
        StringJoiner lines = new StringJoiner("\n");
        lines.add(Message.of(violations.size() == 1 ? "check.infeasibleOne" : "check.infeasible", violations.size())
                .text(locale));
        for (int rule = Violation.FIRST_RULE; rule <= Violation.LAST_RULE; rule++) {
            if (counts[rule] > 0) {
                lines.add(Message.of("check.ruleCount", rule, "term.rule." + rule, counts[rule]).text(locale));
            }
        }
        return lines.toString();
    }
}
