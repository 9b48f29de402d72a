package org.smartjustice.platform.api.geo;

/**
 * A point as longitude then latitude, in degrees, the order GeoJSON, 高德 and 百度 use (腾讯 writes latitude first).
 * Which {@link CoordinateSystem} it is in is up to the caller; stored points are WGS-84.
 */
public record LonLat(double lon, double lat) {

    /** The mean radius of the Earth (IUGG), in meters. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    /** @throws IllegalArgumentException when a value is not finite or out of range, with a message fit for the user */
    public LonLat {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new IllegalArgumentException("经纬度必须是有效数值");
        }
        if (lon < -180 || lon > 180) {
            throw new IllegalArgumentException("经度应在 -180 到 180 之间：" + lon);
        }
        if (lat < -90 || lat > 90) {
            throw new IllegalArgumentException("纬度应在 -90 到 90 之间：" + lat);
        }
    }

    /**
     * Great-circle distance (haversine on the mean sphere) to another point of the same system,
     * in meters: within 0.5 % of the ellipsoidal distance, ample for "nearest" within a city.
     */
    public double metersTo(LonLat other) {
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
