package org.smartjustice.venues.internal;

/** Distances on the WGS-84 sphere approximation; ample for "nearest site" within a city. */
final class Geo {

    static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geo() {
    }

    /** Great-circle distance (haversine) in meters. */
    static double meters(double lon1, double lat1, double lon2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
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
