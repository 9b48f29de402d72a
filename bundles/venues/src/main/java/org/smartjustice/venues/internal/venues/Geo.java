package org.smartjustice.venues.internal.venues;

import static org.smartjustice.platform.api.geo.LonLat.EARTH_RADIUS_M;

/** Boxes around points on the sphere {@link org.smartjustice.platform.api.geo.LonLat#metersTo} measures on. */
final class Geo {

    private Geo() {
    }

    /** {minLon, minLat, maxLon, maxLat} of the square that contains the circle of the radius. */
    static double[] box(double lon, double lat, double radiusMeters) {
        double dLat = Math.toDegrees(radiusMeters / EARTH_RADIUS_M);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
        return new double[] { lon - dLon, lat - dLat, lon + dLon, lat + dLat };
    }

    /** Whether box a contains box b. */
    static boolean covers(double[] a, double[] b) {
        return a[0] <= b[0] && a[1] <= b[1] && a[2] >= b[2] && a[3] >= b[3];
    }
}
