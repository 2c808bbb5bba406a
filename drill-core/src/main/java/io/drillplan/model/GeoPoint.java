package io.drillplan.model;

/**
 * A WGS84 position in degrees.
 *
 * <p>Range checks are left to {@link ProblemValidator} so that a bad input can report every bad
 * coordinate at once instead of failing on the first.
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 */
public record GeoPoint(double lat, double lon) {

    /** Mean Earth radius of docs/rules.md, in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * Great-circle (haversine) distance to {@code other}, on a sphere of radius 6371.0088 km.
     *
     * @param other another point
     * @return the distance in km
     */
    public double distanceKm(GeoPoint other) {
        double lat1 = Math.toRadians(lat);
        double lat2 = Math.toRadians(other.lat);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.lon - lon);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** {@return whether both coordinates are finite and inside their WGS84 ranges} */
    public boolean isValid() {
        return Double.isFinite(lat) && Double.isFinite(lon)
                && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
}
