package io.drillplan.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A place where drills happen: an enterprise, a town or street, a village, a community, a school.
 *
 * @param id unique id
 * @param name display name
 * @param kind open vocabulary, for example {@code ENTERPRISE}, {@code SCHOOL}, {@code COMMUNITY}
 * @param sector open vocabulary, for example {@code MINING} or {@code HAZARDOUS_CHEMICALS}; may be
 *     {@code null}
 * @param risk China's four-colour level: {@code MAJOR}, {@code HIGH}, {@code MODERATE} or
 *     {@code LOW}; may be {@code null}
 * @param region id of the region the unit lies in
 * @param location where drills take place
 * @param weekends whether the unit hosts drills on Saturdays, Sundays and holidays
 * @param unavailable dates the unit cannot host drills (exam days, maintenance shutdowns)
 */
public record GrassrootsUnit(
        String id,
        String name,
        String kind,
        String sector,
        String risk,
        String region,
        GeoPoint location,
        boolean weekends,
        Set<LocalDate> unavailable) {

    /**
     * Makes the collection immutable; an absent collection is empty.
     *
     * @param id unique id
     * @param name display name
     * @param kind open vocabulary, for example {@code ENTERPRISE}, {@code SCHOOL}, {@code COMMUNITY}
     * @param sector open vocabulary, for example {@code MINING} or {@code HAZARDOUS_CHEMICALS}; may be
     *     {@code null}
     * @param risk China's four-colour level: {@code MAJOR}, {@code HIGH}, {@code MODERATE} or
     *     {@code LOW}; may be {@code null}
     * @param region id of the region the unit lies in
     * @param location where drills take place
     * @param weekends whether the unit hosts drills on Saturdays, Sundays and holidays
     * @param unavailable dates the unit cannot host drills (exam days, maintenance shutdowns)
     */
    public GrassrootsUnit {
        unavailable = unavailable == null ? Set.of() : Set.copyOf(unavailable);
    }

    /**
     * Whether the unit hosts drills on {@code date} (rule 3): not one of its unavailable dates,
     * and a working day unless it has {@link #weekends()}.
     *
     * @param date any date
     * @param horizon the horizon whose holidays count
     * @return true when a drill may take place there that date
     */
    public boolean isOpen(LocalDate date, Horizon horizon) {
        return !unavailable.contains(date) && (weekends || !horizon.isWeekendOrHoliday(date));
    }

    /** {@return whether the risk level is red ({@code MAJOR}) or orange ({@code HIGH})} */
    public boolean isHighRisk() {
        return "MAJOR".equals(risk) || "HIGH".equals(risk);
    }

    /**
     * A builder for a unit with this id, starting from the defaults of the file format: working
     * days only, always open.
     *
     * <pre>{@code
     * GrassrootsUnit mine = GrassrootsUnit.builder("U1").name("Xishan Coal Mine").kind("ENTERPRISE")
     *         .sector("MINING").risk("MAJOR").region("taiyuan").location(37.9, 112.4).build();
     * }</pre>
     *
     * @param id the unit's unique id
     * @return a builder; name, region and location are still needed
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder holding this unit's values, to derive a changed unit.
     *
     * @return a builder with every field of this unit
     */
    public Builder toBuilder() {
        return new Builder(id).name(name).kind(kind).sector(sector).risk(risk).region(region)
                .location(location).weekends(weekends).unavailable(unavailable);
    }

    /**
     * This unit, also closed to drills on {@code dates}: the dates it already had stay. For a
     * shutdown or an exam site announced after the problem was written.
     *
     * @param dates further dates the unit cannot host drills
     * @return the changed unit
     */
    public GrassrootsUnit withUnavailable(Collection<LocalDate> dates) {
        Set<LocalDate> all = new HashSet<>(unavailable);
        all.addAll(dates);
        return new GrassrootsUnit(id, name, kind, sector, risk, region, location, weekends, all);
    }

    /**
     * This unit, also closed to drills on {@code dates}.
     *
     * @param dates further dates the unit cannot host drills
     * @return the changed unit
     * @see #withUnavailable(Collection)
     */
    public GrassrootsUnit withUnavailable(LocalDate... dates) {
        return withUnavailable(Arrays.asList(dates));
    }

    /**
     * Collects the fields of a {@link GrassrootsUnit}; {@link #build()} checks them all at once.
     * Setting a field again replaces its value.
     */
    public static final class Builder {
        private final String id;
        private String name;
        private String kind;
        private String sector;
        private String risk;
        private String region;
        private GeoPoint location;
        private boolean weekends;
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
         * Sets the kind, an open vocabulary such as {@code ENTERPRISE} or {@code SCHOOL}.
         *
         * @param kind the kind, or {@code null}
         * @return this builder
         */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the sector, an open vocabulary such as {@code MINING}.
         *
         * @param sector the sector, or {@code null}
         * @return this builder
         */
        public Builder sector(String sector) {
            this.sector = sector;
            return this;
        }

        /**
         * Sets the risk level: {@code MAJOR} (red), {@code HIGH} (orange), {@code MODERATE}
         * (yellow) or {@code LOW} (blue).
         *
         * @param risk the level, or {@code null}
         * @return this builder
         */
        public Builder risk(String risk) {
            this.risk = risk;
            return this;
        }

        /**
         * Sets the region the unit lies in (required).
         *
         * @param region a region id
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets where drills take place (required).
         *
         * @param location the place
         * @return this builder
         */
        public Builder location(GeoPoint location) {
            this.location = location;
            return this;
        }

        /**
         * Sets where drills take place (required).
         *
         * @param lat latitude in WGS84 degrees
         * @param lon longitude in WGS84 degrees
         * @return this builder
         */
        public Builder location(double lat, double lon) {
            return location(new GeoPoint(lat, lon));
        }

        /**
         * Sets whether the unit also hosts drills on Saturdays, Sundays and holidays (default
         * false).
         *
         * @param weekends true for a unit open every day
         * @return this builder
         */
        public Builder weekends(boolean weekends) {
            this.weekends = weekends;
            return this;
        }

        /**
         * Sets the dates the unit cannot host drills, replacing any set before.
         *
         * @param dates the dates
         * @return this builder
         */
        public Builder unavailable(Collection<LocalDate> dates) {
            this.unavailable = new LinkedHashSet<>(dates);
            return this;
        }

        /**
         * Sets the dates the unit cannot host drills, replacing any set before.
         *
         * @param dates the dates
         * @return this builder
         */
        public Builder unavailable(LocalDate... dates) {
            return unavailable(List.of(dates));
        }

        /**
         * The unit, once every field is checked on its own terms (whether its region exists is
         * up to {@link ProblemValidator}, which sees the whole problem).
         *
         * @return the unit
         * @throws InvalidProblemException listing every missing or out-of-range field, with the
         *     field's path and value
         */
        public GrassrootsUnit build() {
            return ProblemValidator.checked(new GrassrootsUnit(id, name, kind, sector, risk, region, location,
                    weekends, unavailable));
        }
    }
}
