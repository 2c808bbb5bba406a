package io.drillplan.changes;

import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Message;
import io.drillplan.model.Precedence;
import io.drillplan.model.Problem;
import io.drillplan.model.ProblemValidator;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.Slot;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The month as known on {@code today}: the problem with every change so far, the version of
 * the schedule people were told (with drills held elsewhere than published, and without drills
 * that were not held or were cancelled), and the drills the re-plan must keep as they are.
 * Drills published before {@code today} count as held without being listed in {@code pinned}.
 *
 * @param problem the changed problem
 * @param published the published version, as far as it still stands
 * @param today the day the re-plan starts: nothing moves to or from an earlier date
 * @param pinned drills to keep exactly as in {@code published}: those marked held on or before today
 */
public record ChangedMonth(DrillProblem problem, Schedule published, LocalDate today, Set<String> pinned) {

    /**
     * Makes the pin set immutable.
     *
     * @param problem the changed problem
     * @param published the published version, as far as it still stands
     * @param today the day the re-plan starts
     * @param pinned drills to keep exactly as published
     */
    public ChangedMonth {
        pinned = Set.copyOf(pinned);
    }

    /**
     * The month before any change.
     *
     * @param problem the problem as published
     * @param published the published schedule
     * @param today the day the re-plan starts
     * @return the month with no change applied
     * @throws InvalidChangeException when {@code today} lies outside the problem's horizon
     */
    public static ChangedMonth of(DrillProblem problem, Schedule published, LocalDate today) {
        Horizon h = problem.horizon();
        if (!h.contains(today)) {
            throw new InvalidChangeException(List.of(
                    Problem.of("change.outsideHorizon", "today", String.valueOf(today), today, h.start(), h.end())));
        }
        return new ChangedMonth(problem, published, today, Set.of());
    }

    /**
     * This month with {@code change} applied.
     *
     * @param change what happened
     * @return the changed month
     * @throws InvalidChangeException listing every problem of the change, each with its field
     */
    public ChangedMonth with(MonthChange change) {
        List<Problem> problems = problems(change);
        if (!problems.isEmpty()) {
            throw new InvalidChangeException(problems);
        }
        return apply(change);
    }

    /**
     * This month with {@code changes} applied in order; each is checked against the month left by
     * the ones before it. Problems are listed as {@code changes[i].field}.
     *
     * @param changes what happened, in order
     * @return the changed month
     * @throws InvalidChangeException listing every problem of every change
     */
    public ChangedMonth withAll(List<? extends MonthChange> changes) {
        List<Problem> problems = new ArrayList<>();
        ChangedMonth month = this;
        for (int i = 0; i < changes.size(); i++) {
            List<Problem> own = month.problems(changes.get(i));
            if (own.isEmpty()) {
                month = month.apply(changes.get(i));
            }
            for (Problem p : own) {
                problems.add(new Problem(p.code(), "changes[" + i + "]." + p.path(), p.value(), p.args()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChangeException(problems);
        }
        return month;
    }

    /**
     * Whether {@code drill} counts as held: published before today, or marked held.
     *
     * @param drill a drill id
     * @return true when it is held
     */
    public boolean isHeld(String drill) {
        return published.assignment(drill)
                .map(a -> a.date().isBefore(today) || pinned.contains(drill)).orElse(false);
    }

    // ------------------------------------------------------------------ checks

    /** Every problem of {@code change} against this month, each with its field. */
    List<Problem> problems(MonthChange change) {
        List<Problem> problems = new ArrayList<>();
        if (change instanceof TeamAway c) {
            if (!problem.teamsById().containsKey(c.team())) {
                problems.add(Problem.of("problem.unknownTeam", "team", c.team(), quote(c.team())));
            }
            dates(c.from(), c.to(), problems);
        } else if (change instanceof UnitClosed c) {
            if (!problem.unitsById().containsKey(c.unit())) {
                problems.add(Problem.of("problem.unknownUnit", "unit", c.unit(), quote(c.unit())));
            }
            dates(c.from(), c.to(), problems);
        } else if (change instanceof DrillCancelled c) {
            if (knownDrill(c.drill(), problems)) {
                for (String id : cancelledWith(c.drill())) {
                    if (isHeld(id)) {
                        problems.add(id.equals(c.drill())
                                ? Problem.of("change.cancelHeld", "drill", c.drill(), quote(c.drill()), heldDate(id))
                                : Problem.of("change.cancelHeldLater", "drill", c.drill(), quote(c.drill()), quote(id),
                                        heldDate(id)));
                    }
                }
            }
        } else if (change instanceof DrillAdded c) {
            addedProblems(c.request(), problems);
        } else if (change instanceof DrillHeld c) {
            heldProblems(c, problems);
        } else if (change instanceof DrillNotHeld c) {
            notHeldProblems(c, problems);
        }
        return problems;
    }

    private void dates(LocalDate from, LocalDate to, List<Problem> problems) {
        Horizon h = problem.horizon();
        if (!h.contains(from)) {
            problems.add(Problem.of("change.outsideHorizon", "from", String.valueOf(from), from, h.start(), h.end()));
        }
        if (!h.contains(to)) {
            problems.add(Problem.of("change.outsideHorizon", "to", String.valueOf(to), to, h.start(), h.end()));
        }
        if (to.isBefore(from)) {
            problems.add(Problem.of("change.toBeforeFrom", "to", String.valueOf(to), to, from));
        }
    }

    private boolean knownDrill(String drill, List<Problem> problems) {
        if (!problem.drillsById().containsKey(drill)) {
            problems.add(Problem.of("problem.unknownDrill", "drill", drill, quote(drill)));
            return false;
        }
        return true;
    }

    private void addedProblems(DrillRequest request, List<Problem> problems) {
        if (request.id() != null && problem.drillsById().containsKey(request.id())) {
            problems.add(Problem.of("change.drillExists", "request.id", request.id(), quote(request.id())));
            return;
        }
        DrillProblem withIt = problem.toBuilder().drill(request).build();
        String own = "drills[" + (withIt.drills().size() - 1) + "]";
        for (Problem p : ProblemValidator.problems(withIt)) {
            // Only what the new drill brings: the rest of the problem was valid before.
            if (p.path().startsWith(own)) {
                problems.add(new Problem(p.code(), "request" + p.path().substring(own.length()), p.value(), p.args()));
            } else if (request.id() != null && p.args().contains(quote(request.id()))) {
                problems.add(new Problem(p.code(), "request: " + p.path(), p.value(), p.args()));
            }
        }
        if (problems.isEmpty() && request.windowIn(problem.horizon()).to().isBefore(today)) {
            LocalDate to = request.windowIn(problem.horizon()).to();
            problems.add(Problem.of("change.beforeToday", "request.window.to", String.valueOf(to), to, today));
        }
    }

    private void heldProblems(DrillHeld c, List<Problem> problems) {
        if (!knownDrill(c.drill(), problems)) {
            return;
        }
        Horizon h = problem.horizon();
        if (!h.contains(c.date())) {
            problems.add(Problem.of("change.outsideHorizon", "date", String.valueOf(c.date()), c.date(), h.start(), h.end()));
        } else if (c.date().isAfter(today)) {
            problems.add(Problem.of("change.heldAfterToday", "date", String.valueOf(c.date()), c.date(), today));
        }
        Assignment was = published.assignment(c.drill()).orElse(null);
        if (c.slot() == null && was == null) {
            problems.add(Problem.of("change.slotMissing", "slot", null, quote(c.drill())));
        } else if (c.slot() != null && h.slotIndex(c.slot()) < 0) {
            problems.add(Problem.of("problem.unknownSlot", "slot", c.slot(), quote(c.slot())));
        }
        if (c.teams() == null && was == null) {
            problems.add(Problem.of("change.teamsMissing", "teams", null, quote(c.drill())));
        }
        if (c.teams() != null) {
            Map<String, RescueTeam> teams = problem.teamsById();
            for (int i = 0; i < c.teams().size(); i++) {
                TeamAssignment t = c.teams().get(i);
                if (!teams.containsKey(t.team())) {
                    problems.add(Problem.of("problem.unknownTeam", "teams[" + i + "].team", t.team(), quote(t.team())));
                } else if (t.skill() == null || !teams.get(t.team()).skills().contains(t.skill())) {
                    problems.add(Problem.of("change.teamLacksSkill", "teams[" + i + "].skill", t.skill(), quote(t.team()),
                            quote(t.skill())));
                }
            }
        }
    }

    private void notHeldProblems(DrillNotHeld c, List<Problem> problems) {
        if (!knownDrill(c.drill(), problems)) {
            return;
        }
        Assignment was = published.assignment(c.drill()).orElse(null);
        if (was == null) {
            problems.add(Problem.of("change.notPublished", "drill", c.drill(), quote(c.drill())));
            return;
        }
        if (was.date().isAfter(today)) {
            problems.add(Problem.of("change.notHeldInFuture", "drill", c.drill(), quote(c.drill()), was.date(), today));
            return;
        }
        for (DrillRequest d : problem.drills()) {
            for (Precedence p : d.after()) {
                if (p.drill().equals(c.drill()) && isHeld(d.id())) {
                    problems.add(Problem.of("change.prerequisiteOfHeld", "drill", c.drill(), quote(c.drill()),
                            quote(d.id()), heldDate(d.id())));
                }
            }
        }
    }

    private LocalDate heldDate(String drill) {
        return published.assignment(drill).map(Assignment::date).orElse(null);
    }

    private static String quote(String value) {
        return value == null ? "null" : "'" + value + "'";
    }

    // ------------------------------------------------------------------ applying

    private ChangedMonth apply(MonthChange change) {
        if (change instanceof TeamAway c) {
            DrillProblem.Builder b = rebuilt(problem.teams().stream().map(t -> !t.id().equals(c.team())
                    ? t : new RescueTeam(t.id(), t.name(), t.kind(), t.skills(), t.base(), t.region(),
                            t.serviceRadiusKm(), t.maxDrillsPerDay(), t.maxDrillsPerWeek(),
                            plus(t.unavailable(), c.from(), c.to()))).toList(), problem.units());
            problem.drills().forEach(b::drill);
            return new ChangedMonth(b.build(), published, today, pinned);
        }
        if (change instanceof UnitClosed c) {
            DrillProblem.Builder b = rebuilt(problem.teams(), problem.units().stream().map(u -> !u.id().equals(c.unit())
                    ? u : new GrassrootsUnit(u.id(), u.name(), u.kind(), u.sector(), u.risk(), u.region(),
                            u.location(), u.weekends(), plus(u.unavailable(), c.from(), c.to()))).toList());
            problem.drills().forEach(b::drill);
            return new ChangedMonth(b.build(), published, today, pinned);
        }
        if (change instanceof DrillCancelled c) {
            Set<String> gone = cancelledWith(c.drill());
            DrillProblem.Builder b = rebuilt(problem.teams(), problem.units());
            problem.drills().stream().filter(d -> !gone.contains(d.id())).forEach(b::drill);
            Set<String> pins = new LinkedHashSet<>(pinned);
            pins.removeAll(gone);
            return new ChangedMonth(b.build(), without(gone, null), today, pins);
        }
        if (change instanceof DrillAdded c) {
            List<Unscheduled> unscheduled = new ArrayList<>(published.unscheduled());
            unscheduled.add(Unscheduled.of(c.request().id(), Message.of("reason.addedAfterPublication")));
            return new ChangedMonth(problem.toBuilder().drill(c.request()).build(),
                    published.withDrills(published.assignments(), unscheduled), today, pinned);
        }
        if (change instanceof DrillHeld c) {
            Assignment was = published.assignment(c.drill()).orElse(null);
            String slot = c.slot() != null ? c.slot() : was.slot();
            List<TeamAssignment> teams = c.teams() != null ? c.teams() : was.teams();
            List<Slot> slots = problem.horizon().slots();
            int first = problem.horizon().slotIndex(slot);
            int duration = problem.drillsById().get(c.drill()).durationSlots();
            Assignment held = new Assignment(c.drill(), c.date(), slot, slots.get(first).start(),
                    slots.get(Math.min(slots.size() - 1, first + duration - 1)).end(), teams);
            Schedule rest = without(c.drill(), null);
            List<Assignment> assignments = new ArrayList<>(rest.assignments());
            assignments.add(held);
            Set<String> pins = new LinkedHashSet<>(pinned);
            pins.add(c.drill());
            return new ChangedMonth(problem, rest.withDrills(assignments, rest.unscheduled()), today, pins);
        }
        DrillNotHeld c = (DrillNotHeld) change;
        return new ChangedMonth(problem, without(c.drill(), Message.of("reason.notHeld")), today,
                minus(pinned, c.drill()));
    }

    private DrillProblem.Builder rebuilt(List<RescueTeam> teams, List<GrassrootsUnit> units) {
        DrillProblem.Builder b = DrillProblem.builder().name(problem.name()).horizon(problem.horizon())
                .travel(problem.travel());
        problem.regions().forEach(b::region);
        teams.forEach(b::team);
        units.forEach(b::unit);
        return b;
    }

    /** {@code dates} plus the days from {@code from} to {@code to}, ignoring those before today. */
    private Set<LocalDate> plus(Set<LocalDate> dates, LocalDate from, LocalDate to) {
        Set<LocalDate> all = new TreeSet<>(dates);
        for (LocalDate d = from.isBefore(today) ? today : from; !d.isAfter(to); d = d.plusDays(1)) {
            all.add(d);
        }
        return all;
    }

    /**
     * What cancelling {@code drill} takes out of the month: the drill and every drill that must
     * come after it, directly or through other drills. Rule 9: a drill whose prerequisite cannot be
     * held cannot be held either, so a chain's later steps go with an earlier one.
     *
     * @param drill a drill id of this month's problem
     * @return the drill and its followers, in the problem's order of drills (empty for an unknown id)
     */
    public Set<String> cancelledWith(String drill) {
        Set<String> gone = new LinkedHashSet<>();
        if (!problem.drillsById().containsKey(drill)) {
            return gone;
        }
        gone.add(drill);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (DrillRequest d : problem.drills()) {
                if (!gone.contains(d.id()) && d.after().stream().anyMatch(p -> gone.contains(p.drill()))) {
                    grew = gone.add(d.id()) || grew;
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        problem.drills().stream().map(DrillRequest::id).filter(gone::contains).forEach(ordered::add);
        return ordered;
    }

    /** The published version without {@code drill}; listed as unscheduled with {@code reason} unless null. */
    private Schedule without(String drill, Message reason) {
        return without(Set.of(drill), reason);
    }

    /** The published version without {@code drills}; each listed as unscheduled with {@code reason} unless null. */
    private Schedule without(Set<String> drills, Message reason) {
        List<Assignment> assignments = published.assignments().stream().filter(a -> !drills.contains(a.drill())).toList();
        List<Unscheduled> unscheduled = new ArrayList<>(
                published.unscheduled().stream().filter(u -> !drills.contains(u.drill())).toList());
        if (reason != null) {
            drills.forEach(drill -> unscheduled.add(Unscheduled.of(drill, reason)));
        }
        return published.withDrills(assignments, unscheduled);
    }

    private static Set<String> minus(Set<String> set, String item) {
        Set<String> copy = new LinkedHashSet<>(set);
        copy.remove(item);
        return copy;
    }
}
