package org.smartjustice.rosters.internal;

import java.util.Locale;

import org.smartjustice.platform.api.divisions.Bounds;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.problem.Validation;

/** Optional points given by callers (a grid's centre, a task's location, an answer's place). */
public final class Points {

    private Points() {
    }

    /**
     * The point in WGS-84, or null when neither coordinate is given; errors (one coordinate
     * without the other, out of range, outside the ground the tenant covers) are added to {@code v}.
     */
    public static LonLat optional(Divisions divisions, String tenant, Double lon, Double lat, CoordinateSystem crs,
                                  String prefix, Validation v) {
        if (lon == null && lat == null) {
            return null;
        }
        v.required(prefix + "lon", lon).required(prefix + "lat", lat);
        if (lon == null || lat == null) {
            return null;
        }
        Validation range = new Validation().range(prefix + "lon", lon, -180, 180).range(prefix + "lat", lat, -90, 90);
        v.addAll(range.errors());
        if (!range.isValid()) {
            return null;
        }
        LonLat wgs84 = CoordinateConverter.convert(new LonLat(lon, lat), crs == null ? CoordinateSystem.WGS84 : crs,
                CoordinateSystem.WGS84);
        Bounds b = divisions.areaOf(tenant).bounds();
        if (!b.contains(wgs84.lon(), wgs84.lat())) {
            v.check(false, prefix + "lon", String.format(Locale.ROOT,
                    "位置不在本区县范围内（经度 %.2f–%.2f，纬度 %.2f–%.2f，WGS-84）", b.minLon(), b.maxLon(), b.minLat(), b.maxLat()));
            return null;
        }
        return new LonLat(Math.round(wgs84.lon() * 1e6) / 1e6, Math.round(wgs84.lat() * 1e6) / 1e6);
    }
}
