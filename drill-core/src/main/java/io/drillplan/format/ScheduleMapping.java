package io.drillplan.format;

import io.drillplan.format.Documents.AssignmentDoc;
import io.drillplan.format.Documents.FormatTag;
import io.drillplan.format.Documents.MessageDoc;
import io.drillplan.format.Documents.ScheduleDoc;
import io.drillplan.format.Documents.TeamAssignmentDoc;
import io.drillplan.format.Documents.UnscheduledDoc;
import io.drillplan.model.Assignment;
import io.drillplan.model.Message;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.util.List;

/**
 * {@code drillplan-schedule/1} documents to model records and back.
 *
 * <p>Required on reading: each assignment's drill, date, slot, start and end, each team entry's
 * skill and team, and each unscheduled entry's drill. The problem name, {@code score},
 * {@code feasible} and a reason may be absent; absent lists are empty. A {@code score} that is not
 * in the form {@code <hard>hard/<medium>medium/<soft>soft} (older versions wrote {@code greedy}
 * for an unscored schedule) reads as no score; {@code feasible} is not read, since the score
 * says it, and is written as the score's feasibility.
 */
final class ScheduleMapping {

    static final String FORMAT = "drillplan-schedule/1";

    private ScheduleMapping() {}

    static Schedule toModel(ScheduleDoc doc, Reading r) {
        return new Schedule(
                doc.problem(),
                Score.tryParse(doc.score()),
                ProblemMapping.list(doc.assignments(), "assignments", (a, path) -> new Assignment(
                        r.require(a.drill(), a, path + ".drill"),
                        r.require(a.date(), a, path + ".date"),
                        r.require(a.slot(), a, path + ".slot"),
                        r.require(a.start(), a, path + ".start"),
                        r.require(a.end(), a, path + ".end"),
                        ProblemMapping.list(a.teams(), path + ".teams", (t, teamPath) -> new TeamAssignment(
                                r.require(t.skill(), t, teamPath + ".skill"),
                                r.require(t.team(), t, teamPath + ".team"))))),
                ProblemMapping.list(doc.unscheduled(), "unscheduled", (u, path) -> new Unscheduled(
                        r.require(u.drill(), u, path + ".drill"), u.reason(), why(u, path, r))));
    }

    static ScheduleDoc toDocument(Schedule s) {
        return new ScheduleDoc(
                new FormatTag(FORMAT, null),
                s.problem(),
                s.score().map(Score::toString).orElse(null),
                s.score().map(Score::isFeasible).orElse(null),
                ProblemMapping.map(s.assignments(), a -> new AssignmentDoc(
                        a.drill(), a.date(), a.slot(), a.start(), a.end(),
                        ProblemMapping.map(a.teams(), t -> new TeamAssignmentDoc(t.skill(), t.team())))),
                ProblemMapping.map(s.unscheduled(), u -> u.why() == null
                        ? new UnscheduledDoc(u.drill(), u.reason(), null, null, null)
                        : new UnscheduledDoc(u.drill(), u.reason(), u.why().code(), u.why().args(),
                                u.why().parts().isEmpty() ? null
                                        : ProblemMapping.map(u.why().parts(), m -> new MessageDoc(m.code(), m.args())))));
    }

    /** The reason's code, arguments and parts, or null for a reason given only as text. */
    private static Message why(UnscheduledDoc u, String path, Reading r) {
        if (u.reasonCode() == null) {
            return null;
        }
        List<Message> parts = u.reasonParts() == null ? List.of()
                : ProblemMapping.list(u.reasonParts(), path + ".reasonParts", (m, partPath) ->
                        new Message(r.require(m.code(), m, partPath + ".code"), m.args()));
        return new Message(u.reasonCode(), u.reasonArgs(), parts);
    }
}
