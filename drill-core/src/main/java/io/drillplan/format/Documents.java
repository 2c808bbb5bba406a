package io.drillplan.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.drillplan.model.ExerciseType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The two documents of docs/format.md as plain records, field for field and in the order the
 * page lists them, so that one definition serves reading and writing. Every field is boxed or a
 * reference: {@code null} stands for "absent or JSON null", and the mapping to the model applies
 * the defaults.
 */
final class Documents {

    private Documents() {}

    /**
     * The {@code format} tag with where its value stood, so that a wrong tag is reported at the
     * value rather than at the start of the document.
     */
    @JsonDeserialize(using = JsonScalars.FormatTagReader.class)
    record FormatTag(String value, JsonLocation at) {
        @JsonValue
        String json() {
            return value;
        }
    }

    /** Only the tag: read first, so that a file of the wrong kind gets that error and no other. */
    record FormatProbe(FormatTag format) {}

    @JsonPropertyOrder({"format", "name", "horizon", "travel", "regions", "teams", "units", "drills"})
    record ProblemDoc(
            FormatTag format,
            String name,
            HorizonDoc horizon,
            TravelDoc travel,
            List<RegionDoc> regions,
            List<TeamDoc> teams,
            List<UnitDoc> units,
            List<DrillDoc> drills) {}

    @JsonPropertyOrder({"start", "end", "holidays", "slots"})
    record HorizonDoc(LocalDate start, LocalDate end, List<LocalDate> holidays, List<SlotDoc> slots) {}

    @JsonPropertyOrder({"id", "start", "end"})
    record SlotDoc(String id, LocalTime start, LocalTime end) {}

    @JsonPropertyOrder({"speedKmh", "detourFactor"})
    record TravelDoc(Double speedKmh, Double detourFactor) {}

    @JsonPropertyOrder({"id", "name", "parent", "maxDrillsPerDay"})
    record RegionDoc(String id, String name, String parent, Integer maxDrillsPerDay) {}

    @JsonPropertyOrder({"id", "name", "kind", "skills", "base", "region", "serviceRadiusKm",
            "maxDrillsPerDay", "maxDrillsPerWeek", "unavailable"})
    record TeamDoc(
            String id,
            String name,
            String kind,
            List<String> skills,
            PointDoc base,
            String region,
            Double serviceRadiusKm,
            Integer maxDrillsPerDay,
            Integer maxDrillsPerWeek,
            List<LocalDate> unavailable) {}

    @JsonPropertyOrder({"lat", "lon"})
    record PointDoc(Double lat, Double lon) {}

    @JsonPropertyOrder({"id", "name", "kind", "sector", "risk", "region", "location", "weekends",
            "unavailable"})
    record UnitDoc(
            String id,
            String name,
            String kind,
            String sector,
            String risk,
            String region,
            PointDoc location,
            Boolean weekends,
            List<LocalDate> unavailable) {}

    @JsonPropertyOrder({"id", "unit", "type", "scenario", "durationSlots", "roles", "window", "after",
            "priority", "participants"})
    record DrillDoc(
            String id,
            String unit,
            ExerciseType type,
            String scenario,
            Integer durationSlots,
            List<RoleDoc> roles,
            WindowDoc window,
            List<AfterDoc> after,
            Integer priority,
            Integer participants) {}

    @JsonPropertyOrder({"skill", "count"})
    record RoleDoc(String skill, Integer count) {}

    @JsonPropertyOrder({"from", "to"})
    record WindowDoc(LocalDate from, LocalDate to) {}

    @JsonPropertyOrder({"drill", "minDays"})
    record AfterDoc(String drill, Integer minDays) {}

    @JsonPropertyOrder({"format", "problem", "score", "feasible", "assignments", "unscheduled"})
    record ScheduleDoc(
            FormatTag format,
            String problem,
            String score,
            Boolean feasible,
            List<AssignmentDoc> assignments,
            List<UnscheduledDoc> unscheduled) {}

    @JsonPropertyOrder({"drill", "date", "slot", "start", "end", "teams"})
    record AssignmentDoc(
            String drill, LocalDate date, String slot, LocalTime start, LocalTime end,
            List<TeamAssignmentDoc> teams) {}

    @JsonPropertyOrder({"skill", "team"})
    record TeamAssignmentDoc(String skill, String team) {}

    @JsonPropertyOrder({"drill", "reason", "reasonCode", "reasonArgs", "reasonParts"})
    record UnscheduledDoc(String drill, String reason, String reasonCode, List<String> reasonArgs,
            List<MessageDoc> reasonParts) {}

    /** A reason's part: a blocker with its count. */
    @JsonPropertyOrder({"code", "args"})
    record MessageDoc(String code, List<String> args) {}

    @JsonPropertyOrder({"format", "changes"})
    record ChangesDoc(FormatTag format, List<ChangeDoc> changes) {}

    /** One change: {@code type} says which of the other fields it uses. */
    @JsonPropertyOrder({"type", "team", "unit", "drill", "from", "to", "date", "slot", "teams", "request"})
    record ChangeDoc(
            String type,
            String team,
            String unit,
            String drill,
            LocalDate from,
            LocalDate to,
            LocalDate date,
            String slot,
            List<TeamAssignmentDoc> teams,
            DrillDoc request) {}
}
