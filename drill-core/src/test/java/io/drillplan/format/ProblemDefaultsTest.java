package io.drillplan.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Slot;
import io.drillplan.model.Travel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every default of docs/format.md, applied when the field is absent and when it is JSON null. The base
 * document gives every optional field a value other than its default, so that each case shows the
 * default replacing it.
 */
class ProblemDefaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BASE = """
            {
              "format": "drillplan-problem/1",
              "name": "defaults",
              "horizon": {
                "start": "2026-06-01", "end": "2026-06-30",
                "holidays": ["2026-06-19"],
                "slots": [ {"id": "DAY", "start": "09:00", "end": "16:00"} ]
              },
              "travel": {"speedKmh": 30, "detourFactor": 1.5},
              "regions": [ {"id": "sx", "name": "Shanxi"},
                           {"id": "ty", "name": "Taiyuan", "parent": "sx", "maxDrillsPerDay": 12} ],
              "teams": [ {"id": "T1", "name": "Team", "skills": ["FIRE"], "base": {"lat": 37.87, "lon": 112.55},
                          "serviceRadiusKm": 60, "maxDrillsPerDay": 3, "maxDrillsPerWeek": 7,
                          "unavailable": ["2026-06-16"]} ],
              "units": [ {"id": "U1", "name": "Unit", "region": "ty", "location": {"lat": 37.9, "lon": 112.4},
                          "weekends": true, "unavailable": ["2026-06-07"]} ],
              "drills": [ {"id": "D0", "unit": "U1", "type": "DIGITAL_DEDUCTION"},
                          {"id": "D1", "unit": "U1", "type": "ACTUAL_COMBAT_SIMULATION", "durationSlots": 2,
                           "roles": [ {"skill": "FIRE", "count": 2} ],
                           "window": {"from": "2026-06-05", "to": "2026-06-20"},
                           "after": [ {"drill": "D0", "minDays": 2} ], "priority": 5, "participants": 40} ]
            }
            """;

    /** One default: where the field is, what the model says with the base value and without it. */
    record Case(String path, Function<DrillProblem, Object> read, Object given, Object fallback) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("horizon.holidays", p -> p.horizon().holidays(),
                        Set.of(LocalDate.of(2026, 6, 19)), Set.of()),
                new Case("horizon.slots", p -> p.horizon().slots(),
                        List.of(new Slot("DAY", LocalTime.of(9, 0), LocalTime.of(16, 0))),
                        List.of(new Slot("AM", LocalTime.of(8, 30), LocalTime.of(12, 0)),
                                new Slot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)))),
                new Case("travel", DrillProblem::travel, new Travel(30, 1.5), new Travel(40, 1.3)),
                new Case("travel.speedKmh", DrillProblem::travel, new Travel(30, 1.5), new Travel(40, 1.5)),
                new Case("travel.detourFactor", DrillProblem::travel, new Travel(30, 1.5), new Travel(30, 1.3)),
                new Case("regions[1].parent", p -> p.regions().get(1).parent(), "sx", null),
                new Case("regions[1].maxDrillsPerDay", p -> p.regions().get(1).maxDrillsPerDay(), 12, null),
                new Case("teams[0].maxDrillsPerDay", p -> p.teams().get(0).maxDrillsPerDay(), 3, 2),
                new Case("teams[0].maxDrillsPerWeek", p -> p.teams().get(0).maxDrillsPerWeek(), 7, 5),
                new Case("teams[0].serviceRadiusKm", p -> p.teams().get(0).serviceRadiusKm(), 60.0, null),
                new Case("teams[0].unavailable", p -> p.teams().get(0).unavailable(),
                        Set.of(LocalDate.of(2026, 6, 16)), Set.of()),
                new Case("units[0].weekends", p -> p.units().get(0).weekends(), true, false),
                new Case("units[0].unavailable", p -> p.units().get(0).unavailable(),
                        Set.of(LocalDate.of(2026, 6, 7)), Set.of()),
                new Case("drills[1].durationSlots", p -> p.drills().get(1).durationSlots(), 2, 1),
                new Case("drills[1].window", p -> p.drills().get(1).windowIn(p.horizon()),
                        new DateWindow(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 20)),
                        new DateWindow(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))),
                new Case("drills[1].after", p -> p.drills().get(1).after().size(), 1, 0),
                new Case("drills[1].priority", p -> p.drills().get(1).priority(), 5, 3),
                new Case("drills[1].participants", p -> p.drills().get(1).participants(), 40, 0),
                new Case("drills[1].roles[0].count", p -> p.drills().get(1).roles().get(0).count(), 2, 1));
    }

    static Stream<Arguments> casesAbsentAndNull() {
        return cases().flatMap(c -> Stream.of(Arguments.of(c, "absent"), Arguments.of(c, "null")));
    }

    @Test
    void baseDocumentGivesEveryFieldItsNonDefaultValue() {
        DrillProblem p = DrillFormat.readProblem(BASE, "base.json");
        cases().forEach(c -> assertThat(c.read().apply(p)).as(c.path()).isEqualTo(c.given()));
        assertThat(p.drills().get(1).window()).isNotNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("casesAbsentAndNull")
    void defaultReplacesAnAbsentOrNullField(Case c, String how) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(BASE);
        String[] steps = c.path().split("\\.");
        ObjectNode owner = doc;
        for (int i = 0; i < steps.length - 1; i++) {
            owner = (ObjectNode) step(owner, steps[i]);
        }
        String field = steps[steps.length - 1];
        assertThat(owner.has(field)).as("base has " + c.path()).isTrue();
        if (how.equals("absent")) {
            owner.remove(field);
        } else {
            owner.putNull(field);
        }
        DrillProblem p = DrillFormat.readProblem(JSON.writeValueAsString(doc), "defaults.json");
        assertThat(c.read().apply(p)).isEqualTo(c.fallback());
        if (c.path().equals("drills[1].window")) {
            assertThat(p.drills().get(1).window()).isNull();
        }
    }

    /** One step of a path: {@code name} or {@code name[i]}. */
    private static JsonNode step(JsonNode node, String step) {
        int bracket = step.indexOf('[');
        if (bracket < 0) {
            return node.get(step);
        }
        int index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
        return node.get(step.substring(0, bracket)).get(index);
    }
}
