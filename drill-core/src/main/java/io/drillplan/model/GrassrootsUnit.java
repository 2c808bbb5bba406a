package io.drillplan.model;

import java.time.LocalDate;
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

    /** Makes the collection immutable; an absent collection is empty. */
    public GrassrootsUnit {
        unavailable = unavailable == null ? Set.of() : Set.copyOf(unavailable);
    }

    /** Whether the unit is open on {@code date} under {@code horizon}'s weekends and holidays. */
    public boolean isOpen(LocalDate date, Horizon horizon) {
        return !unavailable.contains(date) && (weekends || !horizon.isWeekendOrHoliday(date));
    }

    /** Whether the risk level is red ({@code MAJOR}) or orange ({@code HIGH}). */
    public boolean isHighRisk() {
        return "MAJOR".equals(risk) || "HIGH".equals(risk);
    }
}
