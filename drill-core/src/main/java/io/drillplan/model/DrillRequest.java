package io.drillplan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A drill a grass-roots unit asks for.
 *
 * @param id unique id
 * @param unit id of the hosting unit
 * @param type the kind of exercise
 * @param scenario open vocabulary, for example {@code GAS_EXPLOSION}; may be {@code null}
 * @param durationSlots how many consecutive slots of one day it occupies, at least 1
 * @param roles the teams it needs
 * @param window the dates it may be held, or {@code null} for the whole horizon
 * @param after drills that must come before it
 * @param priority 1 (lowest) to 5 (highest)
 * @param participants expected head count, 0 when unknown
 */
public record DrillRequest(
        String id,
        String unit,
        ExerciseType type,
        String scenario,
        int durationSlots,
        List<Role> roles,
        DateWindow window,
        List<Precedence> after,
        int priority,
        int participants) {

    /** Default of docs/format.md for {@link #priority()}. */
    public static final int DEFAULT_PRIORITY = 3;

    /**
     * Makes the lists immutable; an absent list is empty.
     *
     * @param id unique id
     * @param unit id of the hosting unit
     * @param type the kind of exercise
     * @param scenario open vocabulary, for example {@code GAS_EXPLOSION}; may be {@code null}
     * @param durationSlots how many consecutive slots of one day it occupies, at least 1
     * @param roles the teams it needs
     * @param window the dates it may be held, or {@code null} for the whole horizon
     * @param after drills that must come before it
     * @param priority 1 (lowest) to 5 (highest)
     * @param participants expected head count, 0 when unknown
     */
    public DrillRequest {
        roles = roles == null ? List.of() : List.copyOf(roles);
        after = after == null ? List.of() : List.copyOf(after);
    }

    /**
     * A copy with other prerequisites.
     *
     * @param after the drills that must come before it
     * @return the copy
     */
    public DrillRequest withAfter(List<Precedence> after) {
        return new DrillRequest(id, unit, type, scenario, durationSlots, roles, window, after, priority, participants);
    }

    /**
     * The window, or the whole horizon when none is given.
     *
     * @param horizon the horizon of the problem
     * @return the dates the drill may be held
     */
    public DateWindow windowIn(Horizon horizon) {
        return window != null ? window : new DateWindow(horizon.start(), horizon.end());
    }

    /**
     * Teams needed per skill, in the order the skills first appear: roles that name the same
     * skill are counted together, as docs/format.md says.
     *
     * @return the number of teams by skill
     */
    public Map<String, Integer> teamsPerSkill() {
        Map<String, Integer> perSkill = new LinkedHashMap<>();
        for (Role role : roles) {
            perSkill.merge(role.skill(), role.count(), Integer::sum);
        }
        return perSkill;
    }

    /** {@return total number of teams the drill needs} */
    public int teamCount() {
        return roles.stream().mapToInt(Role::count).sum();
    }

    /**
     * A builder for a drill request with this id, starting from the defaults of the file format:
     * one slot, the whole horizon, priority 3, no roles, no prerequisites.
     *
     * <pre>{@code
     * DrillRequest exercise = DrillRequest.builder("D2").unit("U1").type(ExerciseType.COMPREHENSIVE_EXERCISE)
     *         .durationSlots(2).role("MINE_RESCUE", 1).role("MEDICAL", 1).after("D1", 7).priority(5).build();
     * }</pre>
     *
     * @param id the drill's unique id
     * @return a builder; unit and type are still needed
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder holding this request's values, to derive a changed request.
     *
     * @return a builder with every field of this request
     */
    public Builder toBuilder() {
        return new Builder(id).unit(unit).type(type).scenario(scenario).durationSlots(durationSlots)
                .roles(roles).window(window).after(after).priority(priority).participants(participants);
    }

    /**
     * This request with another window.
     *
     * @param window the dates it may be held, or {@code null} for the whole horizon
     * @return the changed request
     */
    public DrillRequest withWindow(DateWindow window) {
        return new DrillRequest(id, unit, type, scenario, durationSlots, roles, window, after, priority, participants);
    }

    /**
     * This request with another priority.
     *
     * @param priority 1 (lowest) to 5 (highest)
     * @return the changed request
     */
    public DrillRequest withPriority(int priority) {
        return new DrillRequest(id, unit, type, scenario, durationSlots, roles, window, after, priority, participants);
    }

    /**
     * Collects the fields of a {@link DrillRequest}; {@link #build()} checks them all at once.
     * Setting a field again replaces its value; {@link #role} and {@link #after(String, int)} add.
     */
    public static final class Builder {
        private final String id;
        private String unit;
        private ExerciseType type;
        private String scenario;
        private int durationSlots = 1;
        private List<Role> roles = new ArrayList<>();
        private DateWindow window;
        private List<Precedence> after = new ArrayList<>();
        private int priority = DEFAULT_PRIORITY;
        private int participants;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the hosting unit (required).
         *
         * @param unit a unit id
         * @return this builder
         */
        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /**
         * Sets the kind of exercise (required).
         *
         * @param type the exercise type
         * @return this builder
         */
        public Builder type(ExerciseType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the scenario, an open vocabulary such as {@code GAS_EXPLOSION}.
         *
         * @param scenario the scenario, or {@code null}
         * @return this builder
         */
        public Builder scenario(String scenario) {
            this.scenario = scenario;
            return this;
        }

        /**
         * Sets how many consecutive slots of one day the drill takes (default 1).
         *
         * @param slots at least 1
         * @return this builder
         */
        public Builder durationSlots(int slots) {
            this.durationSlots = slots;
            return this;
        }

        /**
         * Adds a role: {@code count} distinct teams with {@code skill}.
         *
         * @param skill the skill every team of the role must have
         * @param count how many teams, at least 1
         * @return this builder
         */
        public Builder role(String skill, int count) {
            roles.add(new Role(skill, count));
            return this;
        }

        /**
         * Sets the roles, replacing any added before.
         *
         * @param roles the teams the drill needs
         * @return this builder
         */
        public Builder roles(List<Role> roles) {
            this.roles = new ArrayList<>(roles);
            return this;
        }

        /**
         * Sets the dates the drill may be held (default: the whole horizon).
         *
         * @param window the window, or {@code null} for the whole horizon
         * @return this builder
         */
        public Builder window(DateWindow window) {
            this.window = window;
            return this;
        }

        /**
         * Sets the dates the drill may be held, both included.
         *
         * @param from first allowed date
         * @param to last allowed date
         * @return this builder
         */
        public Builder window(LocalDate from, LocalDate to) {
            return window(new DateWindow(from, to));
        }

        /**
         * Adds a prerequisite: this drill comes at least {@code minDays} days after {@code drill}.
         *
         * @param drill id of the drill that must come first
         * @param minDays 0 or more; with 0 the other drill must end before this one starts
         * @return this builder
         */
        public Builder after(String drill, int minDays) {
            after.add(new Precedence(drill, minDays));
            return this;
        }

        /**
         * Sets the prerequisites, replacing any added before.
         *
         * @param after the drills that must come first
         * @return this builder
         */
        public Builder after(List<Precedence> after) {
            this.after = new ArrayList<>(after);
            return this;
        }

        /**
         * Sets the priority (default 3).
         *
         * @param priority 1 (lowest) to 5 (highest)
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets the expected head count (default 0, unknown).
         *
         * @param participants 0 or more
         * @return this builder
         */
        public Builder participants(int participants) {
            this.participants = participants;
            return this;
        }

        /**
         * The request, once every field is checked on its own terms (whether its unit and its
         * prerequisites exist, and whether it fits the horizon, is up to
         * {@link ProblemValidator}, which sees the whole problem).
         *
         * @return the request
         * @throws InvalidProblemException listing every missing or out-of-range field, with the
         *     field's path and value
         */
        public DrillRequest build() {
            return ProblemValidator.checked(new DrillRequest(id, unit, type, scenario, durationSlots, roles,
                    window, after, priority, participants));
        }
    }
}
