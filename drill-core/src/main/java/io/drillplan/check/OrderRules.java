package io.drillplan.check;

import io.drillplan.model.HardRule;
import io.drillplan.model.Precedence;
import java.time.temporal.ChronoUnit;
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
                    findings.add(HardRule.DRILL_ORDER, "drill " + id + " must come after drill " + step.drill()
                            + ", which is not scheduled", id, String.valueOf(step.drill()));
                    continue;
                }
                if (!later.dated() || !first.dated()) {
                    continue; // rule 2 reports the missing date
                }
                // In days between the two dates, never a date minDays ahead: that could leave the calendar.
                long days = ChronoUnit.DAYS.between(first.date(), later.date());
                if (days < step.minDays()) {
                    findings.add(HardRule.DRILL_ORDER, "drill " + id + " on " + later.date() + " must come at least " + step.minDays()
                            + (step.minDays() == 1 ? " day" : " days") + " after drill " + first.id() + " on "
                            + first.date() + ", but comes " + daysWord(days), first.id(), id);
                } else if (step.minDays() == 0 && later.date().equals(first.date())
                        && later.timed() && first.timed() && first.endSecond() > later.startSecond()) {
                    findings.add(HardRule.DRILL_ORDER, "drill " + id + " must start no earlier than drill " + first.id()
                            + " ends, but on " + later.date() + " drill " + first.id() + " runs " + first.times()
                            + " and drill " + id + " " + later.times(), first.id(), id);
                }
            }
        }
    }

    private static String daysWord(long days) {
        if (days == 0) {
            return "the same day";
        }
        if (days < 0) {
            return -days + (days == -1 ? " day" : " days") + " before it";
        }
        return days + (days == 1 ? " day" : " days") + " after it";
    }
}
