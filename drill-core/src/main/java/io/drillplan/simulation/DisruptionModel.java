package io.drillplan.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How often the month goes wrong: the rates of the three random disruption processes, plus
 * optional {@link ScriptedEvent}s. Immutable; derive variants with the {@code with} methods.
 *
 * <p>The processes, each drawn from its own seeded stream (see {@link MonthSimulation}):
 * <ul>
 *   <li><b>Incidents.</b> Each rescue team is called to real incidents as a Poisson process
 *       with {@link #incidentRate(String)} incidents per team per day, by team kind. An incident
 *       takes the team away for whole days (a call of a few hours still wrecks that day's drills,
 *       which are booked with the team hours ahead): 1 to {@code incidentDays.size()} days, with
 *       {@code incidentDays.get(i)} the weight of {@code i + 1} days. Its whole span is known on
 *       its first morning, when the team reports how long it will be committed.</li>
 *   <li><b>Heavy rain.</b> Each region that holds units has heavy rain on a day with
 *       {@link #rainProbability(String)}, independently of other days and regions; that morning
 *       every outdoor drill ({@link io.drillplan.model.ExerciseType#isOutdoor()}: live
 *       simulations and comprehensive exercises, not deductions) of a unit in the region is
 *       called off. A unit's weather is that of its own region (in the samples: its county):
 *       June's heavy rain comes mostly from convective storms a few tens of km across, so a
 *       county is the natural cell; a scripted rain on a city covers every county below it.</li>
 *   <li><b>Cancellations.</b> Each drill is called off by its unit with
 *       {@link #cancellationProbability(String)} by unit kind, announced 0 to
 *       {@code cancellationNoticeDays} days (uniformly) before its published date (before its
 *       window's start when the published schedule leaves it out), or as many days before its
 *       new date when a policy has moved it earlier: the unit's reason arises near the drill's
 *       date, so moving a drill earlier does not dodge its call-off. A cancelled drill is gone
 *       for good: no policy re-places it, and drills that must follow it cannot be held.</li>
 * </ul>
 *
 * @param incidentRates incidents per team per day, by team kind (open vocabulary)
 * @param defaultIncidentRate incidents per team per day for kinds not in {@code incidentRates}
 * @param incidentDays weights of an incident lasting 1, 2, ... days; non-negative, positive sum
 * @param rainProbabilities chance of heavy rain per day, by region id
 * @param defaultRainProbability chance of heavy rain per day in regions not listed
 * @param cancellationProbabilities chance that the unit calls a drill off, by unit kind
 * @param defaultCancellationProbability the chance for unit kinds not listed
 * @param cancellationNoticeDays most days between the call-off and the drill's date, 0 or more
 * @param scripted events that happen in every replication, on top of the drawn ones
 */
public record DisruptionModel(
        Map<String, Double> incidentRates,
        double defaultIncidentRate,
        List<Double> incidentDays,
        Map<String, Double> rainProbabilities,
        double defaultRainProbability,
        Map<String, Double> cancellationProbabilities,
        double defaultCancellationProbability,
        int cancellationNoticeDays,
        List<ScriptedEvent> scripted) {

    /**
     * Plausible rates for a June (flood season) in a northern Chinese province such as Shanxi.
     * They are planning assumptions chosen to be of the right order, not official statistics:
     * <ul>
     *   <li>Incidents per team per day: {@code FIRE_RESCUE} 0.05 (a county brigade answers many
     *       calls a day, but what takes a station away from a drill booked for the day is a big
     *       call: a large fire, a flood or landslide rescue, a traffic pile-up; June's floods
     *       make that about 1.5 times a month), {@code MEDICAL} 0.03 (hospital teams pulled to
     *       mass-casualty events or short of staff), {@code VOLUNTEER} 0.02 (flood-prevention
     *       duty in the villages), {@code HAZMAT} 0.015 (leaks and chemical fires, a city-wide
     *       team), {@code MINE_RESCUE} 0.01 (a squadron goes out to a mine accident a few times a
     *       year, and stays days when it does); other kinds 0.02.</li>
     *   <li>Incident length: 1 day 55%, 2 days 25%, 3 days 12%, 4 days 8% (mean 1.7 days): most
     *       calls end the same day, flood and mine rescues last days.</li>
     *   <li>Heavy rain (roughly 25 mm or more in a day, enough to call off an outdoor drill):
     *       0.05 per region per day, about 1.5 days in June. Northern China's rains peak in July
     *       and August; wetter provinces should raise it.</li>
     *   <li>Cancellations per drill: {@code SCHOOL} 0.05 (end-of-term exams and the college
     *       entrance exam's aftermath), {@code ENTERPRISE} 0.04 (production peaks before the
     *       half-year, unplanned shutdowns), {@code VILLAGE} 0.04 (the wheat harvest),
     *       {@code COMMUNITY} 0.03, {@code TOWN} and {@code STREET} 0.02 (the government's own
     *       units); other kinds 0.03. Announced up to 3 days ahead.</li>
     * </ul>
     */
    public static final DisruptionModel JUNE = new DisruptionModel(
            orderedMap("FIRE_RESCUE", 0.05, "MEDICAL", 0.03, "VOLUNTEER", 0.02, "HAZMAT", 0.015,
                    "MINE_RESCUE", 0.01),
            0.02,
            List.of(0.55, 0.25, 0.12, 0.08),
            Map.of(),
            0.05,
            orderedMap("SCHOOL", 0.05, "ENTERPRISE", 0.04, "VILLAGE", 0.04, "COMMUNITY", 0.03,
                    "TOWN", 0.02, "STREET", 0.02),
            0.03,
            3,
            List.of());

    /** No random disruption at all: every rate and probability is zero, nothing scripted. */
    public static final DisruptionModel NONE = new DisruptionModel(
            Map.of(), 0.0, List.of(1.0), Map.of(), 0.0, Map.of(), 0.0, 0, List.of());

    /**
     * Checks every rate and probability, quoting a bad value, and copies the collections.
     *
     * @param incidentRates incidents per team per day, by team kind (open vocabulary)
     * @param defaultIncidentRate incidents per team per day for kinds not in {@code incidentRates}
     * @param incidentDays weights of an incident lasting 1, 2, ... days; non-negative, positive sum
     * @param rainProbabilities chance of heavy rain per day, by region id
     * @param defaultRainProbability chance of heavy rain per day in regions not listed
     * @param cancellationProbabilities chance that the unit calls a drill off, by unit kind
     * @param defaultCancellationProbability the chance for unit kinds not listed
     * @param cancellationNoticeDays most days between the call-off and the drill's date, 0 or more
     * @param scripted events that happen in every replication, on top of the drawn ones
     */
    public DisruptionModel {
        incidentRates = copy(incidentRates, "incidentRates", false);
        rainProbabilities = copy(rainProbabilities, "rainProbabilities", true);
        cancellationProbabilities = copy(cancellationProbabilities, "cancellationProbabilities", true);
        checkRate("defaultIncidentRate", defaultIncidentRate);
        checkProbability("defaultRainProbability", defaultRainProbability);
        checkProbability("defaultCancellationProbability", defaultCancellationProbability);
        Objects.requireNonNull(incidentDays, "incidentDays");
        double sum = 0;
        for (int i = 0; i < incidentDays.size(); i++) {
            Double w = incidentDays.get(i);
            if (w == null || !Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("incidentDays[" + i + "]: weight must be 0 or more, was " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("incidentDays: weights must have a positive sum, were " + incidentDays);
        }
        incidentDays = List.copyOf(incidentDays);
        if (cancellationNoticeDays < 0) {
            throw new IllegalArgumentException("cancellationNoticeDays must be 0 or more, was " + cancellationNoticeDays);
        }
        scripted = scripted == null ? List.of() : List.copyOf(scripted);
    }

    /**
     * Incidents per team per day for a team of {@code kind}.
     *
     * @param kind a team kind
     * @return the rate for that kind, or the default rate
     */
    public double incidentRate(String kind) {
        return incidentRates.getOrDefault(kind, defaultIncidentRate);
    }

    /**
     * Chance of heavy rain on a day in region {@code region}.
     *
     * @param region a region id
     * @return the probability for that region, or the default one
     */
    public double rainProbability(String region) {
        return rainProbabilities.getOrDefault(region, defaultRainProbability);
    }

    /**
     * Chance that a unit of {@code kind} calls off a drill.
     *
     * @param kind a unit kind
     * @return the probability for that kind, or the default one
     */
    public double cancellationProbability(String kind) {
        return cancellationProbabilities.getOrDefault(kind, defaultCancellationProbability);
    }

    /**
     * A copy with {@code scripted} as its scripted events.
     *
     * @param scripted the events that happen in every replication
     * @return the changed model
     */
    public DisruptionModel withScripted(List<ScriptedEvent> scripted) {
        return new DisruptionModel(incidentRates, defaultIncidentRate, incidentDays, rainProbabilities,
                defaultRainProbability, cancellationProbabilities, defaultCancellationProbability,
                cancellationNoticeDays, scripted);
    }

    /**
     * A copy with another incident rate for teams of {@code kind}.
     *
     * @param kind a team kind
     * @param rate incidents per team per day, 0 or more
     * @return the changed model
     */
    public DisruptionModel withIncidentRate(String kind, double rate) {
        Map<String, Double> rates = new LinkedHashMap<>(incidentRates);
        rates.put(kind, rate);
        return new DisruptionModel(rates, defaultIncidentRate, incidentDays, rainProbabilities,
                defaultRainProbability, cancellationProbabilities, defaultCancellationProbability,
                cancellationNoticeDays, scripted);
    }

    /**
     * A copy with another chance of heavy rain per day in region {@code region}.
     *
     * @param region a region id
     * @param probability 0 to 1
     * @return the changed model
     */
    public DisruptionModel withRainProbability(String region, double probability) {
        Map<String, Double> rain = new LinkedHashMap<>(rainProbabilities);
        rain.put(region, probability);
        return new DisruptionModel(incidentRates, defaultIncidentRate, incidentDays, rain,
                defaultRainProbability, cancellationProbabilities, defaultCancellationProbability,
                cancellationNoticeDays, scripted);
    }

    /**
     * A copy with another chance that a unit of {@code kind} calls a drill off.
     *
     * @param kind a unit kind
     * @param probability 0 to 1
     * @return the changed model
     */
    public DisruptionModel withCancellationProbability(String kind, double probability) {
        Map<String, Double> cancel = new LinkedHashMap<>(cancellationProbabilities);
        cancel.put(kind, probability);
        return new DisruptionModel(incidentRates, defaultIncidentRate, incidentDays, rainProbabilities,
                defaultRainProbability, cancel, defaultCancellationProbability, cancellationNoticeDays, scripted);
    }

    /**
     * A copy with every rate, default and probability multiplied by {@code factor} (probabilities
     * capped at 1), to ask how a plan fares in a wetter or busier month. Scripted events are kept.
     * 
     * @param factor 0 or more; 2 doubles every rate
     * @return the scaled model
     */
    public DisruptionModel scaled(double factor) {
        checkRate("factor", factor);
        Map<String, Double> rates = new LinkedHashMap<>();
        incidentRates.forEach((k, v) -> rates.put(k, v * factor));
        Map<String, Double> rain = new LinkedHashMap<>();
        rainProbabilities.forEach((k, v) -> rain.put(k, Math.min(1.0, v * factor)));
        Map<String, Double> cancel = new LinkedHashMap<>();
        cancellationProbabilities.forEach((k, v) -> cancel.put(k, Math.min(1.0, v * factor)));
        return new DisruptionModel(rates, defaultIncidentRate * factor, incidentDays, rain,
                Math.min(1.0, defaultRainProbability * factor), cancel,
                Math.min(1.0, defaultCancellationProbability * factor), cancellationNoticeDays, scripted);
    }

    private static Map<String, Double> copy(Map<String, Double> map, String name, boolean probabilities) {
        Objects.requireNonNull(map, name);
        Map<String, Double> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String path = name + "['" + k + "']";
            if (v == null) {
                throw new IllegalArgumentException(path + ": missing value");
            }
            if (probabilities) {
                checkProbability(path, v);
            } else {
                checkRate(path, v);
            }
            copy.put(k, v);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void checkRate(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, was " + value);
        }
    }

    private static void checkProbability(String name, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }

    private static Map<String, Double> orderedMap(Object... keysAndValues) {
        List<Object> kv = new ArrayList<>(List.of(keysAndValues));
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.size(); i += 2) {
            map.put((String) kv.get(i), (Double) kv.get(i + 1));
        }
        return map;
    }
}
