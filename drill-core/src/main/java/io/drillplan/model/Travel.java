package io.drillplan.model;

/**
 * How fast teams move between sites.
 *
 * @param speedKmh average road speed in km/h, positive
 * @param detourFactor road distance over great-circle distance, at least 1 in practice
 */
public record Travel(double speedKmh, double detourFactor) {

    /** The defaults of docs/format.md: 40 km/h and a detour factor of 1.3. */
    public static final Travel DEFAULT = new Travel(40, 1.3);

    /**
     * Travel time in whole minutes between two points, exactly as rule 6 of docs/rules.md
     * computes it: {@code ceil(greatCircleKm x detourFactor / speedKmh x 60)} in double precision.
     *
     * @param from where the team sets out
     * @param to where it goes
     * @return whole minutes, rounded up
     */
    public int minutesBetween(GeoPoint from, GeoPoint to) {
        double km = from.distanceKm(to);
        return (int) Math.ceil(km * detourFactor / speedKmh * 60);
    }

    /**
     * Road distance between two points: great-circle distance times the detour factor.
     *
     * @param from where the team sets out
     * @param to where it goes
     * @return the distance in km
     */
    public double roadKm(GeoPoint from, GeoPoint to) {
        return from.distanceKm(to) * detourFactor;
    }
}
