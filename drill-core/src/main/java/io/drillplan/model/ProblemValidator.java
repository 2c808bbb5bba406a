package io.drillplan.model;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Checks a {@link DrillProblem} for everything that would make planning meaningless: missing or
 * duplicate ids, references to nothing, cycles, impossible calendars and out-of-range numbers.
 *
 * <p>It reports every problem at once, in input order, each as a path and a message quoting the
 * bad value, for example {@code drills[3].unit: unknown unit 'U9'}, so that a planner can fix a
 * hand-written file in one pass. It never throws on a malformed problem (nulls included) other
 * than {@link InvalidProblemException} from {@link #validate(DrillProblem)}.
 */
public final class ProblemValidator {

    private final List<Problem> problems = new ArrayList<>();

    private ProblemValidator() {}

    /**
     * Every problem of {@code problem}, in input order; empty when the problem is valid.
     *
     * @param problem the problem to check, may be {@code null}
     * @return every problem with its path, value, code and arguments
     */
    public static List<Problem> problems(DrillProblem problem) {
        ProblemValidator validator = new ProblemValidator();
        validator.check(problem);
        return List.copyOf(validator.problems);
    }

    /**
     * Throws when {@code problem} has any problem.
     *
     * @param problem the problem to check, may be {@code null}
     * @throws InvalidProblemException listing every problem found
     */
    public static void validate(DrillProblem problem) {
        List<Problem> found = problems(problem);
        if (!found.isEmpty()) {
            throw new InvalidProblemException(found);
        }
    }

    /**
     * {@code team} once every field is checked on its own, without the problem around it
     * (regions are not looked up): what {@link RescueTeam.Builder#build()} does.
     *
     * @throws InvalidProblemException listing every problem found
     */
    static RescueTeam checked(RescueTeam team) {
        return checked(team, "team", team.id(), (v, path) -> v.checkTeam(path, team, null));
    }

    /** {@code unit} once checked on its own (regions are not looked up): what its builder does. */
    static GrassrootsUnit checked(GrassrootsUnit unit) {
        return checked(unit, "unit", unit.id(), (v, path) -> v.checkUnit(path, unit, null));
    }

    /**
     * {@code drill} once checked on its own (its unit, prerequisites and the horizon are not
     * looked up): what its builder does.
     */
    static DrillRequest checked(DrillRequest drill) {
        return checked(drill, "drill", drill.id(), (v, path) -> v.checkDrill(path, 0, drill, null));
    }

    private static <T> T checked(T item, String what, String id, BiConsumer<ProblemValidator, String> check) {
        String path = itemPath(what, id);
        ProblemValidator validator = new ProblemValidator();
        validator.requireText(path + ".id", id, "term." + what + "Id");
        check.accept(validator, path);
        if (!validator.problems.isEmpty()) {
            throw new InvalidProblemException(validator.problems);
        }
        return item;
    }

    /** Where a problem of an item built on its own is reported: {@code team 'T1'}, or {@code team} without an id. */
    private static String itemPath(String what, String id) {
        return id == null || id.isBlank() ? what : what + " " + quote(id);
    }

    /** Records a problem; {@code args} are the values its text names, {@code value} the offending one. */
    private void report(String path, String code, Object value, Object... args) {
        problems.add(Problem.of("problem." + code, path, value == null ? null : String.valueOf(value), args));
    }

    private void check(DrillProblem p) {
        if (p == null) {
            report("problem", "missingProblem", null);
            return;
        }
        requireText("name", p.name(), "term.problemName");
        checkCount("regions", p.regions().size(), ProblemLimits.MAX_REGIONS, "term.regions");
        checkCount("teams", p.teams().size(), ProblemLimits.MAX_TEAMS, "term.teams");
        checkCount("units", p.units().size(), ProblemLimits.MAX_UNITS, "term.units");
        checkCount("drills", p.drills().size(), ProblemLimits.MAX_DRILLS, "term.drills");
        checkHorizon(p.horizon());
        checkTravel(p.travel());
        Map<String, Integer> regionIndex = firstIndexById(p.regions(), Region::id);
        Map<Integer, String> regionCycles = regionCycles(p.regions(), regionIndex);
        checkRegions(p.regions(), regionIndex, regionCycles);
        checkTeams(p.teams(), regionIndex);
        Map<String, Integer> unitIndex = firstIndexById(p.units(), GrassrootsUnit::id);
        checkUnits(p.units(), regionIndex);
        checkDrills(p, unitIndex);
    }

    // ---------------------------------------------------------------- horizon and travel

    private void checkHorizon(Horizon h) {
        if (h == null) {
            report("horizon", "missingHorizon", null);
            return;
        }
        if (h.start() == null) {
            report("horizon.start", "missingStartDate", null);
        }
        if (h.end() == null) {
            report("horizon.end", "missingEndDate", null);
        }
        if (h.start() != null && h.end() != null && h.end().isBefore(h.start())) {
            report("horizon.end", "endBeforeStart", h.end(), h.end(), h.start());
        } else if (h.start() != null && h.end() != null
                && ChronoUnit.DAYS.between(h.start(), h.end()) >= ProblemLimits.MAX_HORIZON_DAYS) {
            report("horizon.end", "horizonTooLong", h.end(), h.start(), h.end(),
                    ChronoUnit.DAYS.between(h.start(), h.end()) + 1, ProblemLimits.MAX_HORIZON_DAYS);
        }
        checkCount("horizon.slots", h.slots().size(), ProblemLimits.MAX_SLOTS_PER_DAY, "term.slots");
        Map<String, Integer> seen = new HashMap<>();
        Slot previous = null;
        for (int i = 0; i < h.slots().size(); i++) {
            Slot s = h.slots().get(i);
            String path = "horizon.slots[" + i + "]";
            checkId(path, s.id(), "slot", seen, i, "horizon.slots");
            if (s.start() == null) {
                report(path + ".start", "missingStartTime", null);
            }
            if (s.end() == null) {
                report(path + ".end", "missingEndTime", null);
            }
            if (s.start() == null || s.end() == null) {
                continue;
            }
            if (!s.start().isBefore(s.end())) {
                report(path + ".end", "slotEndsBeforeStart", s.end(), quote(s.id()), s.end(), s.start());
            }
            if (previous != null) {
                if (s.start().isBefore(previous.start())) {
                    report(path + ".start", "slotsOutOfOrder", s.start(), quote(s.id()), s.start(), quote(previous.id()),
                            previous.start());
                } else if (s.start().isBefore(previous.end())) {
                    report(path + ".start", "slotsOverlap", s.start(), quote(s.id()), s.start(), quote(previous.id()),
                            previous.end());
                }
            }
            previous = s;
        }
    }

    private void checkTravel(Travel t) {
        if (t == null) {
            return; // DrillProblem replaces an absent travel by the default
        }
        if (!Double.isFinite(t.speedKmh()) || t.speedKmh() <= 0) {
            report("travel.speedKmh", "speedNotPositive", t.speedKmh(), t.speedKmh());
        } else if (t.speedKmh() > ProblemLimits.MAX_SPEED_KMH) {
            report("travel.speedKmh", "speedTooHigh", t.speedKmh(), t.speedKmh(), ProblemLimits.MAX_SPEED_KMH);
        }
        if (!Double.isFinite(t.detourFactor()) || t.detourFactor() < 1) {
            report("travel.detourFactor", "detourTooLow", t.detourFactor(), t.detourFactor());
        } else if (t.detourFactor() > ProblemLimits.MAX_DETOUR_FACTOR) {
            report("travel.detourFactor", "detourTooHigh", t.detourFactor(), t.detourFactor(),
                    ProblemLimits.MAX_DETOUR_FACTOR);
        }
    }

    // ---------------------------------------------------------------- regions

    private void checkRegions(List<Region> regions, Map<String, Integer> index, Map<Integer, String> cycles) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            String path = "regions[" + i + "]";
            checkId(path, r.id(), "region", seen, i, "regions");
            requireText(path + ".name", r.name(), "term.name");
            checkReference(path + ".parent", r.parent());
            if (r.parent() != null) {
                if (!index.containsKey(r.parent())) {
                    report(path + ".parent", "unknownRegion", r.parent(), quote(r.parent()));
                } else if (r.parent().equals(r.id())) {
                    report(path + ".parent", "ownParent", r.parent(), quote(r.id()));
                } else if (cycles.containsKey(i)) {
                    report(path + ".parent", "regionCycle", r.parent(), cycles.get(i));
                }
            }
            if (r.maxDrillsPerDay() != null) {
                checkRange(path + ".maxDrillsPerDay", r.maxDrillsPerDay(), 0, ProblemLimits.MAX_REGION_DRILLS_PER_DAY);
            }
        }
    }

    /**
     * Parent cycles of two or more regions, keyed by the input index of the first region of each
     * cycle, so that each cycle is reported once, at its earliest region.
     */
    private static Map<Integer, String> regionCycles(List<Region> regions, Map<String, Integer> index) {
        Map<Integer, String> cycles = new HashMap<>();
        // 0 = unvisited, 1 = on the current walk, 2 = done
        int[] state = new int[regions.size()];
        for (int start = 0; start < regions.size(); start++) {
            List<Integer> walk = new ArrayList<>();
            int at = start;
            while (at >= 0 && state[at] == 0) {
                state[at] = 1;
                walk.add(at);
                at = parentIndex(regions, index, at);
            }
            if (at >= 0 && state[at] == 1) {
                List<Integer> cycle = walk.subList(walk.indexOf(at), walk.size());
                if (cycle.size() > 1) {
                    int first = cycle.stream().min(Integer::compare).orElseThrow();
                    int offset = cycle.indexOf(first);
                    StringBuilder text = new StringBuilder();
                    for (int k = 0; k <= cycle.size(); k++) {
                        if (k > 0) {
                            text.append(" -> ");
                        }
                        text.append(Excerpt.of(regions.get(cycle.get((offset + k) % cycle.size())).id()));
                    }
                    cycles.put(first, text.toString());
                }
            }
            for (int w : walk) {
                state[w] = 2;
            }
        }
        return cycles;
    }

    private static int parentIndex(List<Region> regions, Map<String, Integer> index, int at) {
        String parent = regions.get(at).parent();
        if (parent == null) {
            return -1;
        }
        Integer i = index.get(parent);
        return i == null ? -1 : i;
    }

    // ---------------------------------------------------------------- teams and units

    private void checkTeams(List<RescueTeam> teams, Map<String, Integer> regionIndex) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            String path = "teams[" + i + "]";
            checkId(path, teams.get(i).id(), "team", seen, i, "teams");
            checkTeam(path, teams.get(i), regionIndex);
        }
    }

    /** Everything but the id; {@code regionIndex} null checks the team on its own, without references. */
    private void checkTeam(String path, RescueTeam t, Map<String, Integer> regionIndex) {
        requireText(path + ".name", t.name(), "term.name");
        checkOptionalText(path + ".kind", t.kind());
        if (t.skills().isEmpty()) {
            report(path + ".skills", "noSkills", null);
        }
        // Sorted so that several blank skills are reported in a stable order.
        for (String skill : new TreeSet<>(t.skills())) {
            if (skill.isBlank()) {
                report(path + ".skills", "blank", skill, "term.skill", quote(skill));
            } else {
                checkText(path + ".skills", skill, ProblemLimits.MAX_TEXT_LENGTH, "term.skill");
            }
        }
        checkPoint(path + ".base", t.base(), "term.base");
        checkReference(path + ".region", t.region());
        if (regionIndex != null && t.region() != null && !regionIndex.containsKey(t.region())) {
            report(path + ".region", "unknownRegion", t.region(), quote(t.region()));
        }
        Double radius = t.serviceRadiusKm();
        if (radius != null && (radius.isNaN() || radius < 0)) {
            report(path + ".serviceRadiusKm", "radiusNegative", radius, radius);
        } else if (radius != null && radius > ProblemLimits.MAX_SERVICE_RADIUS_KM) {
            report(path + ".serviceRadiusKm", "radiusTooLarge", radius, radius, ProblemLimits.MAX_SERVICE_RADIUS_KM);
        }
        checkRange(path + ".maxDrillsPerDay", t.maxDrillsPerDay(), 1, ProblemLimits.MAX_TEAM_DRILLS_PER_DAY);
        checkRange(path + ".maxDrillsPerWeek", t.maxDrillsPerWeek(), 1, ProblemLimits.MAX_TEAM_DRILLS_PER_WEEK);
    }

    private void checkUnits(List<GrassrootsUnit> units, Map<String, Integer> regionIndex) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            String path = "units[" + i + "]";
            checkId(path, units.get(i).id(), "unit", seen, i, "units");
            checkUnit(path, units.get(i), regionIndex);
        }
    }

    /** Everything but the id; {@code regionIndex} null checks the unit on its own, without references. */
    private void checkUnit(String path, GrassrootsUnit u, Map<String, Integer> regionIndex) {
        requireText(path + ".name", u.name(), "term.name");
        checkOptionalText(path + ".kind", u.kind());
        checkOptionalText(path + ".sector", u.sector());
        checkOptionalText(path + ".risk", u.risk());
        checkReference(path + ".region", u.region());
        if (u.region() == null) {
            report(path + ".region", "missing", null, "term.region");
        } else if (regionIndex != null && !regionIndex.containsKey(u.region())) {
            report(path + ".region", "unknownRegion", u.region(), quote(u.region()));
        }
        checkPoint(path + ".location", u.location(), "term.location");
    }

    private void checkPoint(String path, GeoPoint point, String what) {
        if (point == null) {
            report(path, "missing", null, what);
            return;
        }
        if (!Double.isFinite(point.lat()) || point.lat() < -90 || point.lat() > 90) {
            report(path + ".lat", "latitudeOutside", point.lat(), point.lat());
        }
        if (!Double.isFinite(point.lon()) || point.lon() < -180 || point.lon() > 180) {
            report(path + ".lon", "longitudeOutside", point.lon(), point.lon());
        }
    }

    // ---------------------------------------------------------------- drills

    private void checkDrills(DrillProblem p, Map<String, Integer> unitIndex) {
        List<DrillRequest> drills = p.drills();
        Map<String, Integer> drillIndex = firstIndexById(drills, DrillRequest::id);
        Context context = new Context(unitIndex, drillIndex, precedenceCycles(drills, drillIndex), p.horizon());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < drills.size(); i++) {
            String path = "drills[" + i + "]";
            checkId(path, drills.get(i).id(), "drill", seen, i, "drills");
            checkDrill(path, i, drills.get(i), context);
        }
    }

    /**
     * What a drill's references are checked against: the problem's units, drills, precedence
     * cycles and horizon.
     */
    private record Context(Map<String, Integer> unitIndex, Map<String, Integer> drillIndex,
            Map<String, String> cycles, Horizon horizon) {}

    /**
     * Everything but the id; {@code context} null checks the drill on its own: no unit, drill or
     * horizon to look up.
     */
    private void checkDrill(String path, int i, DrillRequest d, Context context) {
        Horizon h = context == null ? null : context.horizon();
        int slotsPerDay = h == null ? -1 : h.slots().size();
        checkReference(path + ".unit", d.unit());
        checkOptionalText(path + ".scenario", d.scenario());
        if (d.unit() == null) {
            report(path + ".unit", "missing", null, "term.unit");
        } else if (context != null && !context.unitIndex().containsKey(d.unit())) {
            report(path + ".unit", "unknownUnit", d.unit(), quote(d.unit()));
        }
        if (d.type() == null) {
            report(path + ".type", "missing", null, "term.exerciseType");
        }
        if (d.durationSlots() < 1) {
            report(path + ".durationSlots", "lessThan", d.durationSlots(), d.durationSlots(), 1);
        } else if (slotsPerDay > 0 && d.durationSlots() > slotsPerDay) {
            report(path + ".durationSlots", "longerThanDay", d.durationSlots(), d.durationSlots(), slotsPerDay);
        }
        long seats = 0;
        for (int r = 0; r < d.roles().size(); r++) {
            Role role = d.roles().get(r);
            String rolePath = path + ".roles[" + r + "]";
            requireText(rolePath + ".skill", role.skill(), "term.skill");
            checkRange(rolePath + ".count", role.count(), 1, ProblemLimits.MAX_TEAMS_PER_DRILL);
            seats += Math.max(0, role.count());
        }
        if (seats > ProblemLimits.MAX_TEAMS_PER_DRILL && d.roles().size() > 1) {
            report(path + ".roles", "tooManySeats", seats, seats, ProblemLimits.MAX_TEAMS_PER_DRILL);
        }
        checkCount(path + ".after", d.after().size(), ProblemLimits.MAX_PREREQUISITES, "term.prerequisites");
        checkWindow(path + ".window", d.window(), h);
        for (int a = 0; a < d.after().size(); a++) {
            Precedence before = d.after().get(a);
            String afterPath = path + ".after[" + a + "]";
            checkReference(afterPath + ".drill", before.drill());
            if (before.drill() == null) {
                report(afterPath + ".drill", "missing", null, "term.drill");
            } else if (context != null && !context.drillIndex().containsKey(before.drill())) {
                report(afterPath + ".drill", "unknownDrill", before.drill(), quote(before.drill()));
            } else if (before.drill().equals(d.id())) {
                report(afterPath + ".drill", "afterItself", before.drill(), quote(d.id()));
            } else if (context != null && context.cycles().containsKey(i + "/" + a)) {
                report(afterPath + ".drill", "precedenceCycle", before.drill(), context.cycles().get(i + "/" + a));
            }
            checkRange(afterPath + ".minDays", before.minDays(), 0, ProblemLimits.MAX_MIN_DAYS);
        }
        if (d.priority() < 1 || d.priority() > 5) {
            report(path + ".priority", "priorityOutside", d.priority(), d.priority());
        }
        checkRange(path + ".participants", d.participants(), 0, ProblemLimits.MAX_PARTICIPANTS);
    }

    private void checkWindow(String path, DateWindow w, Horizon h) {
        if (w == null) {
            return; // the whole horizon
        }
        if (w.from() == null) {
            report(path + ".from", "missing", null, "term.date");
        }
        if (w.to() == null) {
            report(path + ".to", "missing", null, "term.date");
        }
        if (w.from() == null || w.to() == null) {
            return;
        }
        if (w.from().isAfter(w.to())) {
            report(path, "fromAfterTo", w.from(), w.from(), w.to());
            return;
        }
        if (h == null || h.start() == null || h.end() == null || h.end().isBefore(h.start())) {
            return;
        }
        // A window reaching past the horizon is harmless; one with no day in it leaves nothing.
        if (w.to().isBefore(h.start()) || w.from().isAfter(h.end())) {
            report(path, "windowOutside", w.from() + ".." + w.to(), w.from(), w.to(), h.start(), h.end());
        }
    }

    /**
     * One cycle per strongly connected group of drills linked by {@code after} entries (self
     * references are reported on their own), keyed by {@code "drillIndex/afterIndex"} of the
     * entry where the cycle is reported: the first edge of the cycle that starts at the group's
     * earliest drill.
     */
    private static Map<String, String> precedenceCycles(List<DrillRequest> drills, Map<String, Integer> index) {
        int n = drills.size();
        List<List<int[]>> edges = new ArrayList<>(n); // {afterIndex, targetDrillIndex}
        for (int i = 0; i < n; i++) {
            List<int[]> out = new ArrayList<>();
            DrillRequest d = drills.get(i);
            // Only the first drill with an id takes part: a duplicate is reported as such.
            if (d.id() != null && Integer.valueOf(i).equals(index.get(d.id()))) {
                for (int a = 0; a < d.after().size(); a++) {
                    Integer target = index.get(d.after().get(a).drill());
                    if (target != null && target != i) {
                        out.add(new int[] {a, target});
                    }
                }
            }
            edges.add(out);
        }
        int[] component = new StronglyConnected(edges).components();
        Map<String, String> cycles = new HashMap<>();
        Set<Integer> reported = new TreeSet<>();
        for (int start = 0; start < n; start++) {
            int group = component[start];
            if (reported.contains(group)) {
                continue;
            }
            List<int[]> path = cycleThrough(start, edges, component);
            if (path == null) {
                continue;
            }
            reported.add(group);
            StringBuilder text = new StringBuilder(Excerpt.of(drills.get(start).id()));
            for (int[] step : path) {
                text.append(" -> ").append(Excerpt.of(drills.get(step[2]).id()));
            }
            cycles.put(start + "/" + path.get(0)[1], text.toString());
        }
        return cycles;
    }

    /**
     * A shortest cycle from {@code start} back to it inside its group, as steps
     * {@code {fromDrill, afterIndex, toDrill}}, or {@code null} when the drill is on no cycle.
     */
    private static List<int[]> cycleThrough(int start, List<List<int[]>> edges, int[] component) {
        int n = edges.size();
        int[][] via = new int[n][];
        List<Integer> queue = new ArrayList<>();
        queue.add(start);
        for (int q = 0; q < queue.size(); q++) {
            int from = queue.get(q);
            for (int[] e : edges.get(from)) {
                int to = e[1];
                if (component[to] != component[start]) {
                    continue;
                }
                if (to == start) {
                    List<int[]> steps = new ArrayList<>();
                    steps.add(new int[] {from, e[0], to});
                    for (int at = from; at != start; at = via[at][0]) {
                        steps.add(0, via[at]);
                    }
                    return steps;
                }
                if (via[to] == null) {
                    via[to] = new int[] {from, e[0], to};
                    queue.add(to);
                }
            }
        }
        return null;
    }

    /** Tarjan's algorithm, iterative so that a long chain of drills cannot overflow the stack. */
    private static final class StronglyConnected {
        private final List<List<int[]>> edges;
        private final int[] order;
        private final int[] low;
        private final int[] component;
        private final boolean[] onStack;
        private final int[] stack;
        private int stackSize;
        private int counter;
        private int components;

        StronglyConnected(List<List<int[]>> edges) {
            this.edges = edges;
            int n = edges.size();
            order = new int[n];
            low = new int[n];
            component = new int[n];
            onStack = new boolean[n];
            stack = new int[n];
            Arrays.fill(order, -1);
        }

        int[] components() {
            int n = edges.size();
            int[] edgeCursor = new int[n];
            int[] callStack = new int[n];
            for (int root = 0; root < n; root++) {
                if (order[root] >= 0) {
                    continue;
                }
                int depth = 0;
                callStack[depth++] = root;
                enter(root);
                while (depth > 0) {
                    int v = callStack[depth - 1];
                    List<int[]> out = edges.get(v);
                    if (edgeCursor[v] < out.size()) {
                        int w = out.get(edgeCursor[v]++)[1];
                        if (order[w] < 0) {
                            enter(w);
                            callStack[depth++] = w;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                    } else {
                        depth--;
                        if (depth > 0) {
                            int parent = callStack[depth - 1];
                            low[parent] = Math.min(low[parent], low[v]);
                        }
                        if (low[v] == order[v]) {
                            int w;
                            do {
                                w = stack[--stackSize];
                                onStack[w] = false;
                                component[w] = components;
                            } while (w != v);
                            components++;
                        }
                    }
                }
            }
            return component;
        }

        private void enter(int v) {
            order[v] = counter;
            low[v] = counter;
            counter++;
            stack[stackSize++] = v;
            onStack[v] = true;
        }
    }

    // ---------------------------------------------------------------- shared checks

    private void checkId(String path, String id, String what, Map<String, Integer> seen, int index, String list) {
        if (id == null) {
            report(path + ".id", "missing", null, "term." + what + "Id");
        } else if (id.isBlank()) {
            report(path + ".id", "blank", id, "term." + what + "Id", quote(id));
        } else if (checkText(path + ".id", id, ProblemLimits.MAX_ID_LENGTH, "term." + what + "Id")) {
            Integer first = seen.putIfAbsent(id, index);
            if (first != null) {
                report(path + ".id", "duplicateId", id, "term." + what + "Id", quote(id), list + "[" + first + "]");
            }
        }
    }

    private void requireText(String path, String value, String what) {
        if (value == null) {
            report(path, "missing", null, what);
        } else if (value.isBlank()) {
            report(path, "blank", value, what, quote(value));
        } else {
            checkText(path, value, ProblemLimits.MAX_TEXT_LENGTH, what);
        }
    }

    private void checkOptionalText(String path, String value) {
        if (value != null) {
            checkText(path, value, ProblemLimits.MAX_TEXT_LENGTH, "term.text");
        }
    }

    /** A reference to an id: too long or unprintable, it is reported here rather than as unknown. */
    private void checkReference(String path, String value) {
        if (value != null) {
            checkText(path, value, ProblemLimits.MAX_ID_LENGTH, "term.id");
        }
    }

    /**
     * Whether {@code value} is valid Unicode of at most {@code max} characters without control
     * characters; reports it when it is not. An unpaired surrogate would be written as '?' and no
     * longer match itself when read back.
     */
    private boolean checkText(String path, String value, int max, String what) {
        int bad = Excerpt.unpairedSurrogate(value);
        if (bad >= 0) {
            report(path, "unpairedSurrogate", value, what, quote(value),
                    String.format(Locale.ROOT, "U+%04X", (int) value.charAt(bad)), bad + 1);
            return false;
        }
        if (Excerpt.hasControl(value)) {
            report(path, "controlCharacter", value, what, quote(value));
            return false;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            report(path, "textTooLong", value, what, quote(value), length, max);
            return false;
        }
        return true;
    }

    private void checkRange(String path, long value, long min, long max) {
        if (value < min) {
            if (min == 0) {
                report(path, "negative", value, value);
            } else {
                report(path, "lessThan", value, value, min);
            }
        } else if (value > max) {
            report(path, "moreThan", value, value, max);
        }
    }

    private void checkCount(String path, int count, int max, String what) {
        if (count > max) {
            report(path, "tooMany", count, count, what, max);
        }
    }

    private static <T> Map<String, Integer> firstIndexById(List<T> items, Function<T, String> id) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            if (key != null) {
                index.putIfAbsent(key, i);
            }
        }
        return index;
    }

    private static String quote(String value) {
        return Excerpt.quote(value);
    }
}
