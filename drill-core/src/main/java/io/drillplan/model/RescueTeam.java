package io.drillplan.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** Default of docs/format.md for {@link #maxDrillsPerDay()}. */
    public static final int DEFAULT_MAX_DRILLS_PER_DAY = 2;
    /** Default of docs/format.md for {@link #maxDrillsPerWeek()}. */
    public static final int DEFAULT_MAX_DRILLS_PER_WEEK = 5;

    /**
     * Makes the collections immutable; an absent collection is empty.
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
    public RescueTeam {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        unavailable = unavailable == null ? Set.of() : Set.copyOf(unavailable);
    }

    /**
     * Whether the team's base lies within its service radius of {@code site} (rule 4).
     *
     * @param site where a drill takes place
     * @return true when the team may guide a drill there
     */
    public boolean reaches(GeoPoint site) {
        return serviceRadiusKm == null || base.distanceKm(site) <= serviceRadiusKm;
    }

    /**
     * A builder for a team with this id, starting from the defaults of the file format: two
     * drills a day, five a week, unlimited radius, always available.
     *
     * <pre>{@code
     * RescueTeam fire = RescueTeam.builder("T1").name("Taiyuan Fire Rescue Squadron 1")
     *         .kind("FIRE_RESCUE").skills("FIRE", "EVACUATION").base(37.87, 112.55)
     *         .serviceRadiusKm(60).build();
     * }</pre>
     *
     * @param id the team's unique id
     * @return a builder; name, at least one skill and the base are still needed
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder holding this team's values, to derive a changed team.
     *
     * @return a builder with every field of this team
     */
    public Builder toBuilder() {
        return new Builder(id).name(name).kind(kind).skills(skills).base(base).region(region)
                .serviceRadiusKm(serviceRadiusKm).maxDrillsPerDay(maxDrillsPerDay)
                .maxDrillsPerWeek(maxDrillsPerWeek).unavailable(unavailable);
    }

    /**
     * This team, also unavailable on {@code dates}: the dates it already had stay. For a team
     * called away or put on standby after the problem was written.
     *
     * @param dates further dates the team cannot guide drills
     * @return the changed team
     */
    public RescueTeam withUnavailable(Collection<LocalDate> dates) {
        Set<LocalDate> all = new HashSet<>(unavailable);
        all.addAll(dates);
        return new RescueTeam(id, name, kind, skills, base, region, serviceRadiusKm, maxDrillsPerDay,
                maxDrillsPerWeek, all);
    }

    /**
     * This team, also unavailable on {@code dates}.
     *
     * @param dates further dates the team cannot guide drills
     * @return the changed team
     * @see #withUnavailable(Collection)
     */
    public RescueTeam withUnavailable(LocalDate... dates) {
        return withUnavailable(Arrays.asList(dates));
    }

    /**
     * Collects the fields of a {@link RescueTeam}; {@link #build()} checks them all at once.
     * Setting a field again replaces its value.
     */
    public static final class Builder {
        private final String id;
        private String name;
        private String kind;
        private Set<String> skills = new LinkedHashSet<>();
        private GeoPoint base;
        private String region;
        private Double serviceRadiusKm;
        private int maxDrillsPerDay = DEFAULT_MAX_DRILLS_PER_DAY;
        private int maxDrillsPerWeek = DEFAULT_MAX_DRILLS_PER_WEEK;
        private Set<LocalDate> unavailable = new LinkedHashSet<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the display name (required).
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the kind, an open vocabulary such as {@code FIRE_RESCUE}.
         *
         * @param kind the kind, or {@code null}
         * @return this builder
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the skills (at least one is required).
         *
         * @param skills what the team can do in a drill
         * @return this builder
         */
        public Builder skills(String... skills) {
            return skills(Arrays.asList(skills));
        }

        /**
         * Sets the skills (at least one is required).
         *
         * @param skills what the team can do in a drill
         * @return this builder
         */
        public Builder skills(Collection<String> skills) {
            this.skills = new LinkedHashSet<>(skills);
            return this;
        }

        /**
         * Sets where the team is stationed (required).
         *
         * @param base the base
         * @return this builder
         */
        public Builder base(GeoPoint base) {
            this.base = base;
            return this;
        }

        /**
         * Sets where the team is stationed (required).
         *
         * @param lat latitude in WGS84 degrees
         * @param lon longitude in WGS84 degrees
         * @return this builder
         */
        public Builder base(double lat, double lon) {
            return base(new GeoPoint(lat, lon));
        }

        /**
         * Sets the region the team belongs to.
         *
         * @param region a region id, or {@code null}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the furthest great-circle distance from base to a unit the team serves.
         *
         * @param km the radius in km, or {@code null} for unlimited (the default)
         * @return this builder
         */
        public Builder serviceRadiusKm(Double km) {
            this.serviceRadiusKm = km;
            return this;
        }

        /**
         * Sets the most drills on one date (default 2).
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxDrillsPerDay(int max) {
            this.maxDrillsPerDay = max;
            return this;
        }

        /**
         * Sets the most drills in one ISO week (default 5).
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxDrillsPerWeek(int max) {
            this.maxDrillsPerWeek = max;
            return this;
        }

        /**
         * Sets the dates the team cannot guide drills, replacing any set before.
         *
         * @param dates the dates
         * @return this builder
         */
        public Builder unavailable(Collection<LocalDate> dates) {
            this.unavailable = new LinkedHashSet<>(dates);
            return this;
        }

        /**
         * Sets the dates the team cannot guide drills, replacing any set before.
         *
         * @param dates the dates
         * @return this builder
         */
        public Builder unavailable(LocalDate... dates) {
            return unavailable(List.of(dates));
        }

        /**
         * The team, once every field is checked on its own terms (whether its region exists is
         * up to {@link ProblemValidator}, which sees the whole problem).
         *
         * @return the team
         * @throws InvalidProblemException listing every missing or out-of-range field, with the
         *     field's path and value
         */
        public RescueTeam build() {
            return ProblemValidator.checked(new RescueTeam(id, name, kind, skills, base, region,
                    serviceRadiusKm, maxDrillsPerDay, maxDrillsPerWeek, unavailable));
        }
    }
}
