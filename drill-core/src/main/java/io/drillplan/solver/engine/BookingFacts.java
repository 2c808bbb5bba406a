package io.drillplan.solver.engine;

import io.drillplan.solver.PreferenceWeights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of a solution that {@link Bookings} needs as plain integers: ISO weeks as indices,
 * capped regions and home regions as indices, and the chain links of each drill in both
 * directions. Built once per search phase: facts never change during a solve.
 */
final class BookingFacts {

    final int days;
    final int weeks;
    final int[] weekOfDay;
    final int teamCount;
    final int capCount;
    final Map<RegionCap, Integer> capIndex = new IdentityHashMap<>();
    final int[][] capsOfUnit;
    final int[] capMax;
    final int regionCount;
    final int[] regionOfUnit;
    /** Links whose later drill is the index: the drill's prerequisites. */
    final List<List<ChainLink>> prerequisites;
    /** Links whose earlier drill is the index: the drills that wait for it. */
    final List<List<ChainLink>> dependants;
    final PreferenceWeights weights;

    BookingFacts(DrillSolution solution) {
        PlanningCalendar calendar = solution.calendar();
        days = calendar.dayCount();
        weekOfDay = new int[days];
        Map<Integer, Integer> weekIndex = new HashMap<>();
        for (TimeSlot slot : calendar.timeSlots()) {
            weekOfDay[slot.day()] = weekIndex.computeIfAbsent(slot.week(), w -> weekIndex.size());
        }
        weeks = Math.max(1, weekIndex.size());
        teamCount = solution.teams().size();
        List<UnitSite> units = solution.units();
        capsOfUnit = new int[units.size()][];
        regionOfUnit = new int[units.size()];
        Map<String, Integer> regionIndex = new HashMap<>();
        List<Integer> maxima = new ArrayList<>();
        for (UnitSite unit : units) {
            List<RegionCap> caps = unit.cappedRegions();
            int[] indices = new int[caps.size()];
            for (int i = 0; i < caps.size(); i++) {
                RegionCap cap = caps.get(i);
                Integer index = capIndex.get(cap);
                if (index == null) {
                    index = capIndex.size();
                    capIndex.put(cap, index);
                    maxima.add(cap.max());
                }
                indices[i] = index;
            }
            capsOfUnit[unit.index()] = indices;
            regionOfUnit[unit.index()] = regionIndex.computeIfAbsent(unit.region(), r -> regionIndex.size());
        }
        capCount = capIndex.size();
        capMax = maxima.stream().mapToInt(Integer::intValue).toArray();
        regionCount = regionIndex.size();
        int drills = solution.drills().size();
        prerequisites = new ArrayList<>(drills);
        dependants = new ArrayList<>(drills);
        for (int i = 0; i < drills; i++) {
            prerequisites.add(new ArrayList<>(1));
            dependants.add(new ArrayList<>(1));
        }
        for (ChainLink link : solution.chainLinks()) {
            prerequisites.get(link.laterIndex()).add(link);
            dependants.get(link.earlierIndex()).add(link);
        }
        weights = solution.preferences();
    }

    boolean inHorizon(TimeSlot slot) {
        return slot.day() >= 0 && slot.day() < days;
    }
}
