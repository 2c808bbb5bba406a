package io.drillplan.solver.engine;

import io.drillplan.solver.PreferenceWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A scratch copy of what the working solution books (teams per day and week, units per day,
 * capped regions per day), on which a move tries out removals and placements before it
 * proposes them to the engine. Every change is journaled so that {@link #rollback(int)} returns
 * to an earlier state: one copy serves every move of a search step, since the working solution
 * does not change within a step.
 *
 * <p>It answers the hard rules 2 to 10 for one drill at one slot in time proportional to the
 * drill's candidate teams, the same rules as {@link DrillConstraints}; the engine's score (and,
 * in the tests, full score assertion) remains the judge of every move built from it.
 */
final class Bookings {

    private final BookingFacts facts;
    private final List<PlannedDrill> drills;
    private final TimeSlot[] slot;
    private final Team[][] crew;
    private final int[][] teamDay;
    private final int[] teamDayCount;
    private final int[] teamWeek;
    private final int[] teamLoad;
    // Per unit and day: a count followed by the drill indices.
    private final int[][] unitDay;
    private final int[] capDay;
    private final int[] regionDay;
    // Journal of changes: drill index, its slot and crew before the change.
    private final List<Object[]> journal = new ArrayList<>();

    /** A copy of the working solution's bookings. */
    Bookings(BookingFacts facts, DrillSolution solution) {
        this.facts = facts;
        this.drills = solution.drills();
        int n = drills.size();
        slot = new TimeSlot[n];
        crew = new Team[n][];
        teamDay = new int[facts.teamCount * facts.days][];
        teamDayCount = new int[facts.teamCount * facts.days];
        teamWeek = new int[facts.teamCount * facts.weeks];
        teamLoad = new int[facts.teamCount];
        unitDay = new int[solution.units().size() * facts.days][];
        capDay = new int[facts.capCount * facts.days];
        regionDay = new int[facts.regionCount * facts.days];
        for (PlannedDrill drill : drills) {
            List<TeamSeat> seats = drill.seats();
            Team[] teams = new Team[seats.size()];
            for (int k = 0; k < teams.length; k++) {
                teams[k] = seats.get(k).getTeam();
            }
            crew[drill.index()] = teams;
            TimeSlot at = drill.getSlot();
            if (at != null && facts.inHorizon(at)) {
                book(drill.index(), at, teams);
            }
        }
        journal.clear();
        // Everything was read just now.
        solution.changedDrills().clear();
    }

    /**
     * Catches up with the working solution after a step: re-books only the drills whose slot or
     * crew changed, which is far cheaper than a new copy on a large month. When the score
     * calculator marks the changed drills ({@link ChangedDrills}) only those are read, otherwise
     * every drill is. Clears the journal; tells {@code reread} each drill it read.
     */
    void syncWith(DrillSolution solution, IntConsumer reread) {
        journal.clear();
        ChangedDrills changed = solution.changedDrills();
        if (changed.isTracked()) {
            for (int d : changed.drain()) {
                sync(solution.drills().get(d));
                reread.accept(d);
            }
        } else {
            for (PlannedDrill drill : solution.drills()) {
                sync(drill);
                reread.accept(drill.index());
            }
        }
    }

    private void sync(PlannedDrill drill) {
        int d = drill.index();
        TimeSlot at = drill.getSlot();
        if (at != null && !facts.inHorizon(at)) {
            at = null;
        }
        boolean same = slot[d] == at;
        List<TeamSeat> seats = drill.seats();
        for (int k = 0; same && k < seats.size(); k++) {
            same = crew[d][k] == seats.get(k).getTeam();
        }
        if (same) {
            return;
        }
        if (slot[d] != null) {
            unbook(d);
        }
        Team[] teams = new Team[seats.size()];
        for (int k = 0; k < teams.length; k++) {
            teams[k] = seats.get(k).getTeam();
        }
        if (at != null) {
            book(d, at, teams);
        } else {
            crew[d] = teams;
        }
    }

    // ---------------------------------------------------------------- state

    TimeSlot slotOf(int drill) {
        return slot[drill];
    }

    Team[] crewOf(int drill) {
        return crew[drill];
    }

    /** Placed with every seat filled: what the score counts as held. */
    boolean isHeld(int drill) {
        if (slot[drill] == null) {
            return false;
        }
        for (Team team : crew[drill]) {
            if (team == null) {
                return false;
            }
        }
        return true;
    }

    /** The drills the team guides on {@code day}. */
    int[] drillsOf(Team team, int day) {
        int[] list = teamDay[team.index() * facts.days + day];
        int count = teamDayCount[team.index() * facts.days + day];
        return list == null ? new int[0] : Arrays.copyOf(list, count);
    }

    /** The placed drills of {@code unit} on {@code day}. */
    int[] drillsAt(UnitSite unit, int day) {
        int[] list = unitDay[unitDay(unit, day)];
        return list == null ? new int[0] : Arrays.copyOfRange(list, 1, 1 + list[0]);
    }

    int load(Team team) {
        return teamLoad[team.index()];
    }

    int drillsInRegion(UnitSite unit, int day) {
        return regionDay[facts.regionOfUnit[unit.index()] * facts.days + day];
    }

    /** Journal position to roll back to. */
    int mark() {
        return journal.size();
    }

    /** Undoes every change made after {@code mark}. */
    void rollback(int mark) {
        for (int i = journal.size() - 1; i >= mark; i--) {
            Object[] entry = journal.remove(i);
            int drill = (Integer) entry[0];
            if (slot[drill] != null) {
                unbook(drill);
            }
            TimeSlot before = (TimeSlot) entry[1];
            Team[] teams = (Team[]) entry[2];
            if (before != null) {
                book(drill, before, teams);
            } else {
                crew[drill] = teams;
            }
        }
    }

    /** Takes the drill out: no slot, no teams. */
    void remove(int drill) {
        journal.add(new Object[] {drill, slot[drill], crew[drill].clone()});
        if (slot[drill] != null) {
            unbook(drill);
        }
        Arrays.fill(crew[drill], null);
    }

    /** Places a removed drill; the caller checked the rules with {@link #crewFor}. */
    void place(int drill, TimeSlot at, Team[] teams) {
        journal.add(new Object[] {drill, slot[drill], crew[drill].clone()});
        if (slot[drill] != null) {
            unbook(drill);
        }
        book(drill, at, teams.clone());
    }

    private void book(int drill, TimeSlot at, Team[] teams) {
        PlannedDrill d = drills.get(drill);
        slot[drill] = at;
        crew[drill] = teams;
        int day = at.day();
        int key = unitDay(d.unit(), day);
        int[] list = unitDay[key];
        if (list == null) {
            list = new int[3];
        } else if (list[0] + 1 >= list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[++list[0]] = drill;
        unitDay[key] = list;
        for (int cap : facts.capsOfUnit[d.unit().index()]) {
            capDay[cap * facts.days + day]++;
        }
        regionDay[facts.regionOfUnit[d.unit().index()] * facts.days + day]++;
        for (Team team : teams) {
            if (team != null) {
                int td = team.index() * facts.days + day;
                int[] onDay = teamDay[td];
                if (onDay == null) {
                    onDay = new int[4];
                    teamDay[td] = onDay;
                } else if (teamDayCount[td] == onDay.length) {
                    onDay = Arrays.copyOf(onDay, onDay.length * 2);
                    teamDay[td] = onDay;
                }
                onDay[teamDayCount[td]++] = drill;
                teamWeek[team.index() * facts.weeks + facts.weekOfDay[day]]++;
                teamLoad[team.index()]++;
            }
        }
    }

    private void unbook(int drill) {
        PlannedDrill d = drills.get(drill);
        TimeSlot at = slot[drill];
        int day = at.day();
        int[] list = unitDay[unitDay(d.unit(), day)];
        for (int i = 1; i <= list[0]; i++) {
            if (list[i] == drill) {
                list[i] = list[list[0]--];
                break;
            }
        }
        for (int cap : facts.capsOfUnit[d.unit().index()]) {
            capDay[cap * facts.days + day]--;
        }
        regionDay[facts.regionOfUnit[d.unit().index()] * facts.days + day]--;
        for (Team team : crew[drill]) {
            if (team != null) {
                int td = team.index() * facts.days + day;
                int[] onDay = teamDay[td];
                for (int i = 0; i < teamDayCount[td]; i++) {
                    if (onDay[i] == drill) {
                        onDay[i] = onDay[--teamDayCount[td]];
                        break;
                    }
                }
                teamWeek[team.index() * facts.weeks + facts.weekOfDay[day]]--;
                teamLoad[team.index()]--;
            }
        }
        slot[drill] = null;
    }

    private int unitDay(UnitSite unit, int day) {
        return unit.index() * facts.days + day;
    }

    // ---------------------------------------------------------------- rules

    /**
     * Whether the (removed) drill may take {@code at} as far as its unit, regions and chain are
     * concerned (rules 2, 3, 8, 9 and 10); the teams are {@link #crewFor}'s business.
     */
    boolean siteAllows(PlannedDrill drill, TimeSlot at) {
        if (!facts.inHorizon(at) || !drill.allows(at)) {
            return false;
        }
        int day = at.day();
        int start = drill.startMinuteAt(at);
        int end = drill.endMinuteAt(at);
        int[] atUnit = unitDay[unitDay(drill.unit(), day)];
        if (atUnit != null) {
            for (int i = 1; i <= atUnit[0]; i++) {
                PlannedDrill other = drills.get(atUnit[i]);
                if (other != drill) {
                    TimeSlot o = slot[other.index()];
                    if (other.startMinuteAt(o) < end && start < other.endMinuteAt(o)) {
                        return false;
                    }
                }
            }
        }
        for (int cap : facts.capsOfUnit[drill.unit().index()]) {
            if (capDay[cap * facts.days + day] >= facts.capMax[cap]) {
                return false;
            }
        }
        for (ChainLink link : facts.prerequisites.get(drill.index())) {
            int earlier = link.earlierIndex();
            if (!isHeld(earlier) || !Precedences.respects(link.minDays(),
                    slot[earlier].day(), drills.get(earlier).endMinuteAt(slot[earlier]), day, start)) {
                return false;
            }
        }
        for (ChainLink link : facts.dependants.get(drill.index())) {
            int later = link.laterIndex();
            if (slot[later] != null && !Precedences.respects(link.minDays(), day, end,
                    slot[later].day(), drills.get(later).startMinuteAt(slot[later]))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code team} may guide the (removed) drill at {@code at}: rules 5, 6 and 7. */
    boolean teamFree(Team team, PlannedDrill drill, TimeSlot at) {
        if (team.unavailableOn(at)) {
            return false;
        }
        int day = at.day();
        int td = team.index() * facts.days + day;
        if (teamDayCount[td] >= team.maxPerDay()
                || teamWeek[team.index() * facts.weeks + facts.weekOfDay[day]] >= team.maxPerWeek()) {
            return false;
        }
        int[] onDay = teamDay[td];
        int start = drill.startMinuteAt(at);
        int end = drill.endMinuteAt(at);
        for (int i = 0; i < teamDayCount[td]; i++) {
            PlannedDrill other = drills.get(onDay[i]);
            TimeSlot o = slot[other.index()];
            int oStart = other.startMinuteAt(o);
            int oEnd = other.endMinuteAt(o);
            boolean otherFirst = oStart <= start;
            int gap = otherFirst ? start - oEnd : oStart - end;
            if (gap < 0 || gap < drill.unit().travelMinutesTo(other.unit())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cheapest crew for the drill at {@code at} among the free eligible teams, seat by seat,
     * or {@code null} when a seat finds no team: the first free team of each seat's ranking by
     * {@link #teamsByCost} (road km, the team's load so far, a team of the unit's previous chain
     * step, the published team). Trying many slots for one drill ranks the teams once instead of
     * costing every team at every slot.
     */
    Team[] crewFor(PlannedDrill drill, TimeSlot at, Team[][] teamsByCost) {
        Team[] chosen = new Team[teamsByCost.length];
        for (int k = 0; k < teamsByCost.length; k++) {
            for (Team team : teamsByCost[k]) {
                if (!contains(chosen, team) && teamFree(team, drill, at)) {
                    chosen[k] = team;
                    break;
                }
            }
            if (chosen[k] == null) {
                return null;
            }
        }
        return chosen;
    }

    /**
     * Each seat's eligible teams, cheapest first by the soft weights (road km, the team's load
     * so far, a team of the unit's previous chain step, the published team); equal costs keep
     * the eligible order. None of it depends on the slot, so the ranking holds for every slot
     * until the bookings change.
     */
    Team[][] teamsByCost(PlannedDrill drill) {
        List<TeamSeat> seats = drill.seats();
        Team[][] ranked = new Team[seats.size()][];
        for (int k = 0; k < seats.size(); k++) {
            TeamSeat seat = seats.get(k);
            List<Team> eligible = seat.getEligibleTeams();
            int n = eligible.size();
            Team[] teams = new Team[n];
            long[] costs = new long[n];
            for (int i = 0; i < n; i++) {
                Team team = eligible.get(i);
                long cost = teamCost(drill, seat, i);
                // Insertion sort, stable: a handful of teams per seat.
                int j = i;
                while (j > 0 && costs[j - 1] > cost) {
                    costs[j] = costs[j - 1];
                    teams[j] = teams[j - 1];
                    j--;
                }
                costs[j] = cost;
                teams[j] = team;
            }
            ranked[k] = teams;
        }
        return ranked;
    }

    /** What eligible team number {@code i} of {@code seat} costs the drill in soft score, roughly. */
    long teamCost(PlannedDrill drill, TeamSeat seat, int i) {
        PreferenceWeights w = facts.weights;
        Team team = seat.getEligibleTeams().get(i);
        long cost = seat.travelKmByEligible(i) * w.travelKm() + (2L * teamLoad[team.index()] + 1) * w.workload();
        if (team == seat.publishedTeam()) {
            cost -= w.stability();
        }
        if (guidedEarlierStep(drill, seat.skill(), team)) {
            cost -= w.chainContinuity();
        }
        return cost;
    }

    /** What placing the drill at {@code at} with {@code teams} costs in soft score, roughly. */
    long placementCost(PlannedDrill drill, TimeSlot at, Team[] teams) {
        PreferenceWeights w = facts.weights;
        long cost = (long) drill.unit().riskWeight() * at.day() * w.highRiskEarly()
                + (long) drillsInRegion(drill.unit(), at.day()) * w.spread();
        List<TeamSeat> seats = drill.seats();
        for (int k = 0; k < teams.length; k++) {
            TeamSeat seat = seats.get(k);
            cost += seat.travelKmFor(teams[k]) * w.travelKm() + (2L * teamLoad[teams[k].index()] + 1) * w.workload();
            if (seat.publishedTeam() != null && teams[k] != seat.publishedTeam()) {
                cost += w.stability();
            }
        }
        TimeSlot published = drill.publishedSlot();
        if (published != null && at != published) {
            cost += Math.max(1, Math.abs(at.day() - published.day())) * w.stability();
        }
        return cost;
    }

    private boolean guidedEarlierStep(PlannedDrill drill, String skill, Team team) {
        for (ChainLink link : facts.prerequisites.get(drill.index())) {
            if (!link.sameUnit()) {
                continue;
            }
            PlannedDrill earlier = drills.get(link.earlierIndex());
            Team[] teams = crew[earlier.index()];
            for (int k = 0; k < teams.length; k++) {
                if (teams[k] == team && earlier.seats().get(k).skill().equals(skill)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(Team[] teams, Team team) {
        for (Team t : teams) {
            if (t == team) {
                return true;
            }
        }
        return false;
    }
}
