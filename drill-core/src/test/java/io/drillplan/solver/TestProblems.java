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

/**
 * Small hand-built problems whose answers can be worked out on paper. Public for the tests of
 * {@code io.drillplan.solver.engine}.
 */
public final class TestProblems {

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

    /**
     * A crowded fortnight: 3 units sharing 2 fire teams and 1 medical team, chains, a region
     * cap of 3 drills a day, and more drills than the teams can guide, so that every rule binds.
     */
    public static DrillProblem crowded(int drillsPerUnit) {
        DrillProblem.Builder b = DrillProblem.builder()
                .name("crowded")
                .horizon(new Horizon(JUNE_1, LocalDate.of(2026, 6, 14), Set.of(LocalDate.of(2026, 6, 5)), null))
                .region(new Region("shanxi", "Shanxi", null, 3))
                .region(new Region("taiyuan", "Taiyuan", "shanxi", null))
                .team(new RescueTeam("F1", "Fire 1", "FIRE_RESCUE", Set.of("FIRE"), new GeoPoint(37.87, 112.55),
                        "taiyuan", 60.0, 2, 4, Set.of(LocalDate.of(2026, 6, 3))))
                .team(new RescueTeam("F2", "Fire 2", "FIRE_RESCUE", Set.of("FIRE", "EVACUATION"),
                        new GeoPoint(37.70, 112.70), "taiyuan", 60.0, 1, 3, Set.of()))
                .team(new RescueTeam("M1", "Medical 1", "MEDICAL", Set.of("MEDICAL"), new GeoPoint(37.80, 112.50),
                        "taiyuan", 80.0, 2, 5, Set.of()))
                .unit(new GrassrootsUnit("U1", "Mine", "ENTERPRISE", "MINING", "MAJOR", "taiyuan",
                        new GeoPoint(37.90, 112.40), false, Set.of(LocalDate.of(2026, 6, 9))))
                .unit(new GrassrootsUnit("U2", "Village", "VILLAGE", null, "LOW", "taiyuan",
                        new GeoPoint(37.60, 112.75), true, Set.of()))
                .unit(new GrassrootsUnit("U3", "School", "SCHOOL", null, "MODERATE", "taiyuan",
                        new GeoPoint(37.85, 112.60), false, Set.of(LocalDate.of(2026, 6, 8))));
        for (String unit : List.of("U1", "U2", "U3")) {
            String previous = null;
            for (int i = 0; i < drillsPerUnit; i++) {
                String id = unit + "-D" + i;
                boolean big = i % 3 == 2;
                List<Role> roles = big ? List.of(new Role("FIRE", 1), new Role("MEDICAL", 1))
                        : List.of(new Role(i % 2 == 0 ? "FIRE" : "EVACUATION", 1));
                List<Precedence> after = previous != null && i % 3 != 0 ? List.of(new Precedence(previous, i % 2))
                        : List.of();
                b.drill(new DrillRequest(id, unit,
                        big ? ExerciseType.COMPREHENSIVE_EXERCISE : ExerciseType.ACTUAL_COMBAT_SIMULATION,
                        "FIRE", big ? 2 : 1, roles, null, after, 1 + (i % 5), 50));
                previous = id;
            }
        }
        return b.build();
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
