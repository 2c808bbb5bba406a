package io.drillplan.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * A professional or volunteer force that guides drills: a fire rescue brigade, a mine rescue
 * squadron, a hazmat team, a hospital emergency team.
 *
 * @param id unique id
 * @param name display name
 * @param kind open vocabulary, for example {@code FIRE_RESCUE} or {@code MINE_RESCUE}
 * @param skills what the team can do in a drill; matched against {@link Role#skill()}
 * @param base where the team is stationed
 * @param region id of the region the team belongs to, or {@code null}
 * @param serviceRadiusKm furthest great-circle distance from base to a unit it serves, or
 *     {@code null} for unlimited
 * @param maxDrillsPerDay most drills on one date
 * @param maxDrillsPerWeek most drills in one ISO week
 * @param unavailable dates the team cannot guide drills (standby duty, June 16 events)
 */
public record RescueTeam(
        String id,
        String name,
        String kind,
        Set<String> skills,
        GeoPoint base,
        String region,
        Double serviceRadiusKm,
        int maxDrillsPerDay,
        int maxDrillsPerWeek,
        Set<LocalDate> unavailable) {

    /** Default of format.md for {@link #maxDrillsPerDay()}. */
    public static final int DEFAULT_MAX_DRILLS_PER_DAY = 2;
    /** Default of format.md for {@link #maxDrillsPerWeek()}. */
    public static final int DEFAULT_MAX_DRILLS_PER_WEEK = 5;

    /** Makes the collections immutable; an absent collection is empty. */
    public RescueTeam {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        unavailable = unavailable == null ? Set.of() : Set.copyOf(unavailable);
    }

    /** Whether the team's base lies within its service radius of {@code site}. */
    public boolean reaches(GeoPoint site) {
        return serviceRadiusKm == null || base.distanceKm(site) <= serviceRadiusKm;
    }
}
