package io.drillplan.check;

import io.drillplan.model.Excerpt;
import io.drillplan.model.HardRule;
import io.drillplan.model.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Collects violations while the rules are read, in the order they are found. */
final class Findings {
    private final List<Violation> found = new ArrayList<>();

    void add(HardRule rule, Message message, List<String> drills) {
        // Schedules come from anywhere: what they say is shown, never obeyed by a terminal.
        found.add(new Violation(rule, Excerpt.printable(message.text(Locale.ENGLISH)), drills, message));
    }

    void add(HardRule rule, Message message, String... drills) {
        add(rule, message, List.of(drills));
    }

    /** The report, grouped by rule; the sort is stable, so each rule keeps its finding order. */
    CheckReport report() {
        List<Violation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Violation::rule));
        return new CheckReport(sorted);
    }
}
