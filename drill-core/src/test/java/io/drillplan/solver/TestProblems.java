package io.drillplan.solver;

import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small hand-built problems whose answers can be worked out on paper. */
final class TestProblems {

    static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private TestProblems() {}

    static Horizon june2026() {
        return new Horizon(JUNE_1, LocalDate.of(2026, 6, 30), Set.of(LocalDate.of(2026, 6, 19)), null);
    }

    static RescueTeam team(String id, String skill, double lat, double lon) {
        return new RescueTeam(id, id + " team", "FIRE_RESCUE", Set.of(skill), new GeoPoint(lat, lon), "taiyuan",
                60.0, 2, 5, Set.of());
    }

    static GrassrootsUnit unit(String id, double lat, double lon) {
        return new GrassrootsUnit(id, id + " unit", "ENTERPRISE", "MINING", "MAJOR", "taiyuan",
                new GeoPoint(lat, lon), false, Set.of());
    }

    static DrillRequest drill(String id, String unit, String skill, Precedence... after) {
        return new DrillRequest(id, unit, ExerciseType.DIGITAL_DEDUCTION, "GAS_EXPLOSION", 1,
                List.of(new Role(skill, 1)), null, List.of(after), 3, 20);
    }

    /** The example of format.md, with a medical team added so that D2 can be staffed. */
    static DrillProblem formatExample() {
        return DrillProblem.builder()
                .name("Shanxi pilot, June 2026")
                .horizon(june2026())
                .region(new Region("taiyuan", "Taiyuan", null, 12))
                .team(new RescueTeam("T1", "Taiyuan Fire Rescue Squadron 1", "FIRE_RESCUE", Set.of("FIRE", "EVACUATION"),
                        new GeoPoint(37.87, 112.55), "taiyuan", 60.0, 2, 5, Set.of(LocalDate.of(2026, 6, 16))))
                .team(new RescueTeam("T7", "Xishan Mine Rescue", "MINE_RESCUE", Set.of("MINE_RESCUE"),
                        new GeoPoint(37.85, 112.45), "taiyuan", 150.0, 2, 5, Set.of()))
                .team(new RescueTeam("T9", "Taiyuan Emergency Medical", "MEDICAL", Set.of("MEDICAL"),
                        new GeoPoint(37.86, 112.56), "taiyuan", 80.0, 2, 5, Set.of()))
                .unit(new GrassrootsUnit("U1", "Xishan Coal Mine", "ENTERPRISE", "MINING", "MAJOR", "taiyuan",
                        new GeoPoint(37.9, 112.4), false, Set.of()))
                .drill(new DrillRequest("D1", "U1", ExerciseType.DIGITAL_DEDUCTION, "GAS_EXPLOSION", 1,
                        List.of(new Role("MINE_RESCUE", 1)), new DateWindow(JUNE_1, LocalDate.of(2026, 6, 20)),
                        List.of(), 5, 40))
                .drill(new DrillRequest("D2", "U1", ExerciseType.COMPREHENSIVE_EXERCISE, "GAS_EXPLOSION", 2,
                        List.of(new Role("MINE_RESCUE", 1), new Role("MEDICAL", 1)), null,
                        List.of(new Precedence("D1", 7)), 5, 300))
                .build();
    }
}
