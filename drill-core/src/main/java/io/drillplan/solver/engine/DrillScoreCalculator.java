package io.drillplan.solver.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * Engine internal (public for the engine's reflection): the score of {@link DrillConstraints},
 * kept up to date by hand while the search moves drills and teams. The constraint streams stay
 * the definition: they explain schedules, and every FULL_ASSERT solve compares this score with
 * theirs after each move ({@link SolverConfigs}).
 *
 * <p>Why a second implementation: on a one-drill move the streams push 1 + k entity changes
 * (the seats' shadow slot) through about ten nodes each, and undo them again; the search spent
 * some 70% of its time there. Here a move touches a few small buckets: the seats of one team on
 * one date, the drills of one unit on one date, a drill's chain links.
 *
 * <p>Every change is retracted with the state before it and inserted again with the state after
 * it, so each sum below is exact for every state the engine passes through, including the
 * in-between states where a drill has moved and only some of its seats have followed. Two sums
 * are defined per date where the streams count per drill: a team's drills in a week are the sum
 * of its distinct drills per date, and two seats of a drill share a team only on the same date.
 * Both agree with the streams once every seat has followed its drill, which is when the engine
 * asks for the score.
 */
public final class DrillScoreCalculator implements IncrementalScoreCalculator<DrillSolution, HardMediumSoftLongScore> {

    private long hard;
    private long medium;
    private long soft;

    // Weights of the configurable constraints, as {hard, medium, soft}.
    private long[] roleUnfilled;
    private long[] prerequisiteUnderstaffed;
    private long[] travel;
    private long[] workload;
    private long[] highRiskLate;
    private long[] piledUp;
    private long[] chainTeamChanged;
    private long[] publishedChanged;
    private long[] publishedTeamChanged;

    // Days as indices from firstDay; every slot the search can reach lies in [firstDay, firstDay + days).
    private int firstDay;
    private int days;
    private int[] weekOfDay;
    private int weeks;

    private List<PlannedDrill> drills;
    // Placed seats with a team, per team and date (team * days + day).
    private Buckets<TeamSeat> seatsByTeamDay;
    private int[] distinctDrillsByTeamDay;
    private int[] distinctDrillsByTeamWeek;
    private int[] seatsByTeam;
    // Placed drills per unit and date (unit * days + day).
    private Buckets<PlannedDrill> drillsByUnitDay;
    private int[] drillsByCapDay;
    private int[] capMax;
    private int[][] capsOfUnit;
    private int[] drillsByRegionDay;
    private int[] regionOfUnit;
    // Placed seats without a team, per drill.
    private int[] emptySeats;
    private ChainLink[][] linksByLater;
    private ChainLink[][] linksByEarlier;
    // The drills that follow a drill at the same unit: their chain-continuity match reads its seats.
    private int[][] sameUnitLaters;
    private ChangedDrills changedDrills;

    @Override
    public void resetWorkingSolution(DrillSolution solution) {
        changedDrills = solution.changedDrills();
        changedDrills.track();
        readWeights(solution.weights());
        readDays(solution);
        // Drills, seats and teams are numbered by their place in the solution's lists (SolutionBuilder).
        drills = solution.drills();
        int drillCount = drills.size();
        int teamCount = solution.teams().size();
        seatsByTeamDay = new Buckets<>(teamCount * days, solution.seats().size(), TeamSeat::index);
        distinctDrillsByTeamDay = new int[teamCount * days];
        distinctDrillsByTeamWeek = new int[teamCount * weeks];
        seatsByTeam = new int[teamCount];
        readUnits(solution, drillCount);
        emptySeats = new int[drillCount];

        hard = 0;
        medium = 0;
        soft = 0;
        for (PlannedDrill drill : drills) {
            drill(drill, 1);
        }
        for (TeamSeat seat : solution.seats()) {
            seat(seat, 1);
        }
        for (PlannedDrill drill : drills) {
            roleUnfilled(drill, 1);
            chainTeamChanged(drill, 1);
        }
        for (ChainLink link : solution.chainLinks()) {
            prerequisiteNotHeld(link, 1);
            prerequisiteUnderstaffed(link, 1);
        }
    }

    private void readWeights(DrillWeights weights) {
        roleUnfilled = levels(weights.roleUnfilled());
        prerequisiteUnderstaffed = levels(weights.prerequisiteUnderstaffed());
        travel = levels(weights.travel());
        workload = levels(weights.workload());
        highRiskLate = levels(weights.highRiskLate());
        piledUp = levels(weights.piledUp());
        chainTeamChanged = levels(weights.chainTeamChanged());
        publishedChanged = levels(weights.publishedChanged());
        publishedTeamChanged = levels(weights.publishedTeamChanged());
    }

    private static long[] levels(HardMediumSoftLongScore weight) {
        return new long[] {weight.hardScore(), weight.mediumScore(), weight.softScore()};
    }

    private void readDays(DrillSolution solution) {
        PlanningCalendar calendar = solution.calendar();
        int low = 0;
        int high = calendar.dayCount() - 1;
        for (PlannedDrill drill : solution.drills()) {
            for (TimeSlot slot : drill.getSlotRange()) {
                low = Math.min(low, slot.day());
                high = Math.max(high, slot.day());
            }
            for (TimeSlot slot : new TimeSlot[] {drill.getSlot(), drill.publishedSlot()}) {
                if (slot != null) {
                    low = Math.min(low, slot.day());
                    high = Math.max(high, slot.day());
                }
            }
        }
        firstDay = low;
        days = high - low + 1;
        weekOfDay = new int[days];
        Map<Integer, Integer> weekIndex = new HashMap<>();
        for (int d = 0; d < days; d++) {
            // From the date, not calendar.timeSlot: that makes slots on demand in a map move threads would share.
            int week = PlanningCalendar.weekKey(calendar.date(firstDay + d));
            weekOfDay[d] = weekIndex.computeIfAbsent(week, w -> weekIndex.size());
        }
        weeks = weekIndex.size();
    }

    /** Caps, regions and chain links as indices: the same facts the ruin-and-recreate bookings read. */
    private void readUnits(DrillSolution solution, int drillCount) {
        BookingFacts facts = new BookingFacts(solution);
        int unitCount = facts.capsOfUnit.length;
        drillsByUnitDay = new Buckets<>(unitCount * days, drillCount, PlannedDrill::index);
        capsOfUnit = facts.capsOfUnit;
        regionOfUnit = facts.regionOfUnit;
        capMax = facts.capMax;
        drillsByCapDay = new int[facts.capCount * days];
        drillsByRegionDay = new int[facts.regionCount * days];
        linksByLater = new ChainLink[drillCount][];
        linksByEarlier = new ChainLink[drillCount][];
        sameUnitLaters = new int[drillCount][];
        for (int i = 0; i < drillCount; i++) {
            linksByLater[i] = facts.prerequisites.get(i).toArray(new ChainLink[0]);
            linksByEarlier[i] = facts.dependants.get(i).toArray(new ChainLink[0]);
            sameUnitLaters[i] = facts.dependants.get(i).stream().filter(ChainLink::sameUnit)
                    .mapToInt(ChainLink::laterIndex).distinct().toArray();
        }
    }

    // ---------------------------------------------------------------- changes

    @Override
    public void beforeEntityAdded(Object entity) {
        // Counted once it is added.
    }

    @Override
    public void afterEntityAdded(Object entity) {
        insert(entity);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        retract(entity);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        insert(entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        retract(entity);
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        // Retracted before it went.
    }

    private void retract(Object entity) {
        if (entity instanceof TeamSeat seat) {
            changedDrills.mark(seat.drillIndex());
            seatMatches(seat.drill(), -1);
            seat(seat, -1);
        } else {
            PlannedDrill drill = (PlannedDrill) entity;
            changedDrills.mark(drill.index());
            drillMatches(drill, -1);
        }
    }

    private void insert(Object entity) {
        if (entity instanceof TeamSeat seat) {
            seat(seat, 1);
            seatMatches(seat.drill(), 1);
        } else {
            drillMatches((PlannedDrill) entity, 1);
        }
    }

    /** What a drill's slot decides: its own matches and those of its chain links. */
    private void drillMatches(PlannedDrill drill, int sign) {
        if (sign < 0) {
            links(drill, -1);
            drill(drill, -1);
        } else {
            drill(drill, 1);
            links(drill, 1);
        }
    }

    private void links(PlannedDrill drill, int sign) {
        for (ChainLink link : linksByLater[drill.index()]) {
            prerequisiteNotHeld(link, sign);
            prerequisiteUnderstaffed(link, sign);
        }
        for (ChainLink link : linksByEarlier[drill.index()]) {
            prerequisiteNotHeld(link, sign);
            prerequisiteUnderstaffed(link, sign);
        }
    }

    /** The matches that read all seats of {@code drill}: they change with any one of them. */
    private void seatMatches(PlannedDrill drill, int sign) {
        roleUnfilled(drill, sign);
        for (ChainLink link : linksByEarlier[drill.index()]) {
            prerequisiteUnderstaffed(link, sign);
        }
        chainTeamChanged(drill, sign);
        for (int later : sameUnitLaters[drill.index()]) {
            chainTeamChanged(drills.get(later), sign);
        }
    }

    // ---------------------------------------------------------------- one drill

    private void drill(PlannedDrill drill, int sign) {
        TimeSlot slot = drill.getSlot();
        TimeSlot published = drill.publishedSlot();
        if (published != null && slot != published) {
            penalize(publishedChanged, sign * DrillConstraints.daysMoved(drill));
        }
        if (slot == null) {
            medium -= sign * (long) drill.priority();
            return;
        }
        if (!drill.inWindowAndDay()) {
            hard -= sign;
        }
        if (!drill.unitOpen()) {
            hard -= sign;
        }
        UnitSite unit = drill.unit();
        if (unit.riskWeight() > 0) {
            penalize(highRiskLate, sign * (long) unit.riskWeight() * Math.max(0, slot.day()));
        }
        int day = dayIndex(slot);
        unitDay(drill, unit.index() * days + day, sign);
        for (int cap : capsOfUnit[unit.index()]) {
            int i = cap * days + day;
            int before = drillsByCapDay[i];
            int after = before + sign;
            drillsByCapDay[i] = after;
            hard -= over(after, capMax[cap]) - over(before, capMax[cap]);
        }
        int i = regionOfUnit[unit.index()] * days + day;
        long before = drillsByRegionDay[i];
        long after = before + sign;
        drillsByRegionDay[i] = (int) after;
        penalize(piledUp, after * (after - 1) / 2 - before * (before - 1) / 2);
    }

    /** Rule 8: the other drills of the unit on that date whose times overlap. */
    private void unitDay(PlannedDrill drill, int key, int sign) {
        if (sign < 0) {
            drillsByUnitDay.remove(key, drill);
        }
        int start = drill.startMinute();
        int end = drill.endMinute();
        for (int k = drillsByUnitDay.count(key) - 1; k >= 0; k--) {
            PlannedDrill other = drillsByUnitDay.get(key, k);
            if (start < other.endMinute() && other.startMinute() < end) {
                hard -= sign;
            }
        }
        if (sign > 0) {
            drillsByUnitDay.add(key, drill);
        }
    }

    // ---------------------------------------------------------------- one seat

    private void seat(TeamSeat seat, int sign) {
        if (!seat.isPlaced()) {
            return;
        }
        Team team = seat.getTeam();
        if (team == null) {
            emptySeats[seat.drillIndex()] += sign;
            return;
        }
        if (!seat.teamQualified()) {
            hard -= sign;
        }
        if (team.unavailableOn(seat.getDrillSlot())) {
            hard -= sign;
        }
        penalize(travel, sign * seat.travelKm());
        if (seat.publishedTeam() != null && team != seat.publishedTeam()) {
            penalize(publishedTeamChanged, sign);
        }
        long load = seatsByTeam[team.index()];
        seatsByTeam[team.index()] += sign;
        penalize(workload, (load + sign) * (load + sign) - load * load);
        teamDay(seat, team, sign);
    }

    /**
     * Rules 4 (one team in two seats of a drill), 6 (double booking) and 7 (daily and weekly
     * limits) against the team's other seats on that date.
     */
    private void teamDay(TeamSeat seat, Team team, int sign) {
        int day = dayIndex(seat.getDrillSlot());
        int i = team.index() * days + day;
        if (sign < 0) {
            seatsByTeamDay.remove(i, seat);
        }
        boolean drillAlreadyThere = false;
        for (int k = seatsByTeamDay.count(i) - 1; k >= 0; k--) {
            TeamSeat other = seatsByTeamDay.get(i, k);
            if (other.drill() == seat.drill()) {
                drillAlreadyThere = true;
                hard -= sign;
            } else if (DrillConstraints.conflict(seat, other)) {
                hard -= sign;
            }
        }
        if (!drillAlreadyThere) {
            int before = distinctDrillsByTeamDay[i];
            distinctDrillsByTeamDay[i] = before + sign;
            hard -= over(before + sign, team.maxPerDay()) - over(before, team.maxPerDay());
            int w = team.index() * weeks + weekOfDay[day];
            int weekBefore = distinctDrillsByTeamWeek[w];
            distinctDrillsByTeamWeek[w] = weekBefore + sign;
            hard -= over(weekBefore + sign, team.maxPerWeek()) - over(weekBefore, team.maxPerWeek());
        }
        if (sign > 0) {
            seatsByTeamDay.add(i, seat);
        }
    }

    // ---------------------------------------------------------------- matches over several entities

    /** A held drill with an empty seat counts as left out, once. */
    private void roleUnfilled(PlannedDrill drill, int sign) {
        if (emptySeats[drill.index()] > 0) {
            penalize(roleUnfilled, sign * (long) drill.priority());
        }
    }

    /** Rule 9: a placed later drill needs its prerequisite placed early enough. */
    private void prerequisiteNotHeld(ChainLink link, int sign) {
        PlannedDrill later = drills.get(link.laterIndex());
        if (later.getSlot() == null) {
            return;
        }
        PlannedDrill earlier = drills.get(link.earlierIndex());
        if (earlier.getSlot() == null || !DrillConstraints.respectsPrecedence(link.minDays(), earlier, later)) {
            hard -= sign;
        }
    }

    /** Rule 9 while planning: each empty seat of a placed later drill's prerequisite. */
    private void prerequisiteUnderstaffed(ChainLink link, int sign) {
        int empty = emptySeats[link.earlierIndex()];
        if (empty > 0 && drills.get(link.laterIndex()).getSlot() != null) {
            penalize(prerequisiteUnderstaffed, sign * (long) empty);
        }
    }

    /**
     * The seats of {@code later} whose skill the earlier step of the same unit had, guided there
     * by none of the same team.
     */
    private void chainTeamChanged(PlannedDrill later, int sign) {
        ChainLink[] links = linksByLater[later.index()];
        if (links.length == 0) {
            return;
        }
        long matches = 0;
        for (TeamSeat seat : later.seats()) {
            if (seat.getTeam() == null || !seat.isPlaced() || !seat.isLaterSameUnitStep()) {
                continue;
            }
            for (ChainLink link : links) {
                if (link.sameUnit() && changedTeam(seat, drills.get(link.earlierIndex()))) {
                    matches++;
                }
            }
        }
        if (matches > 0) {
            penalize(chainTeamChanged, sign * matches);
        }
    }

    private static boolean changedTeam(TeamSeat seat, PlannedDrill earlier) {
        boolean skillThere = false;
        for (TeamSeat other : earlier.seats()) {
            if (other.getTeam() == null || !other.isPlaced()) {
                continue;
            }
            if (other.getTeam() == seat.getTeam()) {
                return false;
            }
            skillThere |= other.skill().equals(seat.skill());
        }
        return skillThere;
    }

    // ---------------------------------------------------------------- arithmetic

    private void penalize(long[] weight, long matchWeight) {
        hard -= weight[0] * matchWeight;
        medium -= weight[1] * matchWeight;
        soft -= weight[2] * matchWeight;
    }

    private static long over(long count, int max) {
        return Math.max(0, count - max);
    }

    private int dayIndex(TimeSlot slot) {
        int day = slot.day() - firstDay;
        if (day < 0 || day >= days) {
            throw new IllegalStateException("Slot " + slot + " lies outside the days the score was set up for");
        }
        return day;
    }

    @Override
    public HardMediumSoftLongScore calculateScore() {
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }
}
