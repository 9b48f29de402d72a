package org.smartjustice.platform.api.divisions;

/** A WGS-84 box, {minLon, minLat, maxLon, maxLat}; approximate and with a margin where it bounds a division. */
public record Bounds(double minLon, double minLat, double maxLon, double maxLat) {

    /** @throws IllegalArgumentException when a value is not finite or a minimum exceeds its maximum */
    public Bounds {
        if (!Double.isFinite(minLon) || !Double.isFinite(minLat) || !Double.isFinite(maxLon) || !Double.isFinite(maxLat)
                || minLon > maxLon || minLat > maxLat) {
            throw new IllegalArgumentException("无效的范围：" + minLon + "," + minLat + "," + maxLon + "," + maxLat);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= minLon && lat >= minLat && lon <= maxLon && lat <= maxLat;
    }

    /** As GeoJSON and OGC API write a bbox. */
    public double[] toArray() {
        return new double[] { minLon, minLat, maxLon, maxLat };
    }
}
