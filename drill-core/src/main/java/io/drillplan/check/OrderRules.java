package io.drillplan.check;

import io.drillplan.model.HardRule;
import io.drillplan.model.Message;
import io.drillplan.model.Precedence;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Rule 9: the building-block chain, each drill after the ones it builds on. */
final class OrderRules {
    private OrderRules() {}

    static void after(Map<String, Placement> placed, Findings findings) {
        for (Placement later : placed.values()) {
            for (Precedence step : later.drill().after()) {
                String id = later.id();
                Placement first = step.drill() == null ? null : placed.get(step.drill());
                if (first == null) {
                    findings.add(HardRule.DRILL_ORDER, Message.of("rule.afterUnscheduled", id, step.drill()), id, String.valueOf(step.drill()));
                    continue;
                }
                if (!later.dated() || !first.dated()) {
                    continue; // rule 2 reports the missing date
                }
                // In days between the two dates, never a date minDays ahead: that could leave the calendar.
                long days = ChronoUnit.DAYS.between(first.date(), later.date());
                if (days < step.minDays()) {
                    findings.add(HardRule.DRILL_ORDER, Message.of("rule.tooSoonAfter", id, later.date(), step.minDays(),
                            step.minDays() == 1 ? "term.day" : "term.days", first.id(), first.date())
                            .with(List.of(daysWord(days))), first.id(), id);
                } else if (step.minDays() == 0 && later.date().equals(first.date())
                        && later.timed() && first.timed() && first.endSecond() > later.startSecond()) {
                    findings.add(HardRule.DRILL_ORDER, Message.of("rule.startsBeforeEnd", id, first.id(), later.date(), first.times(),
                            later.times()), first.id(), id);
                }
            }
        }
    }

    private static Message daysWord(long days) {
        if (days == 0) {
            return Message.of("rule.sameDay");
        }
        if (days < 0) {
            return Message.of("rule.daysBefore", -days, days == -1 ? "term.day" : "term.days");
        }
        return Message.of("rule.daysAfter", days, days == 1 ? "term.day" : "term.days");
    }
}
