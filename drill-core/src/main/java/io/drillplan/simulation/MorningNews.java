package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Message;
import io.drillplan.model.Precedence;
import io.drillplan.model.TeamAssignment;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one morning brings: teams called to incidents, heavy rain, drills called off by their
 * units; and which drills of the current version that knocks out. It writes the news into the
 * ledger and takes the knocked-out drills out of the current version; the policy decides what
 * becomes of them.
 */
final class MorningNews {

    private final SimulationInput in;
    private final MonthLedger ledger;

    MorningNews(SimulationInput in, MonthLedger ledger) {
        this.in = in;
        this.ledger = ledger;
    }

    /** Reads the morning of {@code today} and returns the drills it knocks out. */
    Knockouts read(LocalDate today, DisruptionCalendar calendar) {
        DisruptionCalendar.Morning morning = calendar.on(today);
        learnIncidents(today, morning);
        Set<String> rainExact = new HashSet<>();
        Set<String> rainBelow = new HashSet<>();
        for (DisruptionCalendar.Rain rain : morning.rain) {
            (rain.scripted() ? rainBelow : rainExact).add(rain.region());
            ledger.events.add(SimulationEvent.of(today, SimulationEvent.Kind.RAIN, rain.region(),
                    Message.of(rain.scripted() ? "sim.rain.scripted" : "sim.rain")));
        }
        for (DisruptionCalendar.Cancellation c : morning.cancellations) {
            for (String id : c.drills()) {
                ledger.cancel(today, id, c.unit(), c.scripted());
            }
        }
        // A call-off comes a few days before the drill's date; a drill moved earlier than
        // published meets it earlier (a unit's reason to call a drill off arises near its date).
        for (DisruptionCalendar.Cancellation c : calendar.drawnCancellations()) {
            for (String id : c.drills()) {
                Assignment a = ledger.current.get(id);
                if (a != null && c.date().isAfter(today) && !a.date().minusDays(c.lead()).isAfter(today)) {
                    ledger.cancel(today, id, c.unit(), false);
                }
            }
        }
        Knockouts out = new Knockouts(new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(ledger.current));
        findDisrupted(today, rainExact, rainBelow, out.hit(), out.followers());
        return out;
    }

    private void learnIncidents(LocalDate today, DisruptionCalendar.Morning morning) {
        LocalDate end = in.problem.horizon().end();
        for (DisruptionCalendar.Incident incident : morning.incidents) {
            TreeSet<LocalDate> dates = ledger.away.computeIfAbsent(incident.team(), t -> new TreeSet<>());
            for (LocalDate d = incident.from(); !d.isAfter(incident.to()) && !d.isAfter(end); d = d.plusDays(1)) {
                dates.add(d);
            }
            long n = ChronoUnit.DAYS.between(incident.from(), incident.to()) + 1;
            String code = incident.scripted() ? "sim.incident.scripted" : "sim.incident";
            ledger.events.add(SimulationEvent.of(today, SimulationEvent.Kind.INCIDENT, incident.team(),
                    n == 1 ? Message.of(code + ".today") : Message.of(code + ".days", incident.from(), incident.to(), n)));
        }
    }

    /**
     * Takes out of the current version every drill the morning's news knocks out: into {@code hit}
     * the drills of a team now away on their date and the outdoor drills under today's rain, into
     * {@code followers} the drills that must come after a drill no longer scheduled (rule 9
     * would break), each with the reason.
     */
    private void findDisrupted(LocalDate today, Set<String> rainExact, Set<String> rainBelow,
            Map<String, Message> hit, Map<String, Message> followers) {
        Map<String, Assignment> current = ledger.current;
        for (DrillRequest drill : in.problem.drills()) {
            Assignment a = current.get(drill.id());
            if (a == null || ledger.held.containsKey(drill.id())) {
                continue;
            }
            Message reason = null;
            for (TeamAssignment t : a.teams()) {
                TreeSet<LocalDate> dates = ledger.away.get(t.team());
                if (dates != null && dates.contains(a.date())) {
                    reason = Message.of("sim.teamAway", t.team());
                    break;
                }
            }
            if (reason == null && a.date().equals(today) && drill.type().isOutdoor()) {
                String region = rainOver(drill.unit(), rainExact, rainBelow);
                if (region != null) {
                    reason = Message.of("sim.rainIn", region);
                }
            }
            if (reason != null) {
                hit.put(drill.id(), reason);
            }
        }
        hit.keySet().forEach(current::remove);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (DrillRequest drill : in.problem.drills()) {
                if (!current.containsKey(drill.id()) || ledger.held.containsKey(drill.id())) {
                    continue;
                }
                for (Precedence p : drill.after()) {
                    if (!current.containsKey(p.drill())) {
                        followers.put(drill.id(), Message.of(ledger.cancelled.contains(p.drill())
                                ? "sim.prerequisiteCancelled" : "sim.prerequisiteDisrupted", p.drill()));
                        current.remove(drill.id());
                        changed = true;
                        break;
                    }
                }
            }
        }
        for (Map.Entry<String, Message> e : hit.entrySet()) {
            ledger.disrupted(today, e.getKey(), e.getValue());
        }
    }

    private String rainOver(String unit, Set<String> rainExact, Set<String> rainBelow) {
        List<String> path = in.unitRegionPath.get(unit);
        if (path.isEmpty()) {
            return null;
        }
        if (rainExact.contains(path.get(0))) {
            return path.get(0);
        }
        for (String region : path) {
            if (rainBelow.contains(region)) {
                return region;
            }
        }
        return null;
    }
}
