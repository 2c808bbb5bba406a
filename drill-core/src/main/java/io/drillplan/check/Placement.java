package io.drillplan.check;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.RescueTeam;
import java.time.LocalDate;
import java.util.List;

/**
 * How the checker reads one counted assignment: the drill it places, and whatever of date,
 * times and teams could be made sense of. Times come from the problem's slots, never from the
 * assignment's own {@code start}/{@code end}, which rule 2 compares separately.
 *
 * @param index position in the schedule's assignments
 * @param drill the drill placed
 * @param unit the drill's unit, or {@code null} when the problem names an unknown unit
 * @param assignment the assignment as written
 * @param date the date, or {@code null} when absent
 * @param startSecond start as second of the day, or -1 when the slots cannot be read
 * @param endSecond end as second of the day, or -1 when the slots cannot be read
 * @param teams the known teams listed, each once, in listing order
 */
record Placement(
        int index,
        DrillRequest drill,
        GrassrootsUnit unit,
        Assignment assignment,
        LocalDate date,
        int startSecond,
        int endSecond,
        List<RescueTeam> teams) {

    String id() {
        return drill.id();
    }

    boolean dated() {
        return date != null;
    }

    /** Whether date and times are known, as the time-based rules need. */
    boolean timed() {
        return date != null && startSecond >= 0;
    }

    /** Whether the two time intervals share a moment; they are half-open, so 12:00 meets 12:00. */
    boolean overlaps(Placement other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    String times() {
        return Words.time(startSecond) + "-" + Words.time(endSecond);
    }
}
