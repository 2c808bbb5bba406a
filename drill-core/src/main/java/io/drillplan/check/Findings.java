package io.drillplan.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects violations while the rules are read, in the order they are found. */
final class Findings {
    private final List<Violation> found = new ArrayList<>();

    void add(int rule, String message, List<String> drills) {
        found.add(new Violation(rule, message, drills));
    }

    void add(int rule, String message, String... drills) {
        add(rule, message, List.of(drills));
    }

    /** The report, grouped by rule; the sort is stable, so each rule keeps its finding order. */
    CheckReport report() {
        List<Violation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Violation::rule));
        return new CheckReport(sorted);
    }
}
