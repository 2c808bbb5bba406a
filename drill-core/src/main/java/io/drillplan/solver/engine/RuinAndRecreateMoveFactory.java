package io.drillplan.solver.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Engine internal: makes {@link RuinAndRecreateMove}s, the moves that change which drills are
 * held. A move takes a related group of drills out (the ruin) and puts them back, together with
 * left-out drills that compete for the same teams, greedily by priority with seeded random
 * tie-breaks, each at its cheapest free slot and crew (the recreate). The groups:
 * <ul>
 * <li>the drills of one team in one ISO week;
 * <li>the drills of one region on one to three consecutive days;
 * <li>the drills of one unit (its chain);
 * <li>eject and insert: the drills in the way of a left-out drill at one slot (its unit's
 *     overlapping drill, a full region's drill, the drills of the teams it would need that day),
 *     after which the left-out drill is placed first.
 * </ul>
 * Pinned drills are never touched. The acceptor decides: a move that holds fewer drills is
 * usually refused, but it can be the way to a better schedule.
 */
public final class RuinAndRecreateMoveFactory implements MoveIteratorFactory<DrillSolution, RuinAndRecreateMove> {

    /** At most this many drills are taken out by one move, dependants included. */
    static final int MAX_RUIN = 16;
    /** At most this many left-out drills compete for the freed teams in one move. */
    static final int MAX_COMPETITORS = 12;
    /** Chance that the recreate passes over a feasible slot: varies placements (a "blink"). */
    static final double BLINK = 0.02;

    private enum Ruin { TEAM_WEEK, REGION_DAYS, UNIT, EJECT_INSERT }

    private BookingFacts facts;
    // Kept from step to step and caught up with the working solution when a step first needs it.
    private Bookings bookings;
    private List<PlannedDrill> movable = List.of();
    // Movable drills and, of those, the ones the bookings do not hold: kept up at each catch-up.
    private BitSet isMovable = new BitSet();
    private BitSet leftOut = new BitSet();
    private List<List<Integer>> drillsByTeam = List.of();
    private List<List<Integer>> drillsByUnit = List.of();

    /** Instantiated by the solver configuration. */
    public RuinAndRecreateMoveFactory() {}

    @Override
    public void phaseStarted(ScoreDirector<DrillSolution> scoreDirector) {
        DrillSolution solution = scoreDirector.getWorkingSolution();
        facts = new BookingFacts(solution);
        bookings = null;
        movable = new ArrayList<>();
        isMovable = new BitSet();
        leftOut = new BitSet();
        drillsByTeam = new ArrayList<>();
        drillsByUnit = new ArrayList<>();
        for (int t = 0; t < solution.teams().size(); t++) {
            drillsByTeam.add(new ArrayList<>());
        }
        for (int u = 0; u < solution.units().size(); u++) {
            drillsByUnit.add(new ArrayList<>());
        }
        for (PlannedDrill drill : solution.drills()) {
            if (drill.isPinned() || drill.getSlotRange().isEmpty()) {
                continue;
            }
            movable.add(drill);
            isMovable.set(drill.index());
            drillsByUnit.get(drill.unit().index()).add(drill.index());
            Set<Team> teams = new LinkedHashSet<>();
            drill.seats().forEach(s -> teams.addAll(s.getEligibleTeams()));
            teams.forEach(t -> drillsByTeam.get(t.index()).add(drill.index()));
        }
    }

    /** The bookings kept from the last step, caught up with {@code solution}; made on first use. */
    private Bookings caughtUpBookings(DrillSolution solution) {
        if (bookings == null) {
            bookings = new Bookings(facts, solution);
            for (PlannedDrill drill : movable) {
                leftOut.set(drill.index(), !bookings.isHeld(drill.index()));
            }
        } else {
            bookings.syncWith(solution, d -> leftOut.set(d, isMovable.get(d) && !bookings.isHeld(d)));
        }
        return bookings;
    }

    @Override
    public void phaseEnded(ScoreDirector<DrillSolution> scoreDirector) {
        facts = null;
        bookings = null;
        movable = List.of();
        isMovable = new BitSet();
        leftOut = new BitSet();
        drillsByTeam = List.of();
        drillsByUnit = List.of();
    }

    @Override
    public long getSize(ScoreDirector<DrillSolution> scoreDirector) {
        return movable.size();
    }

    @Override
    public Iterator<RuinAndRecreateMove> createOriginalMoveIterator(ScoreDirector<DrillSolution> scoreDirector) {
        throw new UnsupportedOperationException("RuinAndRecreateMoveFactory only supports random selection");
    }

    @Override
    public Iterator<RuinAndRecreateMove> createRandomMoveIterator(ScoreDirector<DrillSolution> scoreDirector,
            Random random) {
        // The engine asks for a new iterator every step; the copy of the bookings is made on the
        // first move asked for, since most steps pick another kind of move.
        return new Iterator<>() {
            private Step step;

            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public RuinAndRecreateMove next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                if (step == null) {
                    step = new Step(scoreDirector.getWorkingSolution(), random);
                }
                return step.nextMove();
            }
        };
    }

    /** The moves of one step: one copy of the bookings, rolled back after every move. */
    private final class Step {
        private final DrillSolution solution;
        private final Bookings bookings;
        private final Random random;
        private final List<PlannedDrill> leftOut = new ArrayList<>();
        // The left-out drill the current move aims at, if any: it joins the candidates.
        private PlannedDrill focus;

        Step(DrillSolution solution, Random random) {
            this.solution = solution;
            this.random = random;
            this.bookings = caughtUpBookings(solution);
            // In drill order, as the movable list is.
            for (int d = RuinAndRecreateMoveFactory.this.leftOut.nextSetBit(0); d >= 0;
                    d = RuinAndRecreateMoveFactory.this.leftOut.nextSetBit(d + 1)) {
                leftOut.add(solution.drills().get(d));
            }
        }

        RuinAndRecreateMove nextMove() {
            int mark = bookings.mark();
            focus = null;
            Set<Integer> ruined = new LinkedHashSet<>();
            PlannedDrill first = null;
            TimeSlot firstSlot = null;
            Ruin ruin = Ruin.values()[random.nextInt(Ruin.values().length)];
            if (ruin == Ruin.EJECT_INSERT && leftOut.isEmpty()) {
                ruin = Ruin.TEAM_WEEK;
            }
            String description;
            switch (ruin) {
                case TEAM_WEEK -> description = ruinTeamWeek(ruined);
                case REGION_DAYS -> description = ruinRegionDays(ruined);
                case UNIT -> description = ruinUnit(ruined);
                default -> {
                    first = leftOut.get(random.nextInt(leftOut.size()));
                    List<TimeSlot> range = first.getSlotRange();
                    firstSlot = range.get(random.nextInt(range.size()));
                    description = ruinInTheWay(first, firstSlot, ruined);
                }
            }
            Set<Team> freed = new LinkedHashSet<>();
            for (int d : ruined) {
                for (Team team : bookings.crewOf(d)) {
                    if (team != null) {
                        freed.add(team);
                    }
                }
            }
            for (int d : ruined) {
                bookings.remove(d);
            }
            List<PlannedDrill> candidates = new ArrayList<>();
            ruined.forEach(d -> candidates.add(solution.drills().get(d)));
            addCompetitors(freed, ruined, first, candidates);
            recreate(candidates, first, firstSlot);
            RuinAndRecreateMove move = new RuinAndRecreateMove(changes(candidates), description);
            bookings.rollback(mark);
            return move;
        }

        private String ruinTeamWeek(Set<Integer> ruined) {
            // A drill without roles has no seat and no crew: nothing of a team to aim at.
            if (focusOnLeftOut() && !focus.seats().isEmpty()) {
                // A team the left-out drill could use, in a week of its window.
                TeamSeat seat = focus.seats().get(random.nextInt(focus.seats().size()));
                List<Team> eligible = seat.getEligibleTeams();
                if (!eligible.isEmpty()) {
                    Team team = eligible.get(random.nextInt(eligible.size()));
                    List<TimeSlot> range = focus.getSlotRange();
                    int week = facts.weekOfDay[range.get(random.nextInt(range.size())).day()];
                    ruinTeamInWeek(team, week, ruined);
                    return "team " + team.id() + " week " + week + " for " + focus.getId();
                }
            }
            PlannedDrill anchor = placedAnchor();
            if (anchor == null) {
                return "nothing placed";
            }
            Team[] crew = bookings.crewOf(anchor.index());
            Team team = crew.length == 0 ? null : crew[random.nextInt(crew.length)];
            if (team == null) {
                addWithDependants(anchor.index(), ruined);
                return "left-short drill " + anchor.getId();
            }
            int week = facts.weekOfDay[bookings.slotOf(anchor.index()).day()];
            ruinTeamInWeek(team, week, ruined);
            return "team " + team.id() + " week " + week;
        }

        private void ruinTeamInWeek(Team team, int week, Set<Integer> ruined) {
            for (int day = 0; day < facts.days; day++) {
                if (facts.weekOfDay[day] == week) {
                    for (int d : bookings.drillsOf(team, day)) {
                        addWithDependants(d, ruined);
                    }
                }
            }
        }

        /**
         * Half of the team-week and region-day ruins aim at a left-out drill while there are any:
         * on a large month a group picked at random is seldom near one.
         */
        private boolean focusOnLeftOut() {
            if (leftOut.isEmpty() || !random.nextBoolean()) {
                return false;
            }
            focus = leftOut.get(random.nextInt(leftOut.size()));
            return true;
        }

        private String ruinRegionDays(Set<Integer> ruined) {
            PlannedDrill anchor;
            int day;
            if (focusOnLeftOut()) {
                anchor = focus;
                List<TimeSlot> range = focus.getSlotRange();
                day = range.get(random.nextInt(range.size())).day();
            } else {
                anchor = placedAnchor();
                if (anchor == null) {
                    return "nothing placed";
                }
                day = bookings.slotOf(anchor.index()).day();
            }
            int region = facts.regionOfUnit[anchor.unit().index()];
            int from = day - random.nextInt(2);
            int to = from + random.nextInt(3);
            for (PlannedDrill drill : movable) {
                TimeSlot at = bookings.slotOf(drill.index());
                if (at != null && at.day() >= from && at.day() <= to
                        && facts.regionOfUnit[drill.unit().index()] == region) {
                    addWithDependants(drill.index(), ruined);
                }
            }
            return "region " + anchor.unit().region() + " days " + from + "-" + to;
        }

        private String ruinUnit(Set<Integer> ruined) {
            PlannedDrill anchor = movable.get(random.nextInt(movable.size()));
            for (int d : drillsByUnit.get(anchor.unit().index())) {
                addWithDependants(d, ruined);
            }
            return "unit " + anchor.unit();
        }

        /** The drills that keep {@code drill} out of {@code at}: eject and insert. */
        private String ruinInTheWay(PlannedDrill drill, TimeSlot at, Set<Integer> ruined) {
            int day = at.day();
            int start = drill.startMinuteAt(at);
            int end = drill.endMinuteAt(at);
            for (int d : bookings.drillsAt(drill.unit(), day)) {
                PlannedDrill other = solution.drills().get(d);
                TimeSlot o = bookings.slotOf(d);
                if (other.startMinuteAt(o) < end && start < other.endMinuteAt(o)) {
                    addWithDependants(d, ruined);
                }
            }
            for (int cap : facts.capsOfUnit[drill.unit().index()]) {
                List<Integer> inCap = new ArrayList<>();
                for (PlannedDrill other : movable) {
                    TimeSlot o = bookings.slotOf(other.index());
                    if (o != null && o.day() == day && contains(facts.capsOfUnit[other.unit().index()], cap)) {
                        inCap.add(other.index());
                    }
                }
                if (!inCap.isEmpty()) {
                    addWithDependants(inCap.get(random.nextInt(inCap.size())), ruined);
                }
            }
            Set<Team> chosen = new LinkedHashSet<>();
            for (TeamSeat seat : drill.seats()) {
                List<Team> options = new ArrayList<>();
                for (Team team : seat.getEligibleTeams()) {
                    if (!team.unavailableOn(at) && !chosen.contains(team)) {
                        options.add(team);
                    }
                }
                if (options.isEmpty()) {
                    continue;
                }
                Team team = options.get(random.nextInt(options.size()));
                chosen.add(team);
                for (int d : bookings.drillsOf(team, day)) {
                    addWithDependants(d, ruined);
                }
                List<Integer> inWeek = new ArrayList<>();
                for (int other = 0; other < facts.days; other++) {
                    if (facts.weekOfDay[other] == facts.weekOfDay[day] && other != day) {
                        for (int d : bookings.drillsOf(team, other)) {
                            inWeek.add(d);
                        }
                    }
                }
                if (!inWeek.isEmpty() && inWeek.size() + 1 >= team.maxPerWeek()) {
                    addWithDependants(inWeek.get(random.nextInt(inWeek.size())), ruined);
                }
            }
            return "eject for " + drill.getId() + " at " + at;
        }

        private PlannedDrill placedAnchor() {
            for (int tries = 0; tries < 8; tries++) {
                PlannedDrill drill = movable.get(random.nextInt(movable.size()));
                if (bookings.slotOf(drill.index()) != null) {
                    return drill;
                }
            }
            return null;
        }

        /** Adds a movable drill and every placed drill that waits for it, within the limit. */
        private void addWithDependants(int drill, Set<Integer> ruined) {
            PlannedDrill d = solution.drills().get(drill);
            if (ruined.size() >= MAX_RUIN || d.isPinned() || d.getSlotRange().isEmpty() || ruined.contains(drill)) {
                return;
            }
            List<Integer> closure = new ArrayList<>();
            collectDependants(drill, closure);
            if (closure.stream().anyMatch(c -> solution.drills().get(c).isPinned())) {
                return;
            }
            for (int c : closure) {
                if (ruined.size() < MAX_RUIN || c == drill) {
                    ruined.add(c);
                }
            }
            // A dependant left placed would break rule 9: the closure goes whole or not at all.
            if (!ruined.containsAll(closure)) {
                ruined.removeAll(closure);
            }
        }

        private void collectDependants(int drill, List<Integer> closure) {
            if (closure.contains(drill)) {
                return;
            }
            closure.add(drill);
            for (ChainLink link : facts.dependants.get(drill)) {
                if (bookings.slotOf(link.laterIndex()) != null) {
                    collectDependants(link.laterIndex(), closure);
                }
            }
        }

        /** Left-out drills that could use the freed teams, sampled, and the target's prerequisites. */
        private void addCompetitors(Set<Team> freed, Set<Integer> ruined, PlannedDrill first,
                List<PlannedDrill> candidates) {
            Set<Integer> seen = new LinkedHashSet<>(ruined);
            if (first != null) {
                addWithPrerequisites(first, seen, candidates);
            }
            if (focus != null) {
                addWithPrerequisites(focus, seen, candidates);
            }
            List<Integer> pool = new ArrayList<>();
            for (Team team : freed) {
                for (int d : drillsByTeam.get(team.index())) {
                    if (!seen.contains(d) && !bookings.isHeld(d)) {
                        pool.add(d);
                    }
                }
            }
            int wanted = MAX_COMPETITORS;
            while (wanted > 0 && !pool.isEmpty()) {
                int d = pool.remove(random.nextInt(pool.size()));
                if (!seen.contains(d)) {
                    addWithPrerequisites(solution.drills().get(d), seen, candidates);
                    wanted--;
                }
            }
        }

        private void addWithPrerequisites(PlannedDrill drill, Set<Integer> seen, List<PlannedDrill> candidates) {
            if (!seen.add(drill.index()) || drill.isPinned() || drill.getSlotRange().isEmpty()) {
                return;
            }
            for (ChainLink link : facts.prerequisites.get(drill.index())) {
                if (!bookings.isHeld(link.earlierIndex())) {
                    addWithPrerequisites(solution.drills().get(link.earlierIndex()), seen, candidates);
                }
            }
            if (bookings.slotOf(drill.index()) != null) {
                // Placed but left short of a team: it starts over like a ruined drill.
                bookings.remove(drill.index());
            }
            candidates.add(drill);
        }

        /**
         * Places the candidates by priority, random tie-breaks, prerequisites first; the target of
         * an eject-and-insert goes first, at its slot if it fits there.
         */
        private void recreate(List<PlannedDrill> candidates, PlannedDrill first, TimeSlot firstSlot) {
            if (first != null && bookings.slotOf(first.index()) == null) {
                placeAt(first, List.of(firstSlot));
            }
            double[] tieBreak = new double[solution.drills().size()];
            for (PlannedDrill drill : candidates) {
                tieBreak[drill.index()] = random.nextDouble();
            }
            Set<Integer> waiting = new LinkedHashSet<>();
            candidates.forEach(d -> waiting.add(d.index()));
            Comparator<PlannedDrill> order = Comparator.comparingInt((PlannedDrill d) -> -d.priority())
                    .thenComparingDouble(d -> tieBreak[d.index()]);
            PriorityQueue<PlannedDrill> ready = new PriorityQueue<>(order);
            Set<Integer> queued = new HashSet<>();
            for (PlannedDrill drill : candidates) {
                if (!waitsFor(drill, waiting)) {
                    ready.add(drill);
                    queued.add(drill.index());
                }
            }
            while (!ready.isEmpty()) {
                PlannedDrill drill = ready.poll();
                waiting.remove(drill.index());
                if (bookings.slotOf(drill.index()) == null) {
                    placeAt(drill, drill.getSlotRange());
                }
                for (ChainLink link : facts.dependants.get(drill.index())) {
                    PlannedDrill later = solution.drills().get(link.laterIndex());
                    if (waiting.contains(later.index()) && !queued.contains(later.index()) && !waitsFor(later, waiting)) {
                        ready.add(later);
                        queued.add(later.index());
                    }
                }
            }
        }

        private boolean waitsFor(PlannedDrill drill, Set<Integer> waiting) {
            for (ChainLink link : facts.prerequisites.get(drill.index())) {
                if (waiting.contains(link.earlierIndex())) {
                    return true;
                }
            }
            return false;
        }

        /** Places the drill at its cheapest feasible slot of {@code slots}, if any. */
        private void placeAt(PlannedDrill drill, List<TimeSlot> slots) {
            TimeSlot bestSlot = null;
            Team[] bestCrew = null;
            long bestCost = Long.MAX_VALUE;
            // Ranked once, on the first slot the site allows: the bookings do not change here.
            Team[][] teamsByCost = null;
            for (TimeSlot at : slots) {
                if (!bookings.siteAllows(drill, at)) {
                    continue;
                }
                if (teamsByCost == null) {
                    teamsByCost = bookings.teamsByCost(drill);
                }
                Team[] crew = bookings.crewFor(drill, at, teamsByCost);
                if (crew == null || random.nextDouble() < BLINK) {
                    continue;
                }
                long cost = bookings.placementCost(drill, at, crew);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestSlot = at;
                    bestCrew = crew;
                }
            }
            if (bestSlot != null) {
                bookings.place(drill.index(), bestSlot, bestCrew);
            }
        }

        /** One part per candidate whose slot or crew differs from the working solution. */
        private List<SlotAndSeatsMove> changes(List<PlannedDrill> candidates) {
            List<SlotAndSeatsMove> parts = new ArrayList<>();
            for (PlannedDrill drill : candidates) {
                TimeSlot to = bookings.slotOf(drill.index());
                Team[] crew = bookings.crewOf(drill.index());
                List<Team> teams = new ArrayList<>(crew.length);
                boolean differs = drill.getSlot() != to;
                for (int k = 0; k < crew.length; k++) {
                    Team team = to == null ? null : crew[k];
                    teams.add(team);
                    differs |= drill.seats().get(k).getTeam() != team;
                }
                if (differs) {
                    parts.add(new SlotAndSeatsMove(drill, to, drill.seats(), teams));
                }
            }
            return parts;
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
