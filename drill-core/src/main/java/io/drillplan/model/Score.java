package io.drillplan.model;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule's score in three levels, compared level by level (a better hard part always wins).
 * <em>hard</em> is minus the hard-rule violations (0 in a feasible schedule), <em>medium</em> minus
 * the priorities of the drills left out, <em>soft</em> minus the weighted preferences; docs/format.md
 * describes each part. Written in schedule files as {@code <hard>hard/<medium>medium/<soft>soft},
 * for example {@code 0hard/-3medium/-48210soft}.
 *
 * @param hard the hard part, 0 or less
 * @param medium the medium part, 0 or less
 * @param soft the soft part, 0 or less
 */
public record Score(long hard, long medium, long soft) implements Comparable<Score> {

    /** The score of a schedule that breaks nothing, leaves nothing out and costs nothing. */
    public static final Score ZERO = new Score(0, 0, 0);

    private static final Pattern FORM = Pattern.compile("(-?\\d{1,19})hard/(-?\\d{1,19})medium/(-?\\d{1,19})soft");
    private static final Comparator<Score> ORDER = Comparator.comparingLong(Score::hard)
            .thenComparingLong(Score::medium).thenComparingLong(Score::soft);

    /**
     * Reads the form of schedule files.
     *
     * @param text for example {@code 0hard/-3medium/-48210soft}
     * @return the score
     * @throws IllegalArgumentException when {@code text} is not in that form, naming the text
     */
    public static Score parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("score must look like "
                + "0hard/-3medium/-48210soft, was " + (text == null ? "null" : Excerpt.quote(text))));
    }

    /**
     * Reads the form of schedule files, or nothing. Older versions wrote {@code greedy} for a
     * schedule the solver had not scored; such a file reads as a schedule without a score.
     *
     * @param text the text, may be null
     * @return the score, or empty when {@code text} is null or not in the form of schedule files
     */
    public static Optional<Score> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Score(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3))));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** {@return whether no hard rule is broken (the hard part is 0 or more)} */
    public boolean isFeasible() {
        return hard >= 0;
    }

    /**
     * The part of one level.
     *
     * @param level hard, medium or soft
     * @return that part
     */
    public long part(ScoreLevel level) {
        return switch (level) {
            case HARD -> hard;
            case MEDIUM -> medium;
            case SOFT -> soft;
        };
    }

    /**
     * Compares level by level: the higher hard part wins, then medium, then soft.
     *
     * @param other another score
     * @return negative, zero or positive as this score is worse than, equal to or better than {@code other}
     */
    @Override
    public int compareTo(Score other) {
        return ORDER.compare(this, other);
    }

    /** {@return the form of schedule files, for example {@code 0hard/-3medium/-48210soft}} */
    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}
