package io.drillplan.model;

import java.util.Locale;

/** The three levels of a {@link Score}, from the one that weighs most. */
public enum ScoreLevel {
    /** Broken hard rules: a schedule with any is infeasible. */
    HARD,
    /** Drills left out, by priority. */
    MEDIUM,
    /** Preferences: travel, workload, high-risk units early, spread, chain continuity, stability. */
    SOFT;

    /** {@return the level in lower case, as in the score's text: {@code hard}, {@code medium} or {@code soft}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
