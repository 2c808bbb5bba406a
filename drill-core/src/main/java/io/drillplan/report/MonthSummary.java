package io.drillplan.report;

import io.drillplan.changes.DrillCancelled;
import io.drillplan.changes.DrillHeld;
import io.drillplan.changes.DrillNotHeld;
import io.drillplan.changes.MonthChange;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Message;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Unscheduled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statistics of a month that a bureau reports upward, counted from a problem, its schedule
 * and, when given, the changes files saying what happened since: a drill counts as held when the
 * schedule places it, unless a change cancels it or reports it not held; a change reporting it
 * held counts it held even when the schedule left it out. {@link SummaryHtml} renders it, in
 * tables an application can put into a workbook of its own too.
 *
 * @param name the problem's name
 * @param start first day of the month
 * @param end last day
 * @param requested drill requests of the problem
 * @param held drills held
 * @param byType held and not held per exercise type, in the enum's order
 * @param byRegion held and not held per county, grouped by city
 * @param byKind held and not held per kind of unit ({@code ""} when none is given), by code
 * @param bySector held and not held per sector ({@code ""} when none is given), by code
 * @param participants head count of the drills held
 * @param teamsDeployed teams that guided at least one drill held
 * @param teamsTotal teams of the problem
 * @param teamDays distinct (team, date) pairs of the drills held
 * @param deployments team places of the drills held (one team at one drill counts 1)
 * @param chains groups of two or more drills linked by prerequisites
 * @param chainsCompleted chains whose every drill was held
 * @param highRisk per risk level MAJOR and HIGH: its units and those with a drill held
 * @param notHeld the drills not held with their cause and reason, in problem order
 */
public record MonthSummary(
        String name,
        LocalDate start,
        LocalDate end,
        int requested,
        int held,
        Map<ExerciseType, Count> byType,
        List<RegionCount> byRegion,
        Map<String, Count> byKind,
        Map<String, Count> bySector,
        long participants,
        int teamsDeployed,
        int teamsTotal,
        int teamDays,
        int deployments,
        int chains,
        int chainsCompleted,
        Map<String, Coverage> highRisk,
        List<NotHeld> notHeld) {

    /**
     * Copies the collections.
     *
     * @param name the problem's name
     * @param start first day of the month
     * @param end last day
     * @param requested drill requests of the problem
     * @param held drills held
     * @param byType held and not held per exercise type
     * @param byRegion held and not held per county, grouped by city
     * @param byKind held and not held per kind of unit, by code
     * @param bySector held and not held per sector, by code
     * @param participants head count of the drills held
     * @param teamsDeployed teams that guided at least one drill held
     * @param teamsTotal teams of the problem
     * @param teamDays distinct (team, date) pairs of the drills held
     * @param deployments team places of the drills held
     * @param chains groups of two or more drills linked by prerequisites
     * @param chainsCompleted chains whose every drill was held
     * @param highRisk per risk level MAJOR and HIGH: its units and those with a drill held
     * @param notHeld the drills not held with their cause and reason
     */
    public MonthSummary {
        byType = java.util.Collections.unmodifiableMap(new EnumMap<>(byType));
        byRegion = List.copyOf(byRegion);
        byKind = java.util.Collections.unmodifiableMap(new TreeMap<>(byKind));
        bySector = java.util.Collections.unmodifiableMap(new TreeMap<>(bySector));
        highRisk = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(highRisk));
        notHeld = List.copyOf(notHeld);
    }

    /** The risk levels counted as high, as {@link GrassrootsUnit#isHighRisk()} has them. */
    public static final List<String> HIGH_RISK_LEVELS = List.of("MAJOR", "HIGH");

    /**
     * Drills held and not held in one group.
     *
     * @param held drills held
     * @param notHeld drills not held
     * @param participants head count of the drills held
     */
    public record Count(int held, int notHeld, long participants) {
        Count plus(boolean wasHeld, int people) {
            return new Count(held + (wasHeld ? 1 : 0), notHeld + (wasHeld ? 0 : 1), participants + (wasHeld ? people : 0));
        }
    }

    /**
     * One county's drills.
     *
     * @param city the name of the county's parent region, empty for a top-level region
     * @param county the name of the unit's region
     * @param count its drills
     */
    public record RegionCount(String city, String county, Count count) {}

    /**
     * Units of one risk level.
     *
     * @param units units of that level in the problem
     * @param covered those with at least one drill held
     */
    public record Coverage(int units, int covered) {}

    /** Why a drill did not take place. */
    public enum Cause {
        /** The schedule left it out. */
        UNSCHEDULED,
        /** A changes file called it off. */
        CANCELLED,
        /** A changes file reported that it did not take place. */
        NOT_HELD
    }

    /**
     * A drill that did not take place.
     *
     * @param drill the request
     * @param unitName its unit's name, or the unit's id when the unit has no name
     * @param region its unit's region's name
     * @param cause why
     * @param reason the schedule's reason in English, or the source of the changes that say so
     * @param why the schedule's reason as a code and arguments, or {@code null} when the schedule
     *     file gives only the text or the changes say why
     */
    public record NotHeld(DrillRequest drill, String unitName, String region, Cause cause, String reason, Message why) {

        /**
         * The reason in {@code locale}'s language when it has a code, else its text.
         *
         * @param locale the reader's language
         * @return the reason, or {@code null} when none is known
         */
        public String reason(Locale locale) {
            return why == null ? reason : why.text(locale);
        }
    }

    /** {@return the drills not held} */
    public int notHeldCount() {
        return requested - held;
    }

    /** {@return the high-risk units in all} */
    public int highRiskUnits() {
        return highRisk.values().stream().mapToInt(Coverage::units).sum();
    }

    /** {@return the high-risk units with a drill held} */
    public int highRiskCovered() {
        return highRisk.values().stream().mapToInt(Coverage::covered).sum();
    }

    /**
     * What one source (a changes file, a day's report) says happened.
     *
     * @param source where it comes from, as the page names it (a file name)
     * @param changes the changes in the order they happened; only {@link DrillCancelled},
     *     {@link DrillNotHeld} and {@link DrillHeld} count here, the others change the plan, whose
     *     effect reaches the summary through the re-planned schedule
     */
    public record Reported(String source, List<MonthChange> changes) {

        /**
         * Copies the list.
         *
         * @param source where it comes from
         * @param changes the changes in the order they happened
         */
        public Reported {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Counts the month.
     *
     * @param problem the validated problem
     * @param schedule a schedule of it whose references are checked
     * @param reported what happened since the schedule was made, in the order it happened; the
     *     drills the changes name must be drills of {@code problem}
     * @return the statistics
     */
    public static MonthSummary of(DrillProblem problem, Schedule schedule, List<Reported> reported) {
        Map<String, DrillRequest> drills = problem.drillsById();
        Map<String, Assignment> held = new LinkedHashMap<>();
        for (Assignment a : schedule.assignments()) {
            if (drills.containsKey(a.drill())) {
                held.putIfAbsent(a.drill(), a);
            }
        }
        Map<String, Unscheduled> reasons = new HashMap<>();
        for (Unscheduled u : schedule.unscheduled()) {
            if (u.drill() != null && u.reason() != null && !u.reason().isBlank()) {
                reasons.putIfAbsent(u.drill(), u);
            }
        }
        Map<String, NotHeldFact> facts = new HashMap<>();
        for (Reported source : reported) {
            for (MonthChange change : source.changes()) {
                if (change instanceof DrillCancelled c) {
                    held.remove(c.drill());
                    facts.put(c.drill(), new NotHeldFact(Cause.CANCELLED, source.source()));
                } else if (change instanceof DrillNotHeld c) {
                    held.remove(c.drill());
                    facts.put(c.drill(), new NotHeldFact(Cause.NOT_HELD, source.source()));
                } else if (change instanceof DrillHeld c) {
                    Assignment published = held.get(c.drill());
                    held.put(c.drill(), new Assignment(c.drill(), c.date(),
                            c.slot() != null ? c.slot() : published == null ? null : published.slot(), null, null,
                            c.teams() != null ? c.teams() : published == null ? List.of() : published.teams()));
                    facts.remove(c.drill());
                }
            }
        }
        return count(problem, held, reasons, facts);
    }

    private record NotHeldFact(Cause cause, String source) {}

    private static MonthSummary count(DrillProblem problem, Map<String, Assignment> held, Map<String, Unscheduled> reasons,
            Map<String, NotHeldFact> facts) {
        Map<String, GrassrootsUnit> units = problem.unitsById();
        Map<String, Region> regions = problem.regionsById();
        Map<ExerciseType, Count> byType = new EnumMap<>(ExerciseType.class);
        for (ExerciseType t : ExerciseType.values()) {
            byType.put(t, new Count(0, 0, 0));
        }
        Map<List<String>, Count> byRegion = new LinkedHashMap<>();
        Map<String, Count> byKind = new TreeMap<>();
        Map<String, Count> bySector = new TreeMap<>();
        List<NotHeld> notHeld = new ArrayList<>();
        long participants = 0;
        Set<String> coveredUnits = new HashSet<>();
        for (DrillRequest d : problem.drills()) {
            boolean wasHeld = held.containsKey(d.id());
            GrassrootsUnit unit = units.get(d.unit());
            Region region = unit == null ? null : regions.get(unit.region());
            Region city = region == null || region.parent() == null ? null : regions.get(region.parent());
            String county = region == null ? (unit == null ? "" : nz(unit.region())) : nameOf(region);
            byType.merge(d.type(), new Count(0, 0, 0).plus(wasHeld, d.participants()), MonthSummary::sum);
            byRegion.merge(List.of(city == null ? "" : nameOf(city), county),
                    new Count(0, 0, 0).plus(wasHeld, d.participants()), MonthSummary::sum);
            byKind.merge(unit == null ? "" : nz(unit.kind()), new Count(0, 0, 0).plus(wasHeld, d.participants()),
                    MonthSummary::sum);
            bySector.merge(unit == null ? "" : nz(unit.sector()), new Count(0, 0, 0).plus(wasHeld, d.participants()),
                    MonthSummary::sum);
            if (wasHeld) {
                participants += d.participants();
                coveredUnits.add(d.unit());
            } else {
                NotHeldFact fact = facts.get(d.id());
                Cause cause = fact == null ? Cause.UNSCHEDULED : fact.cause();
                Unscheduled left = fact == null ? reasons.get(d.id()) : null;
                String reason = fact != null ? fact.source() : left == null ? null : left.reason();
                notHeld.add(new NotHeld(d, unit == null || unit.name() == null ? d.unit() : unit.name(), county, cause,
                        reason, left == null ? null : left.why()));
            }
        }
        List<RegionCount> regionCounts = new ArrayList<>();
        byRegion.forEach((key, count) -> regionCounts.add(new RegionCount(key.get(0), key.get(1), count)));
        regionCounts.sort(Comparator.comparing(RegionCount::city).thenComparing(RegionCount::county));
        Set<String> teams = new HashSet<>();
        Set<String> teamDays = new HashSet<>();
        int deployments = 0;
        for (Assignment a : held.values()) {
            for (TeamAssignment t : a.teams()) {
                teams.add(t.team());
                teamDays.add(t.team() + "\n" + a.date());
                deployments++;
            }
        }
        Map<String, Coverage> highRisk = new LinkedHashMap<>();
        for (String level : HIGH_RISK_LEVELS) {
            List<GrassrootsUnit> ofLevel = problem.units().stream().filter(u -> level.equals(u.risk())).toList();
            highRisk.put(level, new Coverage(ofLevel.size(),
                    (int) ofLevel.stream().filter(u -> coveredUnits.contains(u.id())).count()));
        }
        List<Set<String>> chains = chains(problem);
        int completed = (int) chains.stream().filter(held.keySet()::containsAll).count();
        return new MonthSummary(problem.name(), problem.horizon().start(), problem.horizon().end(),
                problem.drills().size(), (int) problem.drills().stream().filter(d -> held.containsKey(d.id())).count(),
                byType, regionCounts, byKind, bySector, participants, teams.size(), problem.teams().size(),
                teamDays.size(), deployments, chains.size(), completed, highRisk, notHeld);
    }

    /**
     * Groups of two or more drills connected by prerequisites (a unit's drill-to-exercise sequence).
     *
     * @param problem the problem
     * @return the groups, each in problem order
     */
    public static List<Set<String>> chains(DrillProblem problem) {
        Map<String, String> parent = new HashMap<>();
        problem.drills().forEach(d -> parent.put(d.id(), d.id()));
        for (DrillRequest d : problem.drills()) {
            for (Precedence p : d.after()) {
                if (parent.containsKey(p.drill())) {
                    parent.put(root(parent, d.id()), root(parent, p.drill()));
                }
            }
        }
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (DrillRequest d : problem.drills()) {
            groups.computeIfAbsent(root(parent, d.id()), k -> new java.util.LinkedHashSet<>()).add(d.id());
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    private static Count sum(Count a, Count b) {
        return new Count(a.held() + b.held(), a.notHeld() + b.notHeld(), a.participants() + b.participants());
    }

    private static String nameOf(Region r) {
        return r.name() == null || r.name().isBlank() ? r.id() : r.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
