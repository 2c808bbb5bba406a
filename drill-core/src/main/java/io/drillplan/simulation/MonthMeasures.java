package io.drillplan.simulation;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.Workload;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a simulated month achieved, read off its ledger at the month's end. */
final class MonthMeasures {

    private MonthMeasures() {}

    static RunMetrics of(SimulationInput in, MonthLedger ledger) {
        Map<String, Assignment> held = ledger.held;
        Map<ExerciseType, Integer> byType = new EnumMap<>(ExerciseType.class);
        for (ExerciseType t : ExerciseType.values()) {
            byType.put(t, 0);
        }
        Map<Integer, Integer> byPriority = new TreeMap<>();
        for (DrillRequest d : in.problem.drills()) {
            byPriority.putIfAbsent(d.priority(), 0);
        }
        long priorities = 0;
        int moved = 0;
        int daysMoved = 0;
        int added = 0;
        for (DrillRequest d : in.problem.drills()) {
            Assignment a = held.get(d.id());
            if (a == null) {
                continue;
            }
            byType.merge(d.type(), 1, Integer::sum);
            byPriority.merge(d.priority(), 1, Integer::sum);
            priorities += d.priority();
            LocalDate published = in.publishedDate(d.id());
            if (published == null) {
                added++;
            } else if (!published.equals(a.date())) {
                moved++;
                daysMoved += (int) Math.abs(ChronoUnit.DAYS.between(published, a.date()));
            }
        }
        int chainsCompleted = 0;
        for (String unit : in.chainUnits) {
            boolean all = true;
            for (DrillRequest d : in.problem.drills()) {
                if (d.unit().equals(unit) && !held.containsKey(d.id())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                chainsCompleted++;
            }
        }
        int lost = 0;
        for (String id : in.publishedAssignments.keySet()) {
            if (!held.containsKey(id) && !ledger.cancelled.contains(id)) {
                lost++;
            }
        }
        int teamDaysLost = ledger.away.values().stream().mapToInt(Set::size).sum();
        double coverage = in.totalPriority == 0 ? 0 : (double) priorities / in.totalPriority;
        return new RunMetrics(in.problem.drills().size(), in.publishedAssignments.size(), held.size(), byType,
                byPriority, coverage, in.chainUnits.size(), chainsCompleted, ledger.disruptedEver.size(), lost,
                ledger.cancelled.size(), moved, daysMoved, added, ledger.reNotifications, ledger.partiesReNotified,
                teamDaysLost, Workload.of(in.problem, held.values()).travelKm());
    }
}
