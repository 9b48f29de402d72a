package org.smartjustice.platform.api.geo;

/**
 * A point as longitude then latitude, in degrees, the order GeoJSON, 高德 and 百度 use (腾讯 writes latitude first).
 * Which {@link CoordinateSystem} it is in is up to the caller; stored points are WGS-84.
 */
public record LonLat(double lon, double lat) {

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
}
