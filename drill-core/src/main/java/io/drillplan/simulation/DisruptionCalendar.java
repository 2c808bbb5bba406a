package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Every disruption of one replication, drawn up front from the model and the published schedule
 * alone, so that every policy meets exactly the same month (common random numbers).
 */
final class DisruptionCalendar {

    /** A team away from {@code from} to {@code to} (inclusive), known on the morning of {@code from}. */
    record Incident(String team, LocalDate from, LocalDate to, boolean scripted) {}

    /** Heavy rain on {@code date} over {@code region} (and, when scripted, the regions below it). */
    record Rain(String region, LocalDate date, boolean scripted) {}

    /**
     * The unit of {@code drills} calls them off, known on the morning of {@code date}; a drawn
     * call-off comes {@code lead} days before the drill's date (scripted ones: 0, unused).
     */
    record Cancellation(String unit, List<String> drills, LocalDate date, boolean scripted, boolean wholeUnit,
            int lead) {}

    /** What becomes known on one morning. */
    static final class Morning {
        final List<Incident> incidents = new ArrayList<>();
        final List<Rain> rain = new ArrayList<>();
        final List<Cancellation> cancellations = new ArrayList<>();
    }

    private final TreeMap<LocalDate, Morning> mornings = new TreeMap<>();
    /** The drawn (not scripted) call-offs, by date. */
    private final List<Cancellation> drawnCancellations = new ArrayList<>();

    private DisruptionCalendar() {}

    /** The events known on the morning of {@code date}; empty when nothing happens. */
    Morning on(LocalDate date) {
        Morning m = mornings.get(date);
        return m == null ? new Morning() : m;
    }

    /**
     * The drawn call-offs: each drill's comes {@link Cancellation#lead()} days before the drill's
     * date. They are filed under the published date; when a policy has moved a drill earlier, the
     * call-off comes that much earlier too (see {@link MorningNews}), so moving a drill does not
     * dodge it.
     */
    List<Cancellation> drawnCancellations() {
        return drawnCancellations;
    }

    private Morning at(LocalDate date) {
        return mornings.computeIfAbsent(date, d -> new Morning());
    }

    /**
     * Draws replication {@code replication} of {@code model} for {@code problem}. Only dates of
     * the horizon carry events; a scripted event before the horizon is ignored and one that
     * starts before it but lasts into it becomes known on the first day.
     */
    static DisruptionCalendar draw(DrillProblem problem, Schedule published, DisruptionModel model,
            long seed, int replication) {
        DisruptionCalendar calendar = new DisruptionCalendar();
        Horizon horizon = problem.horizon();
        List<LocalDate> dates = horizon.dates();
        for (RescueTeam team : problem.teams()) {
            SplittableRandom random = NamedStreams.stream(seed, replication, "incident", team.id());
            double rate = model.incidentRate(team.kind());
            double[] weights = model.incidentDays().stream().mapToDouble(Double::doubleValue).toArray();
            for (LocalDate date : dates) {
                int count = NamedStreams.poisson(random, rate);
                int days = 0;
                for (int i = 0; i < count; i++) {
                    // several calls on one morning: the team is away as long as the longest
                    days = Math.max(days, 1 + NamedStreams.weighted(random, weights));
                }
                if (days > 0) {
                    calendar.at(date).incidents.add(new Incident(team.id(), date, date.plusDays(days - 1), false));
                }
            }
        }
        Set<String> unitRegions = new LinkedHashSet<>();
        problem.units().forEach(u -> unitRegions.add(u.region()));
        for (String region : unitRegions) {
            SplittableRandom random = NamedStreams.stream(seed, replication, "rain", region);
            double p = model.rainProbability(region);
            for (LocalDate date : dates) {
                if (random.nextDouble() < p) {
                    calendar.at(date).rain.add(new Rain(region, date, false));
                }
            }
        }
        Map<String, GrassrootsUnit> units = problem.unitsById();
        Map<String, LocalDate> publishedDates = new LinkedHashMap<>();
        for (Assignment a : published.assignments()) {
            publishedDates.putIfAbsent(a.drill(), a.date());
        }
        for (DrillRequest drill : problem.drills()) {
            SplittableRandom random = NamedStreams.stream(seed, replication, "cancellation", drill.id());
            double p = model.cancellationProbability(units.get(drill.unit()).kind());
            boolean cancelled = random.nextDouble() < p;
            int lead = random.nextInt(model.cancellationNoticeDays() + 1);
            if (cancelled) {
                LocalDate reference = publishedDates.getOrDefault(drill.id(), drill.windowIn(horizon).from());
                LocalDate date = clamp(reference.minusDays(lead), horizon);
                Cancellation c = new Cancellation(drill.unit(), List.of(drill.id()), date, false, false, lead);
                calendar.at(date).cancellations.add(c);
                calendar.drawnCancellations.add(c);
            }
        }
        for (ScriptedEvent event : model.scripted()) {
            if (event.date().isAfter(horizon.end())) {
                continue;
            }
            if (event instanceof ScriptedEvent.TeamAway away) {
                if (!away.to().isBefore(horizon.start())) {
                    LocalDate from = clamp(away.from(), horizon);
                    calendar.at(from).incidents.add(new Incident(away.team(), from, away.to(), true));
                }
            } else if (event instanceof ScriptedEvent.HeavyRain rain) {
                if (!rain.date().isBefore(horizon.start())) {
                    calendar.at(rain.date()).rain.add(new Rain(rain.region(), rain.date(), true));
                }
            } else if (event instanceof ScriptedEvent.UnitCancels cancel) {
                LocalDate date = clamp(cancel.date(), horizon);
                List<String> drills = cancel.drill() != null ? List.of(cancel.drill())
                        : problem.drills().stream().filter(d -> d.unit().equals(cancel.unit()))
                                .map(DrillRequest::id).toList();
                calendar.at(date).cancellations.add(
                        new Cancellation(cancel.unit(), drills, date, true, cancel.drill() == null, 0));
            }
        }
        return calendar;
    }

    /**
     * The problems of {@code scripted} against {@code problem}, with paths like
     * {@code "scripted[2].team: unknown team 'T9'"}; empty when every event names known ids.
     */
    static List<String> scriptProblems(DrillProblem problem, List<ScriptedEvent> scripted) {
        Map<String, RescueTeam> teams = problem.teamsById();
        Map<String, Region> regions = problem.regionsById();
        Map<String, GrassrootsUnit> units = problem.unitsById();
        Map<String, DrillRequest> drills = problem.drillsById();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < scripted.size(); i++) {
            String path = "scripted[" + i + "]";
            ScriptedEvent event = scripted.get(i);
            if (event == null) {
                problems.add(path + ": missing event");
            } else if (event instanceof ScriptedEvent.TeamAway away) {
                if (!teams.containsKey(away.team())) {
                    problems.add(path + ".team: unknown team '" + away.team() + "'");
                }
            } else if (event instanceof ScriptedEvent.HeavyRain rain) {
                if (!regions.containsKey(rain.region())) {
                    problems.add(path + ".region: unknown region '" + rain.region() + "'");
                }
            } else if (event instanceof ScriptedEvent.UnitCancels cancel) {
                if (!units.containsKey(cancel.unit())) {
                    problems.add(path + ".unit: unknown unit '" + cancel.unit() + "'");
                } else if (cancel.drill() != null) {
                    DrillRequest drill = drills.get(cancel.drill());
                    if (drill == null) {
                        problems.add(path + ".drill: unknown drill '" + cancel.drill() + "'");
                    } else if (!drill.unit().equals(cancel.unit())) {
                        problems.add(path + ".drill: drill '" + cancel.drill() + "' belongs to unit '"
                                + drill.unit() + "', not '" + cancel.unit() + "'");
                    }
                }
            }
        }
        return problems;
    }

    private static LocalDate clamp(LocalDate date, Horizon horizon) {
        return date.isBefore(horizon.start()) ? horizon.start() : date;
    }
}
