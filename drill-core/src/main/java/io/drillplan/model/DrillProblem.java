package io.drillplan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A month's drill requests with the teams, units and calendars they depend on: the input of
 * the planner, as in {@code drillplan-problem/1}.
 *
 * <p>A problem is a plain value: it may be inconsistent (unknown ids, cycles). Run
 * {@link ProblemValidator#validate(DrillProblem)} before planning; the planner does so itself.
 *
 * @param name display name
 * @param horizon the dates and slots
 * @param travel travel speed settings
 * @param regions administrative regions
 * @param teams rescue teams
 * @param units grass-roots units
 * @param drills drill requests
 */
public record DrillProblem(
        String name,
        Horizon horizon,
        Travel travel,
        List<Region> regions,
        List<RescueTeam> teams,
        List<GrassrootsUnit> units,
        List<DrillRequest> drills) {

    /**
     * Makes the lists immutable; an absent list is empty and absent travel is the default.
     *
     * @param name display name
     * @param horizon the dates and slots
     * @param travel travel speed settings
     * @param regions administrative regions
     * @param teams rescue teams
     * @param units grass-roots units
     * @param drills drill requests
     */
    public DrillProblem {
        travel = travel == null ? Travel.DEFAULT : travel;
        regions = regions == null ? List.of() : List.copyOf(regions);
        teams = teams == null ? List.of() : List.copyOf(teams);
        units = units == null ? List.of() : List.copyOf(units);
        drills = drills == null ? List.of() : List.copyOf(drills);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding a copy of this problem, to derive a changed problem} */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).horizon(horizon).travel(travel);
        regions.forEach(b::region);
        teams.forEach(b::team);
        units.forEach(b::unit);
        drills.forEach(b::drill);
        return b;
    }

    /**
     * This problem with {@code team} in place of the team with the same id, or added at the end
     * when there is none. For example {@code problem.withTeam(team.withUnavailable(date))} marks a
     * team away.
     *
     * @param team the new or changed team
     * @return the changed problem
     */
    public DrillProblem withTeam(RescueTeam team) {
        return new DrillProblem(name, horizon, travel, regions, replaced(teams, team, RescueTeam::id), units, drills);
    }

    /**
     * This problem with {@code unit} in place of the unit with the same id, or added at the end
     * when there is none.
     *
     * @param unit the new or changed unit
     * @return the changed problem
     */
    public DrillProblem withUnit(GrassrootsUnit unit) {
        return new DrillProblem(name, horizon, travel, regions, teams, replaced(units, unit, GrassrootsUnit::id), drills);
    }

    /**
     * This problem with {@code drill} in place of the request with the same id, or added at the
     * end when there is none.
     *
     * @param drill the new or changed drill request
     * @return the changed problem
     */
    public DrillProblem withDrill(DrillRequest drill) {
        return new DrillProblem(name, horizon, travel, regions, teams, units, replaced(drills, drill, DrillRequest::id));
    }

    /**
     * This problem without the drill request {@code id}, for a drill called off. Requests that
     * name it in {@code after} keep doing so, and {@link ProblemValidator} reports them: whether
     * they may go ahead without it is the caller's decision.
     *
     * @param id the id of a drill of this problem
     * @return the changed problem
     * @throws IllegalArgumentException when the problem has no drill {@code id}
     */
    public DrillProblem withoutDrill(String id) {
        List<DrillRequest> kept = drills.stream().filter(d -> !Objects.equals(d.id(), id)).toList();
        if (kept.size() == drills.size()) {
            throw new IllegalArgumentException("no drill '" + id + "' in problem '" + name + "'");
        }
        return new DrillProblem(name, horizon, travel, regions, teams, units, kept);
    }

    /** {@code items} with every item of {@code item}'s id replaced by it, or with it appended. */
    private static <T> List<T> replaced(List<T> items, T item, Function<T, String> id) {
        Objects.requireNonNull(item);
        String key = id.apply(item);
        List<T> result = new ArrayList<>(items.size() + 1);
        boolean found = false;
        for (T existing : items) {
            if (Objects.equals(id.apply(existing), key)) {
                result.add(item);
                found = true;
            } else {
                result.add(existing);
            }
        }
        if (!found) {
            result.add(item);
        }
        return result;
    }

    /**
     * The team with this id, if any.
     *
     * @param id the team's id
     * @return the first team with that id, or empty
     */
    public Optional<RescueTeam> team(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The unit with this id, if any.
     *
     * @param id the unit's id
     * @return the first unit with that id, or empty
     */
    public Optional<GrassrootsUnit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /**
     * The drill with this id, if any.
     *
     * @param id the drill's id
     * @return the first drill with that id, or empty
     */
    public Optional<DrillRequest> drill(String id) {
        return drills.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The region with this id, if any.
     *
     * @param id the region's id
     * @return the first region with that id, or empty
     */
    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** {@return teams by id; on duplicate ids the first wins (the validator reports duplicates)} */
    public Map<String, RescueTeam> teamsById() {
        return index(teams, RescueTeam::id);
    }

    /** {@return units by id; on duplicate ids the first wins (the validator reports duplicates)} */
    public Map<String, GrassrootsUnit> unitsById() {
        return index(units, GrassrootsUnit::id);
    }

    /** {@return drills by id; on duplicate ids the first wins (the validator reports duplicates)} */
    public Map<String, DrillRequest> drillsById() {
        return index(drills, DrillRequest::id);
    }

    /** {@return regions by id; on duplicate ids the first wins (the validator reports duplicates)} */
    public Map<String, Region> regionsById() {
        return index(regions, Region::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }

    /** Collects the parts of a problem for embedders that build one in code. */
    public static final class Builder {
        private String name = "drill problem";
        private Horizon horizon;
        private Travel travel = Travel.DEFAULT;
        private final List<Region> regions = new ArrayList<>();
        private final List<RescueTeam> teams = new ArrayList<>();
        private final List<GrassrootsUnit> units = new ArrayList<>();
        private final List<DrillRequest> drills = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the display name.
         *
         * @param name the name; "drill problem" when never set
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the horizon (required).
         *
         * @param horizon the dates and slots
         * @return this builder
         */
        public Builder horizon(Horizon horizon) {
            this.horizon = horizon;
            return this;
        }

        /**
         * Sets the travel settings; the default is 40 km/h with a detour factor of 1.3.
         *
         * @param travel speed and detour factor
         * @return this builder
         */
        public Builder travel(Travel travel) {
            this.travel = travel;
            return this;
        }

        /**
         * Adds a region.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            regions.add(Objects.requireNonNull(region, "region"));
            return this;
        }

        /**
         * Adds a rescue team.
         *
         * @param team the team
         * @return this builder
         */
        public Builder team(RescueTeam team) {
            teams.add(Objects.requireNonNull(team, "team"));
            return this;
        }

        /**
         * Adds a grass-roots unit.
         *
         * @param unit the unit
         * @return this builder
         */
        public Builder unit(GrassrootsUnit unit) {
            units.add(Objects.requireNonNull(unit, "unit"));
            return this;
        }

        /**
         * Adds a drill request.
         *
         * @param drill the request
         * @return this builder
         */
        public Builder drill(DrillRequest drill) {
            drills.add(Objects.requireNonNull(drill, "drill"));
            return this;
        }

        /**
         * Removes every drill request, keeping teams, units and regions.
         *
         * @return this builder
         */
        public Builder clearDrills() {
            drills.clear();
            return this;
        }

        /**
         * The problem as built, not validated: call {@link ProblemValidator#validate} to get
         * every inconsistency at once.
         *
         * @return the problem
         * @throws NullPointerException when no horizon was set
         */
        public DrillProblem build() {
            Objects.requireNonNull(horizon, "horizon must be set");
            return new DrillProblem(name, horizon, travel, regions, teams, units, drills);
        }
    }
}
