package io.drillplan.check;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.HardRule;
import io.drillplan.model.Horizon;
import io.drillplan.model.Message;
import io.drillplan.model.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Rules 3, 8 and 10: what a unit and its regions can host. */
final class SiteRules {
    private SiteRules() {}

    /** Rule 3: the unit is open on the drill's date. */
    static void unitOpen(DrillProblem problem, Collection<Placement> placements, Findings findings) {
        Horizon horizon = problem.horizon();
        for (Placement p : placements) {
            if (!p.dated() || p.unit() == null || p.unit().isOpen(p.date(), horizon)) {
                continue;
            }
            Message why = p.unit().unavailable().contains(p.date()) ? Message.of("rule.unitUnavailable")
                    : Message.of("rule.unitClosedDay", p.date(), Words.closedDay(p.date(), horizon));
            findings.add(HardRule.UNIT_OPEN, Message.of("rule.unitNotOpen", p.id(), Words.unit(p.unit()), p.date()).with(List.of(why)),
                    p.id());
        }
    }

    private record UnitDay(String unit, LocalDate date) {}

    /** Rule 8: a unit holds one drill at a time; each overlapping pair is reported once. */
    static void oneDrillAtATime(Collection<Placement> placements, Findings findings) {
        Map<UnitDay, List<Placement>> byUnitDay = new LinkedHashMap<>();
        for (Placement p : placements) {
            if (p.timed() && p.unit() != null) {
                byUnitDay.computeIfAbsent(new UnitDay(p.unit().id(), p.date()), k -> new ArrayList<>()).add(p);
            }
        }
        Comparator<Placement> byStart = Comparator.comparingInt(Placement::startSecond)
                .thenComparingInt(Placement::endSecond)
                .thenComparingInt(Placement::index);
        for (List<Placement> day : byUnitDay.values()) {
            day.sort(byStart);
            for (int i = 0; i < day.size(); i++) {
                Placement a = day.get(i);
                // Sorted by start: once a drill starts at or after a's end, so do all after it.
                for (int j = i + 1; j < day.size() && day.get(j).startSecond() < a.endSecond(); j++) {
                    Placement b = day.get(j);
                    if (a.overlaps(b)) {
                        findings.add(HardRule.UNIT_ONE_DRILL, Message.of("rule.unitOverlap", Words.unit(a.unit()), a.id(), a.times(), b.id(),
                                b.times(), a.date()), a.id(), b.id());
                    }
                }
            }
        }
    }

    /**
     * Rule 10: a region's cap counts the drills of its own units and of every region below it.
     * Dates are reported in order, regions in the problem's order.
     */
    static void regionCaps(DrillProblem problem, Collection<Placement> placements, Findings findings) {
        Map<String, Region> regions = problem.regionsById();
        Map<String, List<Region>> cappedChains = new HashMap<>();
        Map<LocalDate, Map<String, List<String>>> counted = new TreeMap<>();
        for (Placement p : placements) {
            if (!p.dated() || p.unit() == null) {
                continue;
            }
            String home = p.unit().region();
            List<Region> capped = home == null
                    ? List.of()
                    : cappedChains.computeIfAbsent(home, k -> cappedChain(k, regions));
            for (Region region : capped) {
                counted.computeIfAbsent(p.date(), k -> new HashMap<>())
                        .computeIfAbsent(region.id(), k -> new ArrayList<>())
                        .add(p.id());
            }
        }
        Map<String, Integer> problemOrder = new HashMap<>();
        regions.keySet().forEach(id -> problemOrder.put(id, problemOrder.size()));
        for (Map.Entry<LocalDate, Map<String, List<String>>> day : counted.entrySet()) {
            List<String> inOrder = new ArrayList<>(day.getValue().keySet());
            inOrder.sort(Comparator.comparingInt(problemOrder::get));
            for (String regionId : inOrder) {
                Region region = regions.get(regionId);
                List<String> drills = day.getValue().get(regionId);
                if (drills.size() > region.maxDrillsPerDay()) {
                    findings.add(HardRule.REGION_LIMIT, Message.of("rule.regionFull",
                            region.id() + (region.name() == null ? "" : " (" + region.name() + ")"), drills.size(),
                            day.getKey(), region.maxDrillsPerDay(), Words.ids(drills)), drills);
                }
            }
        }
    }

    /** The region and its ancestors that carry a cap; a cycle in the parents is walked once. */
    private static List<Region> cappedChain(String regionId, Map<String, Region> regions) {
        List<Region> capped = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String id = regionId;
        while (id != null && seen.add(id)) {
            Region region = regions.get(id);
            if (region == null) {
                break;
            }
            if (region.maxDrillsPerDay() != null) {
                capped.add(region);
            }
            id = region.parent();
        }
        return capped;
    }
}
