package io.drillplan.format;

import io.drillplan.changes.DrillAdded;
import io.drillplan.changes.DrillCancelled;
import io.drillplan.changes.DrillHeld;
import io.drillplan.changes.DrillNotHeld;
import io.drillplan.changes.MonthChange;
import io.drillplan.changes.TeamAway;
import io.drillplan.changes.UnitClosed;
import io.drillplan.format.Documents.ChangeDoc;
import io.drillplan.format.Documents.ChangesDoc;
import io.drillplan.model.Message;
import io.drillplan.model.TeamAssignment;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code drillplan-changes/1} documents: what happened during the month, as a list of
 * changes for {@link io.drillplan.changes.ChangedMonth}. Like the other documents, a JSON
 * {@code null} counts as absent, unknown fields are ignored, and the first error is a
 * {@link FormatException} naming the source, line, column, path and value. Whether the ids and
 * dates fit the problem is checked when the changes are applied.
 */
public final class ChangeFormat {

    /** The format tag of a changes document. */
    public static final String FORMAT = "drillplan-changes/1";

    private static final List<String> TYPES =
            List.of("teamAway", "unitClosed", "drillCancelled", "drillAdded", "drillHeld", "drillNotHeld");

    private ChangeFormat() {}

    /**
     * Reads a changes file.
     *
     * @param file a UTF-8 {@code drillplan-changes/1} document
     * @return the changes, in file order, not checked against any problem
     * @throws FormatException when the file is missing, unreadable or not a valid document
     */
    public static List<MonthChange> readChanges(Path file) {
        return readChanges(DrillFormat.text(file), file.toString());
    }

    /**
     * Reads changes from JSON text.
     *
     * @param json a {@code drillplan-changes/1} document
     * @param sourceName the name errors give for the text, such as the file it came from
     * @return the changes, in document order, not checked against any problem
     * @throws FormatException when the text is not a valid document
     */
    public static List<MonthChange> readChanges(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        Reading reading = new Reading(DrillFormat.name(sourceName));
        DrillFormat.checkFormat(json, FORMAT, reading);
        ChangesDoc doc = DocumentCodec.read(json, ChangesDoc.class, reading);
        return ProblemMapping.list(doc.changes(), "changes", (c, path) -> change(c, path, reading));
    }

    private static MonthChange change(ChangeDoc c, String path, Reading r) {
        String type = r.require(c.type(), c, path + ".type");
        return switch (type) {
            case "teamAway" -> new TeamAway(r.require(c.team(), c, path + ".team"),
                    r.require(c.from(), c, path + ".from"), r.require(c.to(), c, path + ".to"));
            case "unitClosed" -> new UnitClosed(r.require(c.unit(), c, path + ".unit"),
                    r.require(c.from(), c, path + ".from"), r.require(c.to(), c, path + ".to"));
            case "drillCancelled" -> new DrillCancelled(r.require(c.drill(), c, path + ".drill"));
            case "drillNotHeld" -> new DrillNotHeld(r.require(c.drill(), c, path + ".drill"));
            case "drillAdded" -> new DrillAdded(
                    ProblemMapping.drill(r.require(c.request(), c, path + ".request"), path + ".request", r));
            case "drillHeld" -> new DrillHeld(r.require(c.drill(), c, path + ".drill"),
                    r.require(c.date(), c, path + ".date"), c.slot(),
                    c.teams() == null ? null : ProblemMapping.list(c.teams(), path + ".teams",
                            (t, teamPath) -> new TeamAssignment(r.require(t.skill(), t, teamPath + ".skill"),
                                    r.require(t.team(), t, teamPath + ".team"))));
            default -> throw r.error(c, path + ".type",
                    Message.of("format.unknownChangeType", JsonScalars.quote(type), String.join(", ", TYPES)));
        };
    }
}
