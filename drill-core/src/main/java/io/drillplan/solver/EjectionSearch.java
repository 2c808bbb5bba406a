package io.drillplan.solver;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.solver.engine.GreedyPlacement;
import io.drillplan.solver.engine.Occupancy;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds room for drills that have no free slot by moving other drills: for each wanted drill, in
 * precedence and priority order, it takes its earliest free slot if there is one; otherwise, for
 * each candidate date and slot, it takes out one movable drill that stands in the way (same unit,
 * a team the wanted drill could use, the same capped region that day), places the wanted drill,
 * and puts the one taken out back on its own date (another slot or crew) or at its earliest free
 * slot from {@code movableFrom}. An exchange that cannot put it back is undone. Never breaks a
 * hard rule, needs no solver, and its work is bounded by a count of exchanges tried, so the same
 * input gives the same result on any machine.
 */
public final class EjectionSearch {

    /**
     * What the search did.
     *
     * @param schedule the assignments after the search (the unscheduled list is empty)
     * @param placed the wanted drills it placed
     * @param moved the other drills it moved to make room
     * @param exchanges how many exchanges it tried
     */
    public record Result(Schedule schedule, List<String> placed, List<String> moved, long exchanges) {
        /**
         * Makes the lists immutable.
         *
         * @param schedule the assignments after the search
         * @param placed the wanted drills it placed, copied
         * @param moved the other drills it moved, copied
         * @param exchanges how many exchanges it tried
         */
        public Result {
            placed = List.copyOf(placed);
            moved = List.copyOf(moved);
        }
    }

    private final DrillProblem problem;
    private final Occupancy occupancy;
    private final Map<String, DrillRequest> drills;
    private final Set<String> fixed;
    private final LocalDate movableFrom;
    private final Map<String, Assignment> booked = new LinkedHashMap<>();
    private long exchanges;

    private EjectionSearch(DrillProblem problem, Schedule current, Collection<String> fixed, LocalDate movableFrom) {
        this.problem = problem;
        this.occupancy = new Occupancy(problem);
        this.drills = problem.drillsById();
        this.fixed = Set.copyOf(fixed);
        this.movableFrom = movableFrom;
        for (Assignment a : current.assignments()) {
            if (drills.containsKey(a.drill())) {
                occupancy.add(a);
                booked.put(a.drill(), a);
            }
        }
    }

    /**
     * Places as many of {@code wanted} as it can around {@code current}.
     *
     * @param problem the problem; {@code current} must keep its rules
     * @param current what is booked
     * @param fixed drills that must not move (held, announced)
     * @param wanted drills to place, each with the first date it may take
     * @param movableFrom the first date a drill moved to make room may take
     * @param maxExchanges the most exchanges to try, over all wanted drills
     * @return the schedule after the search, with the drills it placed and moved; wanted drills
     *     that are unknown, already booked or found no room are in neither list
     */
    public static Result run(DrillProblem problem, Schedule current, Collection<String> fixed,
            Map<String, LocalDate> wanted, LocalDate movableFrom, long maxExchanges) {
        EjectionSearch search = new EjectionSearch(problem, current, fixed, movableFrom);
        List<DrillRequest> todo = new ArrayList<>();
        wanted.keySet().stream().map(search.drills::get).filter(d -> d != null && !search.booked.containsKey(d.id()))
                .forEach(todo::add);
        List<String> placed = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (DrillRequest drill : GreedyPlacement.placementOrder(problem, todo)) {
            LocalDate from = wanted.get(drill.id());
            Optional<Assignment> free = search.occupancy.earliest(drill, from);
            if (free.isPresent()) {
                search.book(free.get());
                placed.add(drill.id());
                continue;
            }
            Optional<String> ejected = search.makeRoom(drill, from, maxExchanges);
            if (ejected.isPresent()) {
                placed.add(drill.id());
                moved.add(ejected.get());
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (DrillRequest d : problem.drills()) {
            Assignment a = search.booked.get(d.id());
            if (a != null) {
                assignments.add(a);
            }
        }
        return new Result(new Schedule(problem.name(), assignments, List.of()), placed,
                moved, search.exchanges);
    }

    /** Places {@code drill} by moving one other drill; returns the id of the one moved. */
    private Optional<String> makeRoom(DrillRequest drill, LocalDate from, long maxExchanges) {
        for (LocalDate date : problem.horizon().dates()) {
            if (date.isBefore(from)) {
                continue;
            }
            for (int slot = 0; slot < problem.horizon().slots().size(); slot++) {
                Occupancy.Attempt attempt = occupancy.attempt(drill, date, slot);
                if (attempt.blocker() == Occupancy.Blocker.OUTSIDE_WINDOW
                        || attempt.blocker() == Occupancy.Blocker.UNIT_CLOSED
                        || attempt.blocker() == Occupancy.Blocker.PREREQUISITE) {
                    continue;
                }
                for (String blocking : blocking(drill, date)) {
                    if (exchanges >= maxExchanges) {
                        return Optional.empty();
                    }
                    exchanges++;
                    if (exchange(drill, date, slot, blocking)) {
                        return Optional.of(blocking);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The movable drills that may stand in the way of {@code drill} on {@code date}: that day at
     * its unit or in its region, or that week guided by a team it could use. Lowest priority
     * first: they are the cheapest to move.
     */
    private List<String> blocking(DrillRequest drill, LocalDate date) {
        int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        Set<String> usable = new HashSet<>();
        drill.teamsPerSkill().keySet().forEach(skill -> occupancy.eligible(drill, skill).forEach(t -> usable.add(t.id())));
        String region = problem.unitsById().get(drill.unit()).region();
        List<DrillRequest> found = new ArrayList<>();
        for (Assignment a : booked.values()) {
            // A team's weekly limit makes drills on other days of the week stand in the way too.
            boolean sameDay = a.date().equals(date);
            if (fixed.contains(a.drill()) || (!sameDay && (a.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week
                    || Math.abs(a.date().toEpochDay() - date.toEpochDay()) > 6))) {
                continue;
            }
            DrillRequest other = drills.get(a.drill());
            boolean sameUnit = sameDay && other.unit().equals(drill.unit());
            boolean sharesTeam = a.teams().stream().map(TeamAssignment::team).anyMatch(usable::contains);
            boolean sameRegion = sameDay && region != null
                    && region.equals(problem.unitsById().get(other.unit()).region());
            if (sameUnit || sharesTeam || sameRegion) {
                found.add(other);
            }
        }
        found.sort(Comparator.comparingInt(DrillRequest::priority).thenComparing(DrillRequest::id));
        return found.stream().map(DrillRequest::id).toList();
    }

    /** Takes {@code blocking} out, places {@code drill}, puts {@code blocking} back; undoes all on failure. */
    private boolean exchange(DrillRequest drill, LocalDate date, int slot, String blocking) {
        Assignment was = booked.get(blocking);
        unbook(blocking);
        Occupancy.Attempt attempt = occupancy.attempt(drill, date, slot);
        if (attempt.placed()) {
            book(attempt.assignment());
            Optional<Assignment> back = putBack(drills.get(blocking), was);
            if (back.isPresent()) {
                book(back.get());
                return true;
            }
            unbook(drill.id());
        }
        book(was);
        return false;
    }

    /** The moved drill on its own date if possible (another slot or crew), else its earliest free slot. */
    private Optional<Assignment> putBack(DrillRequest drill, Assignment was) {
        for (int s = 0; s < problem.horizon().slots().size(); s++) {
            Occupancy.Attempt same = occupancy.attempt(drill, was.date(), s);
            if (same.placed()) {
                return Optional.of(same.assignment());
            }
        }
        LocalDate from = was.date().isAfter(movableFrom) ? was.date() : movableFrom;
        Optional<Assignment> later = occupancy.earliest(drill, from);
        return later.isPresent() ? later : occupancy.earliest(drill, movableFrom);
    }

    private void book(Assignment a) {
        occupancy.add(a);
        booked.put(a.drill(), a);
    }

    private void unbook(String drill) {
        occupancy.remove(drill);
        booked.remove(drill);
    }
}
