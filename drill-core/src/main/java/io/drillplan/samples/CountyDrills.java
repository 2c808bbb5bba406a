package io.drillplan.samples;

import static io.drillplan.samples.RandomStreams.between;
import static io.drillplan.samples.RandomStreams.chance;
import static io.drillplan.samples.RandomStreams.weighted;
import static io.drillplan.samples.Vocabulary.EARTHQUAKE_EVACUATION;
import static io.drillplan.samples.Vocabulary.EVACUATION;
import static io.drillplan.samples.Vocabulary.EXPLOSION;
import static io.drillplan.samples.Vocabulary.FIRE;
import static io.drillplan.samples.Vocabulary.FIRE_SCENARIO;
import static io.drillplan.samples.Vocabulary.FIRST_AID;
import static io.drillplan.samples.Vocabulary.FLOOD;
import static io.drillplan.samples.Vocabulary.GAS_EXPLOSION;
import static io.drillplan.samples.Vocabulary.HAZMAT;
import static io.drillplan.samples.Vocabulary.HIGH;
import static io.drillplan.samples.Vocabulary.LANDSLIDE;
import static io.drillplan.samples.Vocabulary.LOW;
import static io.drillplan.samples.Vocabulary.MAJOR;
import static io.drillplan.samples.Vocabulary.MEDICAL;
import static io.drillplan.samples.Vocabulary.MINE_FIRE;
import static io.drillplan.samples.Vocabulary.MINE_RESCUE;
import static io.drillplan.samples.Vocabulary.MODERATE;
import static io.drillplan.samples.Vocabulary.RESCUE;
import static io.drillplan.samples.Vocabulary.ROOF_FALL;
import static io.drillplan.samples.Vocabulary.TOXIC_LEAK;
import static io.drillplan.samples.Vocabulary.TRAFFIC_ACCIDENT;
import static io.drillplan.samples.Vocabulary.WATER_INRUSH;

import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Precedence;
import io.drillplan.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Makes the grass-roots units of one county and the drills they ask for. */
final class CountyDrills {

    /** Share of towns that walk through their flood plan before the live drill. */
    static final double TOWN_DEDUCTION_SHARE = 0.4;
    /** Share of enterprises with a maintenance shutdown in June. */
    private static final double SHUTDOWN_SHARE = 0.15;
    /** Furthest offset from the county seat of urban units and of the rest, in km. */
    private static final double NEAR_SEAT_KM = 4;
    static final double FAR_FROM_SEAT_KM = 8;
    private static final double KM_PER_DEGREE_LAT = 111.2;
    /** Cities of the southern basins where the wheat harvest keeps villages busy in early June. */
    private static final Set<String> WHEAT_CITIES = Set.of("yuncheng", "linfen");

    /** The units and drills of one county, in generation order. */
    record Plan(ShanxiAtlas.County county, List<GrassrootsUnit> units, List<DrillRequest> drills) {}

    private final ShanxiAtlas.County county;
    private final JuneCalendar calendar;
    private final SplittableRandom random;
    private final PlaceNames names;
    private final SampleWording words;
    private final List<GrassrootsUnit> units = new ArrayList<>();
    private final List<DrillRequest> drills = new ArrayList<>();
    private int schools;

    private CountyDrills(ShanxiAtlas.County county, JuneCalendar calendar, SplittableRandom random,
            SampleWording words) {
        this.county = county;
        this.calendar = calendar;
        this.random = random;
        this.names = new PlaceNames(random);
        this.words = words;
    }

    static Plan build(ShanxiAtlas.County county, UnitMix mix, JuneCalendar calendar, SplittableRandom random,
            SampleWording words) {
        CountyDrills maker = new CountyDrills(county, calendar, random, words);
        for (UnitCategory category : UnitCategory.values()) {
            for (int i = 1; i <= mix.count(category); i++) {
                maker.add(category, i);
            }
        }
        return new Plan(county, List.copyOf(maker.units), List.copyOf(maker.drills));
    }

    private void add(UnitCategory category, int n) {
        String id = "U-" + county.key() + "-" + category.idTag + n;
        switch (category) {
            case MINE -> mine(id, words.firm(county, names.firm(), category, 0));
            case CHEMICAL_PLANT -> chemicalPlant(id, firm(category));
            case HEAVY_INDUSTRY -> heavyIndustry(id, firm(category));
            case INDUSTRY -> {
                String risk = chance(random, 0.5) ? MODERATE : LOW;
                // small low-risk firms are the first to give way in a crowded month
                int priority = LOW.equals(risk) ? between(random, 1, 2) : priority(risk);
                single(category, id, firm(category),
                        risk, priority, FIRE_SCENARIO, roles(FIRE, 1), between(random, 50, 300));
            }
            case VENUE -> single(category, id, firm(category),
                    MODERATE, priority(MODERATE), FIRE_SCENARIO, roles(FIRE, 1), between(random, 100, 500));
            case TRANSPORT -> transport(id, words.transport(county, n));
            case TOWN -> town(id, words.town(county, names.town()));
            case STREET -> {
                boolean fire = chance(random, 0.5);
                single(category, id, words.street(county, names.street()), MODERATE, priority(MODERATE),
                        fire ? FIRE_SCENARIO : EARTHQUAKE_EVACUATION, roles(fire ? FIRE : EVACUATION, 1),
                        between(random, 100, 400));
            }
            case VILLAGE -> village(id, words.village(county, names.village()));
            case COMMUNITY -> community(id, words.community(county, names.community()));
            case SCHOOL -> school(id, words.school(county, ++schools));
            default -> throw new IllegalStateException("unhandled category " + category);
        }
    }

    private void mine(String id, String name) {
        boolean major = chance(random, 0.4);
        String risk = major ? MAJOR : HIGH;
        String scenario = major
                ? weighted(random, List.of(GAS_EXPLOSION, WATER_INRUSH, MINE_FIRE), 0.6, 0.2, 0.2)
                : weighted(random, List.of(ROOF_FALL, WATER_INRUSH, GAS_EXPLOSION, MINE_FIRE), 0.35, 0.3, 0.2, 0.15);
        unit(UnitCategory.MINE, id, name, risk, shutdown());
        List<Role> exercise = major
                ? List.of(new Role(MINE_RESCUE, 2), new Role(MEDICAL, 1))
                : List.of(new Role(MINE_RESCUE, 1), new Role(MEDICAL, 1));
        chain(id, scenario, priority(risk),
                roles(MINE_RESCUE, 1), between(random, 20, 40),
                roles(MINE_RESCUE, 1), between(random, 60, 150),
                exercise, between(random, 200, 500));
    }

    private void chemicalPlant(String id, String name) {
        boolean major = chance(random, 0.5);
        String risk = major ? MAJOR : HIGH;
        String scenario = weighted(random, List.of(TOXIC_LEAK, FIRE_SCENARIO, EXPLOSION), 0.5, 0.25, 0.25);
        unit(UnitCategory.CHEMICAL_PLANT, id, name, risk, shutdown());
        chain(id, scenario, priority(risk),
                roles(HAZMAT, 1), between(random, 15, 30),
                roles(TOXIC_LEAK.equals(scenario) ? HAZMAT : FIRE, 1), between(random, 40, 120),
                List.of(new Role(HAZMAT, 1), new Role(FIRE, major ? 2 : 1), new Role(MEDICAL, 1)),
                between(random, 150, 400));
    }

    private void heavyIndustry(String id, String name) {
        String scenario = chance(random, 0.5) ? FIRE_SCENARIO : EXPLOSION;
        unit(UnitCategory.HEAVY_INDUSTRY, id, name, HIGH, shutdown());
        String deduction = drillId(id, ExerciseType.DIGITAL_DEDUCTION);
        drills.add(new DrillRequest(deduction, id, ExerciseType.DIGITAL_DEDUCTION, scenario, 1, roles(FIRE, 1),
                chainWindow(), List.of(), priority(HIGH), between(random, 20, 40)));
        drills.add(new DrillRequest(drillId(id, ExerciseType.ACTUAL_COMBAT_SIMULATION), id,
                ExerciseType.ACTUAL_COMBAT_SIMULATION, scenario, 1,
                List.of(new Role(FIRE, 1), new Role(MEDICAL, 1)), null,
                List.of(new Precedence(deduction, between(random, 3, 5))), priority(HIGH), between(random, 80, 250)));
    }

    private void transport(String id, String name) {
        boolean traffic = chance(random, 0.6);
        single(UnitCategory.TRANSPORT, id, name, MODERATE, priority(MODERATE), traffic ? TRAFFIC_ACCIDENT : FIRE_SCENARIO,
                traffic ? List.of(new Role(RESCUE, 1), new Role(MEDICAL, 1)) : roles(FIRE, 1),
                between(random, 50, 200));
    }

    private void town(String id, String name) {
        String scenario = weighted(random, List.of(FLOOD, LANDSLIDE, FIRE_SCENARIO), 0.6, 0.2, 0.2);
        unit(UnitCategory.TOWN, id, name, MODERATE, Set.of());
        List<Precedence> after = List.of();
        if (chance(random, TOWN_DEDUCTION_SHARE)) {
            String deduction = drillId(id, ExerciseType.DIGITAL_DEDUCTION);
            drills.add(new DrillRequest(deduction, id, ExerciseType.DIGITAL_DEDUCTION, scenario, 1,
                    roles(RESCUE, 1), null, List.of(), 3, between(random, 15, 30)));
            after = List.of(new Precedence(deduction, between(random, 2, 4)));
        }
        drills.add(new DrillRequest(drillId(id, ExerciseType.ACTUAL_COMBAT_SIMULATION), id,
                ExerciseType.ACTUAL_COMBAT_SIMULATION, scenario, 1, roles(EVACUATION, 1), null, after, 3,
                between(random, 100, 300)));
    }

    private void village(String id, String name) {
        String scenario = weighted(random, List.of(FLOOD, LANDSLIDE, FIRE_SCENARIO, EARTHQUAKE_EVACUATION),
                0.4, 0.2, 0.2, 0.2);
        Set<LocalDate> busy = WHEAT_CITIES.contains(county.cityId())
                ? new LinkedHashSet<>(calendar.wheatHarvestDays()) : Set.of();
        unit(UnitCategory.VILLAGE, id, name, LOW, busy);
        drills.add(new DrillRequest(drillId(id, ExerciseType.ACTUAL_COMBAT_SIMULATION), id,
                ExerciseType.ACTUAL_COMBAT_SIMULATION, scenario, 1,
                roles(FIRE_SCENARIO.equals(scenario) ? FIRE : EVACUATION, 1), null, List.of(),
                between(random, 2, 3), between(random, 50, 300)));
    }

    private void community(String id, String name) {
        String scenario = weighted(random, List.of(FIRE_SCENARIO, EARTHQUAKE_EVACUATION, FLOOD), 0.5, 0.3, 0.2);
        List<Role> roles;
        if (FIRE_SCENARIO.equals(scenario)) {
            roles = roles(FIRE, 1);
        } else if (EARTHQUAKE_EVACUATION.equals(scenario) && chance(random, 0.4)) {
            roles = List.of(new Role(EVACUATION, 1), new Role(FIRST_AID, 1));
        } else {
            roles = roles(EVACUATION, 1);
        }
        single(UnitCategory.COMMUNITY, id, name, LOW, 3, scenario, roles, between(random, 80, 400));
    }

    private void school(String id, String name) {
        boolean quake = chance(random, 0.6);
        unit(UnitCategory.SCHOOL, id, name, MODERATE, new LinkedHashSet<>(calendar.gaokaoDays()));
        drills.add(new DrillRequest(drillId(id, ExerciseType.ACTUAL_COMBAT_SIMULATION), id,
                ExerciseType.ACTUAL_COMBAT_SIMULATION, quake ? EARTHQUAKE_EVACUATION : FIRE_SCENARIO, 1,
                roles(quake ? EVACUATION : FIRE, 1), new DateWindow(calendar.start(), calendar.schoolDrillsEnd()),
                List.of(), 4, between(random, 300, 2000)));
    }

    /** A unit with one live drill. */
    private void single(UnitCategory category, String id, String name, String risk, int priority,
                        String scenario, List<Role> roles, int participants) {
        boolean enterprise = "ENTERPRISE".equals(category.kind);
        unit(category, id, name, risk, enterprise ? shutdown() : Set.of());
        drills.add(new DrillRequest(drillId(id, ExerciseType.ACTUAL_COMBAT_SIMULATION), id,
                ExerciseType.ACTUAL_COMBAT_SIMULATION, scenario, 1, roles, null, List.of(), priority,
                participants));
    }

    /** The building-block chain: deduction, then live simulation, then a full-day exercise. */
    private void chain(String unitId, String scenario, int priority,
                       List<Role> deductionRoles, int deductionPeople,
                       List<Role> simulationRoles, int simulationPeople,
                       List<Role> exerciseRoles, int exercisePeople) {
        String deduction = drillId(unitId, ExerciseType.DIGITAL_DEDUCTION);
        String simulation = drillId(unitId, ExerciseType.ACTUAL_COMBAT_SIMULATION);
        drills.add(new DrillRequest(deduction, unitId, ExerciseType.DIGITAL_DEDUCTION, scenario, 1,
                deductionRoles, chainWindow(), List.of(), priority, deductionPeople));
        drills.add(new DrillRequest(simulation, unitId, ExerciseType.ACTUAL_COMBAT_SIMULATION, scenario, 1,
                simulationRoles, null, List.of(new Precedence(deduction, between(random, 3, 5))), priority,
                simulationPeople));
        drills.add(new DrillRequest(drillId(unitId, ExerciseType.COMPREHENSIVE_EXERCISE), unitId,
                ExerciseType.COMPREHENSIVE_EXERCISE, scenario, 2, exerciseRoles, null,
                List.of(new Precedence(simulation, between(random, 5, 7))), priority, exercisePeople));
    }

    private DateWindow chainWindow() {
        return new DateWindow(calendar.start(), calendar.chainStartEnd());
    }

    private void unit(UnitCategory category, String id, String name, String risk, Set<LocalDate> unavailable) {
        units.add(new GrassrootsUnit(id, name, category.kind, category.sector, risk, county.id(),
                near(county.seat(), category.nearSeat ? NEAR_SEAT_KM : FAR_FROM_SEAT_KM, random),
                category.weekends, unavailable));
    }

    /** A few consecutive days of maintenance for some enterprises, none for the rest. */
    private Set<LocalDate> shutdown() {
        if (!chance(random, SHUTDOWN_SHARE)) {
            return Set.of();
        }
        int days = between(random, 3, 5);
        LocalDate first = calendar.june(between(random, 1, 30 - days + 1));
        return new LinkedHashSet<>(JuneCalendar.dates(first, first.plusDays(days - 1)));
    }

    /** A point uniformly spread over a disc of {@code radiusKm} around {@code centre}. */
    static GeoPoint near(GeoPoint centre, double radiusKm, SplittableRandom random) {
        double r = radiusKm * Math.sqrt(random.nextDouble());
        double theta = random.nextDouble() * 2 * Math.PI;
        double dLat = r * Math.cos(theta) / KM_PER_DEGREE_LAT;
        double dLon = r * Math.sin(theta) / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(centre.lat())));
        return new GeoPoint(round(centre.lat() + dLat), round(centre.lon() + dLon));
    }

    /** Five decimals (about a metre): enough for a site, and short in JSON. */
    static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    /** A firm's name: its pool name first, then its kind drawn as {@code RandomStreams.pick} draws. */
    private String firm(UnitCategory category) {
        PlaceNames.Name firm = names.firm();
        return words.firm(county, firm, category, random.nextInt(SampleWording.kinds(category)));
    }

    private static int priority(String risk) {
        return switch (risk) {
            case MAJOR -> 5;
            case HIGH -> 4;
            case MODERATE -> 3;
            default -> 2;
        };
    }

    private static String drillId(String unitId, ExerciseType type) {
        String suffix = switch (type) {
            case DIGITAL_DEDUCTION -> "dd";
            case ACTUAL_COMBAT_SIMULATION -> "acs";
            case COMPREHENSIVE_EXERCISE -> "ce";
        };
        return "D-" + unitId.substring(2) + "-" + suffix;
    }

    private static List<Role> roles(String skill, int count) {
        return List.of(new Role(skill, count));
    }
}
