package org.smartjustice.map.internal.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.GeoJson;
import org.smartjustice.platform.api.geo.LonLat;

/**
 * GeoJSON (RFC 7946) of venues. Only the public facts of {@link MapVenue} go into the
 * properties; coordinates are converted to the requested system and rounded to 7 decimals
 * (about a centimetre). RFC 7946 coordinates are WGS-84; for GCJ-02 and BD-09, which Chinese web
 * maps need, the collection says so in its {@code coordinateSystem} member.
 */
final class Features {

    static final String GEO_JSON = GeoJson.MEDIA_TYPE;
    static final String JSON = "application/json";

    private Features() {
    }

    static Map<String, Object> feature(MapVenue v, CoordinateSystem crs, Double distanceMeters, List<Map<String, Object>> links) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", v.name());
        props.put("type", v.type());
        props.put("typeTitle", v.typeTitle());
        if (v.level() != null) {
            props.put("level", v.level());
            props.put("levelTitle", v.levelTitle());
        }
        putIfPresent(props, "address", v.address());
        putIfPresent(props, "streetCode", v.streetCode());
        putIfPresent(props, "phone", v.phone());
        putIfPresent(props, "openingHours", v.openingHours());
        props.put("services", v.services());
        if (distanceMeters != null) {
            props.put("distanceMeters", Math.round(distanceMeters * 10) / 10.0);
        }

        Map<String, Object> f = GeoJson.feature(v.id(), new LonLat(v.lon(), v.lat()), crs, props);
        if (links != null && !links.isEmpty()) {
            f.put("links", links);
        }
        return f;
    }

    static Map<String, Object> collection(List<Map<String, Object>> features, long numberMatched, CoordinateSystem crs,
                                          String timeStamp, List<Map<String, Object>> links) {
        Map<String, Object> fc = GeoJson.collection(features, crs);
        fc.put("numberMatched", numberMatched);
        fc.put("numberReturned", features.size());
        fc.put("timeStamp", timeStamp);
        fc.put("links", links);
        return fc;
    }

    static Map<String, Object> link(String href, String rel, String type, String title) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("href", href);
        l.put("rel", rel);
        if (type != null) {
            l.put("type", type);
        }
        if (title != null) {
            l.put("title", title);
        }
        return l;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }
}
