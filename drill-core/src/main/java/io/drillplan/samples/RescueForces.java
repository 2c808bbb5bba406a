package io.drillplan.samples;

import static io.drillplan.samples.Vocabulary.EVACUATION;
import static io.drillplan.samples.Vocabulary.FIRE;
import static io.drillplan.samples.Vocabulary.FIRST_AID;
import static io.drillplan.samples.Vocabulary.GAS;
import static io.drillplan.samples.Vocabulary.RESCUE;

import io.drillplan.model.DrillRequest;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.RescueTeam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Sizes and places the rescue teams of a sample problem from the drills it holds, so that a good
 * planner can schedule nearly all of them: every role has a team in reach, and each pool of
 * teams carries about {@value #TARGET_LOAD} of its workday capacity.
 */
final class RescueForces {

    /** Demand over workday capacity each pool is sized for. */
    static final double TARGET_LOAD = 0.75;

    /** The kinds of team the samples use, with the drill skills each pool is sized for. */
    enum Force {
        FIRE_RESCUE("FIRE_RESCUE", "fire", List.of(FIRE, EVACUATION, RESCUE), 60, 5, Set.of(FIRE, RESCUE),
                false, false, 0.75),
        VOLUNTEER("VOLUNTEER", "vol", List.of(EVACUATION, FIRST_AID), 30, 4, Set.of(EVACUATION, FIRST_AID),
                false, false, 0.5),
        MEDICAL("MEDICAL", "med", List.of(Vocabulary.MEDICAL, FIRST_AID), 80, 4, Set.of(Vocabulary.MEDICAL),
                true, false, 0.3),
        MINE_RESCUE("MINE_RESCUE", "mine", List.of(Vocabulary.MINE_RESCUE, GAS, RESCUE), 150, 5,
                Set.of(Vocabulary.MINE_RESCUE), true, true, 0.3),
        HAZMAT("HAZMAT", "hazmat", List.of(Vocabulary.HAZMAT, GAS), 150, 4, Set.of(Vocabulary.HAZMAT),
                true, true, 0.3);

        final String kind;
        final String idTag;
        final List<String> skills;
        final double radiusKm;
        final int maxPerWeek;
        /** The drill skills whose demand this pool is sized for. */
        final Set<String> sizedFor;
        /** Whether one pool serves a whole city (teams placed where demand is) or one county. */
        final boolean cityPool;
        /**
         * Whether the teams belong to the city (region and id by city, as squadrons are) rather
         * than to the county they are based in (as hospitals are).
         */
        final boolean cityOwned;
        /** Share of teams that staff the Safety Publicity and Consultation Day. */
        final double safetyDayShare;

        Force(String kind, String idTag, List<String> skills, double radiusKm, int maxPerWeek,
              Set<String> sizedFor, boolean cityPool, boolean cityOwned, double safetyDayShare) {
            this.kind = kind;
            this.idTag = idTag;
            this.skills = skills;
            this.radiusKm = radiusKm;
            this.maxPerWeek = maxPerWeek;
            this.sizedFor = sizedFor;
            this.cityPool = cityPool;
            this.cityOwned = cityOwned;
            this.safetyDayShare = safetyDayShare;
        }

        /** The force that the generator adds when a drill needs {@code skill} and no team reaches it. */
        static Force forSkill(String skill) {
            for (Force f : values()) {
                if (f.sizedFor.contains(skill)) {
                    return f;
                }
            }
            throw new IllegalStateException("no force for skill '" + skill + "'");
        }
    }

    private static final int MAX_PER_DAY = 2;
    /** Share of teams on standby duty for a few days of the month. */
    private static final double STANDBY_SHARE = 0.1;

    private record Draft(int cityIndex, int countyIndex, Force force, int number, RescueTeam team, double capacity) {}

    private final JuneCalendar calendar;
    private final long seed;
    private final SampleWording words;
    private final Map<String, Integer> cityIndex = new LinkedHashMap<>();
    private final Map<String, Integer> countyIndex = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Map<String, Integer>> demandBySkill = new LinkedHashMap<>();
    private final Map<String, Double> fireCapacity = new LinkedHashMap<>();

    private RescueForces(JuneCalendar calendar, long seed, SampleWording words) {
        this.words = words;
        this.calendar = calendar;
        this.seed = seed;
    }

    /** The teams for {@code plans}, grouped city by city, each city's pooled teams first. */
    static List<RescueTeam> build(List<CountyDrills.Plan> plans, JuneCalendar calendar, long seed,
            SampleWording words) {
        RescueForces forces = new RescueForces(calendar, seed, words);
        forces.size(plans);
        forces.cover(plans);
        return forces.drafts.stream()
                .sorted(Comparator.comparingInt(Draft::cityIndex)
                        .thenComparingInt(Draft::countyIndex)
                        .thenComparing(Draft::force)
                        .thenComparingInt(Draft::number))
                .map(Draft::team)
                .toList();
    }

    private void size(List<CountyDrills.Plan> plans) {
        Map<String, List<CountyDrills.Plan>> byCity = new LinkedHashMap<>();
        for (CountyDrills.Plan plan : plans) {
            countyIndex.put(plan.county().id(), countyIndex.size());
            byCity.computeIfAbsent(plan.county().cityId(), k -> new ArrayList<>()).add(plan);
        }
        byCity.keySet().forEach(id -> cityIndex.put(id, cityIndex.size()));
        for (List<CountyDrills.Plan> cityPlans : byCity.values()) {
            for (Force force : Force.values()) {
                if (force.cityPool) {
                    sizeCityPool(force, cityPlans);
                } else {
                    cityPlans.forEach(plan -> sizeCountyPool(force, plan));
                }
            }
        }
    }

    /**
     * One county's own teams. A fire rescue brigade always, with as many stations as its fire and
     * rescue drills need; fire teams also guide evacuations, so volunteer teams are added only for
     * the evacuation and first-aid drills the stations' spare capacity cannot absorb.
     */
    private void sizeCountyPool(Force force, CountyDrills.Plan plan) {
        int demand = demand(force, plan);
        if (force == Force.VOLUNTEER) {
            int firstAid = demand(plan, FIRST_AID);
            double spare = TARGET_LOAD * fireCapacity.getOrDefault(plan.county().id(), 0.0)
                    - demand(Force.FIRE_RESCUE, plan);
            demand = (int) Math.ceil(Math.max(firstAid, demand - Math.max(0, spare)));
        }
        double capacity = 0;
        int teams = 0;
        while ((teams == 0 && force == Force.FIRE_RESCUE) || TARGET_LOAD * capacity < demand) {
            capacity += add(force, plan.county()).capacity();
            teams++;
        }
        if (force == Force.FIRE_RESCUE) {
            fireCapacity.put(plan.county().id(), capacity);
        }
    }

    /**
     * A city-wide pool: teams are added one at a time to the county whose demand is least served
     * by the teams already based there, so squadrons end up near the mines and plants.
     */
    private void sizeCityPool(Force force, List<CountyDrills.Plan> cityPlans) {
        Map<ShanxiAtlas.County, Double> residual = new LinkedHashMap<>();
        int total = 0;
        for (CountyDrills.Plan plan : cityPlans) {
            int demand = demand(force, plan);
            residual.put(plan.county(), (double) demand);
            total += demand;
        }
        double capacity = 0;
        while (TARGET_LOAD * capacity < total) {
            ShanxiAtlas.County where = null;
            for (Map.Entry<ShanxiAtlas.County, Double> e : residual.entrySet()) {
                if (where == null || e.getValue() > residual.get(where)) {
                    where = e.getKey();
                }
            }
            Draft draft = add(force, where);
            capacity += draft.capacity();
            residual.merge(where, -TARGET_LOAD * draft.capacity(), Double::sum);
        }
    }

    /** Adds teams wherever a drill's role has fewer teams in reach than it needs. */
    private void cover(List<CountyDrills.Plan> plans) {
        for (CountyDrills.Plan plan : plans) {
            Map<String, GrassrootsUnit> units = new LinkedHashMap<>();
            plan.units().forEach(u -> units.put(u.id(), u));
            // only teams based near the county can reach its units: filter once per county
            Map<String, List<RescueTeam>> candidates = new LinkedHashMap<>();
            for (DrillRequest drill : plan.drills()) {
                GeoPoint site = units.get(drill.unit()).location();
                for (Map.Entry<String, Integer> need : drill.teamsPerSkill().entrySet()) {
                    String skill = need.getKey();
                    List<RescueTeam> near = candidates.computeIfAbsent(skill, k -> nearCounty(k, plan.county()));
                    while (!reachedBy(near, site, need.getValue())) {
                        near.add(0, add(Force.forSkill(skill), plan.county()).team());
                    }
                }
            }
        }
    }

    /** Teams with {@code skill} that may reach some unit of the county, nearest first. */
    private List<RescueTeam> nearCounty(String skill, ShanxiAtlas.County county) {
        record Candidate(RescueTeam team, double km) {}
        List<Candidate> near = new ArrayList<>();
        for (Draft draft : drafts) {
            RescueTeam team = draft.team();
            if (draft.force().skills.contains(skill)) {
                double km = team.base().distanceKm(county.seat());
                if (km <= team.serviceRadiusKm() + CountyDrills.FAR_FROM_SEAT_KM) {
                    near.add(new Candidate(team, km));
                }
            }
        }
        near.sort(Comparator.comparingDouble(Candidate::km));
        return new ArrayList<>(near.stream().map(Candidate::team).toList());
    }

    /** Whether at least {@code needed} of {@code teams} reach {@code site}; nearest first, so this stops early. */
    private static boolean reachedBy(List<RescueTeam> teams, GeoPoint site, int needed) {
        int found = 0;
        for (RescueTeam team : teams) {
            if (team.reaches(site) && ++found >= needed) {
                return true;
            }
        }
        return false;
    }

    /** Teams the county's drills ask of {@code force}'s pool, counting every role's count. */
    private int demand(Force force, CountyDrills.Plan plan) {
        return force.sizedFor.stream().mapToInt(skill -> demand(plan, skill)).sum();
    }

    private int demand(CountyDrills.Plan plan, String skill) {
        Map<String, Integer> perSkill = demandBySkill.computeIfAbsent(plan.county().id(), k -> {
            Map<String, Integer> sums = new LinkedHashMap<>();
            for (DrillRequest drill : plan.drills()) {
                drill.roles().forEach(r -> sums.merge(r.skill(), r.count(), Integer::sum));
            }
            return sums;
        });
        return perSkill.getOrDefault(skill, 0);
    }

    private Draft add(Force force, ShanxiAtlas.County county) {
        ShanxiAtlas.City city = ShanxiAtlas.get().city(county.cityId());
        String owner = force.cityOwned ? city.id() : county.key();
        int n = numbers.merge(owner + "/" + force, 1, Integer::sum);
        String id = "T-" + owner + "-" + force.idTag + n;
        SplittableRandom random = RandomStreams.stream(seed, "team:" + id);
        GeoPoint base = CountyDrills.near(county.seat(), n == 1 ? 1.5 : 5, random);
        int maxPerWeek = force == Force.FIRE_RESCUE && county.urban() ? 6 : force.maxPerWeek;
        Set<LocalDate> unavailable = unavailable(force, random);
        RescueTeam team = new RescueTeam(id, words.team(force, city, county, n), force.kind,
                new LinkedHashSet<>(force.skills), base, force.cityOwned ? city.id() : county.id(),
                force.radiusKm, MAX_PER_DAY, maxPerWeek, unavailable);
        int cityIdx = cityIndex.get(city.id());
        int countyIdx = force.cityOwned ? -1 : countyIndex.get(county.id());
        Draft draft = new Draft(cityIdx, countyIdx, force, n, team,
                calendar.workdayCapacity(MAX_PER_DAY, maxPerWeek, unavailable));
        drafts.add(draft);
        return draft;
    }

    private Set<LocalDate> unavailable(Force force, SplittableRandom random) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (RandomStreams.chance(random, force.safetyDayShare)) {
            days.add(calendar.safetyDay());
        }
        if (RandomStreams.chance(random, STANDBY_SHARE)) {
            int length = RandomStreams.between(random, 2, 3);
            LocalDate first = calendar.june(RandomStreams.between(random, 1, 31 - length));
            days.addAll(JuneCalendar.dates(first, first.plusDays(length - 1)));
        }
        return days;
    }

}
