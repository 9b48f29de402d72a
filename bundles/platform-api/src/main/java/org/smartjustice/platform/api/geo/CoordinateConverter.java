package org.smartjustice.platform.api.geo;

import java.util.Objects;

/**
 * Converts points between WGS-84, GCJ-02 and BD-09 with the publicly known algorithms (as in the
 * coordtransform and eviltransform projects).
 *
 * <p>The forward directions (towards GCJ-02 and BD-09) are closed formulas. Their inverses have
 * no closed form, and the one-step approximation that most libraries publish is off by up to a
 * couple of metres for GCJ-02 and about 0.1 m for BD-09, so here both inverses are refined by
 * iteration until the forward conversion of the answer reproduces the input to within
 * {@value #TOLERANCE} degrees. Without that, a point edited on a 高德 or 百度 map would creep each
 * time it is saved and shown again.
 *
 * <p>GCJ-02 only applies inside China. As everyone does, "inside" is a rough bounding box; points
 * outside it are returned unchanged by the GCJ-02 steps.
 */
public final class CoordinateConverter {

    /** Krasovsky 1940 ellipsoid, which the GCJ-02 algorithm is built on. */
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    /** About a millimetre: well under the 1e-7 degrees the platform promises. */
    static final double TOLERANCE = 1e-10;
    /** The offsets change slowly, so a few rounds suffice; the cap only guards against a cycle at the box edge. */
    private static final int MAX_ITERATIONS = 50;

    private CoordinateConverter() {
    }

    public static LonLat convert(LonLat p, CoordinateSystem from, CoordinateSystem to) {
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) {
            return p;
        }
        return switch (from) {
            case WGS84 -> to == CoordinateSystem.GCJ02 ? wgs84ToGcj02(p) : wgs84ToBd09(p);
            case GCJ02 -> to == CoordinateSystem.WGS84 ? gcj02ToWgs84(p) : gcj02ToBd09(p);
            case BD09 -> to == CoordinateSystem.WGS84 ? bd09ToWgs84(p) : bd09ToGcj02(p);
        };
    }

    public static LonLat wgs84ToGcj02(LonLat wgs) {
        Objects.requireNonNull(wgs, "wgs");
        if (outOfChina(wgs.lon(), wgs.lat())) {
            return wgs;
        }
        double[] d = gcjOffset(wgs.lon(), wgs.lat());
        return new LonLat(wgs.lon() + d[0], wgs.lat() + d[1]);
    }

    /** Solves {@code w + offset(w) = gcj} by fixed-point iteration, which converges because the offset varies slowly. */
    public static LonLat gcj02ToWgs84(LonLat gcj) {
        Objects.requireNonNull(gcj, "gcj");
        if (outOfChina(gcj.lon(), gcj.lat())) {
            return gcj;
        }
        double lon = gcj.lon();
        double lat = gcj.lat();
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            // The offset is used without the box test so that a guess just across the edge does not flip to "no offset" and oscillate.
            double[] d = gcjOffset(lon, lat);
            double nextLon = gcj.lon() - d[0];
            double nextLat = gcj.lat() - d[1];
            boolean done = Math.abs(nextLon - lon) < TOLERANCE && Math.abs(nextLat - lat) < TOLERANCE;
            lon = nextLon;
            lat = nextLat;
            if (done) {
                break;
            }
        }
        return new LonLat(lon, lat);
    }

    public static LonLat gcj02ToBd09(LonLat gcj) {
        Objects.requireNonNull(gcj, "gcj");
        double[] bd = toBd(gcj.lon(), gcj.lat());
        return wrapped(bd[0], bd[1]);
    }

    /**
     * Starts from the published closed-form inverse and corrects it with the forward formula, because
     * the closed form evaluates the small sine terms at the wrong point and so misses by about 1e-6 degrees.
     */
    public static LonLat bd09ToGcj02(LonLat bd) {
        Objects.requireNonNull(bd, "bd");
        double x = bd.lon() - 0.0065;
        double y = bd.lat() - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        double lon = z * Math.cos(theta);
        double lat = z * Math.sin(theta);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] again = toBd(lon, lat);
            double dLon = again[0] - bd.lon();
            double dLat = again[1] - bd.lat();
            if (Math.abs(dLon) < TOLERANCE && Math.abs(dLat) < TOLERANCE) {
                break;
            }
            lon -= dLon;
            lat -= dLat;
        }
        return wrapped(lon, lat);
    }

    public static LonLat wgs84ToBd09(LonLat wgs) {
        return gcj02ToBd09(wgs84ToGcj02(wgs));
    }

    public static LonLat bd09ToWgs84(LonLat bd) {
        return gcj02ToWgs84(bd09ToGcj02(bd));
    }

    static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** The GCJ-02 offset {dLon, dLat} in degrees at a WGS-84 point. */
    private static double[] gcjOffset(double lon, double lat) {
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLon, dLat};
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }

    private static double[] toBd(double lon, double lat) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new double[] {z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006};
    }

    /**
     * BD-09 shifts every point, even at the antimeridian and the poles, where the result would leave the
     * valid range; wrapping longitude and pinning latitude keeps such meaningless inputs from throwing.
     */
    private static LonLat wrapped(double lon, double lat) {
        double l = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        return new LonLat(l, Math.max(-90, Math.min(90, lat)));
    }
}
