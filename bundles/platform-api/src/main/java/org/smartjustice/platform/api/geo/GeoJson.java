package org.smartjustice.platform.api.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoJSON (RFC 7946) as every module writes it: point features from stored WGS-84 positions,
 * converted to the caller's system and rounded to 1e-7 degrees (about a centimetre). RFC 7946
 * coordinates are WGS-84; for GCJ-02 and BD-09, which Chinese web maps need, a collection says so
 * in its {@code coordinateSystem} member. The maps returned are mutable and ordered, for the
 * caller's own members (links, counts).
 */
public final class GeoJson {

    public static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    /** A point feature; {@code properties} are the caller's and should hold public facts only. */
    public static Map<String, Object> feature(String id, LonLat wgs84, CoordinateSystem crs, Map<String, Object> properties) {
        LonLat p = CoordinateConverter.convert(wgs84, CoordinateSystem.WGS84, crs);
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Point");
        geometry.put("coordinates", List.of(round(p.lon()), round(p.lat())));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", id);
        f.put("geometry", geometry);
        f.put("properties", properties);
        return f;
    }

    public static Map<String, Object> collection(List<? extends Map<String, Object>> features, CoordinateSystem crs) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("coordinateSystem", crs.code());
        fc.put("features", new ArrayList<>(features));
        return fc;
    }

    public static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
