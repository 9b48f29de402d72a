package org.smartjustice.map.internal.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.problem.Validation;

/**
 * Reads the query parameters of the map's endpoints. Every problem is collected into one
 * {@link Validation}, so a 400 names each bad parameter at once. As OGC API - Features requires,
 * a parameter the endpoint does not define is an error too (a mistyped {@code bbx} must not
 * silently return everything).
 */
final class Params {

    /** The OGC name of WGS-84 with longitude first, accepted as a synonym of {@code wgs84}. */
    static final String CRS84 = CoordinateSystem.CRS84;

    private final Map<String, List<String>> values;
    private final Validation validation = new Validation();

    Params(Map<String, List<String>> values, Collection<String> allowed) {
        this.values = values == null ? Map.of() : values;
        Set<String> unknown = new TreeSet<>(this.values.keySet());
        unknown.removeAll(allowed);
        for (String name : unknown) {
            validation.check(false, name, "不支持的查询参数，可用：" + String.join("、", new TreeSet<>(allowed)));
        }
        for (Map.Entry<String, List<String>> e : this.values.entrySet()) {
            if (allowed.contains(e.getKey()) && !REPEATABLE.contains(e.getKey()) && e.getValue() != null
                    && e.getValue().size() > 1) {
                validation.check(false, e.getKey(), "只能出现一次");
            }
        }
    }

    /** Parameters that may be given more than once ({@code type=A&type=B}). */
    private static final Set<String> REPEATABLE = Set.of("type");

    Validation validation() {
        return validation;
    }

    /** The value, or null when absent or blank. */
    String text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank()) {
            return null;
        }
        return v.get(0).trim();
    }

    List<String> all(String name) {
        List<String> out = new ArrayList<>();
        for (String v : values.getOrDefault(name, List.of())) {
            if (v == null) {
                continue;
            }
            for (String part : v.split("[,，]")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /**
     * OGC's {@code limit}: at least 1; a value above {@code max} is not an error but means {@code max}
     * (OGC API - Features Part 1, 7.15.3).
     */
    int limit(int fallback, int max) {
        String v = text("limit");
        if (v != null && v.matches("\\d{10,}")) {
            return max;
        }
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return Math.min(n, max);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        validation.check(false, "limit", "应为不小于 1 的整数（大于 " + max + " 时按 " + max + "）");
        return fallback;
    }

    /** An integer within [min, max]. */
    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                validation.check(false, name, "应为 " + min + " 到 " + max + " 之间的整数");
                return fallback;
            }
            return (int) n;
        } catch (NumberFormatException e) {
            validation.check(false, name, "应为整数");
            return fallback;
        }
    }

    /** {@code wgs84} (default), {@code gcj02}, {@code bd09}, or {@code cgcs2000} / the CRS84 URI as WGS-84. */
    CoordinateSystem crs() {
        String v = text("crs");
        if (v == null) {
            return CoordinateSystem.WGS84;
        }
        try {
            return CoordinateSystem.parse(v);
        } catch (IllegalArgumentException e) {
            validation.check(false, "crs", e.getMessage());
            return CoordinateSystem.WGS84;
        }
    }

    /** {@code f=json} (or geojson) is the one output format; anything else is refused. */
    void format() {
        String f = text("f");
        validation.check(f == null || Set.of("json", "geojson").contains(f.toLowerCase(Locale.ROOT)), "f",
                "只支持 json");
    }

    /**
     * {@code minLon,minLat,maxLon,maxLat} (a 6-number 3D box has its heights ignored) in {@code crs},
     * returned in WGS-84 as the envelope of its four converted corners; null when absent or bad.
     */
    double[] bbox(CoordinateSystem crs) {
        String v = text("bbox");
        if (v == null) {
            return null;
        }
        double[] n = numbers(v);
        if (n == null || n.length != 4 && n.length != 6) {
            validation.check(false, "bbox", "应为 4 个数：最小经度,最小纬度,最大经度,最大纬度");
            return null;
        }
        double[] box = n.length == 4 ? n : new double[] { n[0], n[1], n[3], n[4] };
        if (!inRange(box[0], box[1]) || !inRange(box[2], box[3])) {
            validation.check(false, "bbox", "经度应在 -180 到 180、纬度应在 -90 到 90 之间");
            return null;
        }
        if (box[0] > box[2] || box[1] > box[3]) {
            validation.check(false, "bbox", "最小值不能大于最大值（不支持跨越 180° 经线的范围）");
            return null;
        }
        if (crs == CoordinateSystem.WGS84) {
            return box;
        }
        double[] out = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (double[] corner : new double[][] { { box[0], box[1] }, { box[0], box[3] }, { box[2], box[1] }, { box[2], box[3] } }) {
            LonLat w = CoordinateConverter.convert(new LonLat(corner[0], corner[1]), crs, CoordinateSystem.WGS84);
            out[0] = Math.min(out[0], w.lon());
            out[1] = Math.min(out[1], w.lat());
            out[2] = Math.max(out[2], w.lon());
            out[3] = Math.max(out[3], w.lat());
        }
        return out;
    }

    /** {@code lon,lat} in {@code crs}, returned in WGS-84; null when absent or bad. */
    LonLat point(String name, CoordinateSystem crs) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        double[] n = numbers(v);
        if (n == null || n.length != 2) {
            validation.check(false, name, "应为 经度,纬度，如 113.62,34.75");
            return null;
        }
        if (!inRange(n[0], n[1])) {
            validation.check(false, name, "经度应在 -180 到 180、纬度应在 -90 到 90 之间");
            return null;
        }
        return CoordinateConverter.convert(new LonLat(n[0], n[1]), crs, CoordinateSystem.WGS84);
    }

    /** Venue types by enum name (any case) or zh-CN title; the enum names. */
    Set<String> types(List<VenueSource.Kind> kinds) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : all("type")) {
            String code = null;
            for (VenueSource.Kind k : kinds) {
                if (k.code().equalsIgnoreCase(t) || k.title().equals(t)) {
                    code = k.code();
                }
            }
            if (code == null) {
                validation.check(false, "type", "未知的阵地类型「" + t + "」");
            } else {
                out.add(code);
            }
        }
        return out;
    }

    private static boolean inRange(double lon, double lat) {
        return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
    }

    private static double[] numbers(String csv) {
        String[] parts = csv.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(out[i])) {
                return null;
            }
        }
        return out;
    }
}
