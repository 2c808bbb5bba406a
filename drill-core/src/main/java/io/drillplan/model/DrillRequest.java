package io.drillplan.model;

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

    /** Default of format.md for {@link #priority()}. */
    public static final int DEFAULT_PRIORITY = 3;

    /** Makes the lists immutable; an absent list is empty. */
    public DrillRequest {
        roles = roles == null ? List.of() : List.copyOf(roles);
        after = after == null ? List.of() : List.copyOf(after);
    }

    /**
     * A copy held in another window.
     *
     * @param window the new window, or {@code null} for the whole horizon
     * @return the copy
     */
    public DrillRequest withWindow(DateWindow window) {
        return new DrillRequest(id, unit, type, scenario, durationSlots, roles, window, after, priority, participants);
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

    /** The window, or the whole horizon when none is given. */
    public DateWindow windowIn(Horizon horizon) {
        return window != null ? window : new DateWindow(horizon.start(), horizon.end());
    }

    /**
     * Teams needed per skill, in the order the skills first appear: roles that name the same
     * skill are counted together, as format.md says.
     */
    public Map<String, Integer> teamsPerSkill() {
        Map<String, Integer> perSkill = new LinkedHashMap<>();
        for (Role role : roles) {
            perSkill.merge(role.skill(), role.count(), Integer::sum);
        }
        return perSkill;
    }

    /** Total number of teams the drill needs. */
    public int teamCount() {
        return roles.stream().mapToInt(Role::count).sum();
    }
}
