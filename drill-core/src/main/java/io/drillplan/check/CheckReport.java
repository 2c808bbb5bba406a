package io.drillplan.check;

import io.drillplan.model.HardRule;
import io.drillplan.model.Message;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * @param rule a rule of docs/rules.md
     * @return the violations of that rule; empty when it is kept
     */
    public List<Violation> ofRule(HardRule rule) {
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
        Map<HardRule, Integer> counts = new EnumMap<>(HardRule.class);
        violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
        StringJoiner lines = new StringJoiner("\n");
        lines.add(Message.of(violations.size() == 1 ? "check.infeasibleOne" : "check.infeasible", violations.size())
                .text(locale));
        counts.forEach((rule, count) -> lines.add(
                Message.of("check.ruleCount", rule.number(), "term.rule." + rule.number(), count).text(locale)));
        return lines.toString();
    }
}
