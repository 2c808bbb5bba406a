package io.drillplan.samples;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Travel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a choice of counties and a density into a whole sample problem. */
final class ProblemGenerator {

    /** Travel on Shanxi's mountain roads: slower and more winding than the format's default. */
    static final Travel MOUNTAIN_ROADS = new Travel(35, 1.4);
    /** Drills per day over a county bureau's cap that the caps are sized for. */
    static final double REGION_LOAD = 0.6;
    /** A city bureau observes a little less than all its counties together. */
    static final double CITY_SHARE_OF_COUNTIES = 0.85;

    /**
     * What to generate.
     *
     * @param counties the counties, in atlas order
     * @param density multiplies every county's base unit counts
     * @param fixedMix when not {@code null}, the exact units of every county (the tiny preset)
     */
    record Spec(String name, int year, long seed, List<ShanxiAtlas.County> counties, double density,
                UnitMix fixedMix, SampleWording words) {}

    private ProblemGenerator() {}

    static DrillProblem generate(Spec spec) {
        JuneCalendar calendar = JuneCalendar.of(spec.year());
        List<CountyDrills.Plan> plans = new ArrayList<>();
        for (ShanxiAtlas.County county : spec.counties()) {
            var random = RandomStreams.stream(spec.seed(), "county:" + county.id());
            UnitMix mix = spec.fixedMix() != null ? spec.fixedMix() : UnitMix.sample(county, spec.density(), random);
            plans.add(CountyDrills.build(county, mix, calendar, random, spec.words()));
        }
        List<RescueTeam> teams = RescueForces.build(plans, calendar, spec.seed(), spec.words());
        DrillProblem.Builder problem = DrillProblem.builder()
                .name(spec.name())
                .horizon(calendar.horizon())
                .travel(MOUNTAIN_ROADS);
        regions(plans, calendar, spec.words()).forEach(problem::region);
        teams.forEach(problem::team);
        for (CountyDrills.Plan plan : plans) {
            plan.units().forEach(problem::unit);
            plan.drills().forEach(problem::drill);
        }
        return problem.build();
    }

    /** The province, the cities present and their counties, with the bureaus' daily caps. */
    private static List<Region> regions(List<CountyDrills.Plan> plans, JuneCalendar calendar, SampleWording words) {
        ShanxiAtlas atlas = ShanxiAtlas.get();
        Map<String, List<Region>> countiesByCity = new LinkedHashMap<>();
        for (CountyDrills.Plan plan : plans) {
            ShanxiAtlas.County county = plan.county();
            countiesByCity.computeIfAbsent(county.cityId(), k -> new ArrayList<>())
                    .add(new Region(county.id(), words.county(county), county.cityId(), countyCap(plan, calendar)));
        }
        List<Region> regions = new ArrayList<>();
        regions.add(new Region("shanxi", words.province(), null, null));
        countiesByCity.forEach((cityId, counties) -> {
            int sum = counties.stream().mapToInt(Region::maxDrillsPerDay).sum();
            regions.add(new Region(cityId, words.city(atlas.city(cityId)), "shanxi",
                    (int) Math.ceil(CITY_SHARE_OF_COUNTIES * sum)));
        });
        countiesByCity.values().forEach(regions::addAll);
        return regions;
    }

    /**
     * What a county emergency bureau can observe per day: 4, 6 or 8 by the county's size, raised
     * when its drills would otherwise load the bureau beyond {@link #REGION_LOAD} (counting
     * workdays for units that only drill on workdays).
     */
    private static int countyCap(CountyDrills.Plan plan, JuneCalendar calendar) {
        int tierCap = switch (plan.county().tier()) {
            case 'S' -> 4;
            case 'M' -> 6;
            default -> 8;
        };
        Set<String> weekendUnits = new HashSet<>();
        for (GrassrootsUnit u : plan.units()) {
            if (u.weekends()) {
                weekendUnits.add(u.id());
            }
        }
        int all = plan.drills().size();
        int workdayOnly = 0;
        for (DrillRequest d : plan.drills()) {
            if (!weekendUnits.contains(d.unit())) {
                workdayOnly++;
            }
        }
        int byWorkdays = (int) Math.ceil(workdayOnly / (REGION_LOAD * calendar.workdayCount()));
        int byAllDays = (int) Math.ceil(all / (REGION_LOAD * calendar.dates().size()));
        return Math.max(tierCap, Math.max(byWorkdays, byAllDays));
    }
}
