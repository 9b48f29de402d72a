package org.smartjustice.venues.internal.venues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.geo.LonLat;

class GeoTest {

    @Test
    void boxContainsTheCircle() {
        double lon = 113.62;
        double lat = 34.75;
        double radius = 5_000;
        double[] box = Geo.box(lon, lat, radius);
        assertTrue(box[0] < lon && box[2] > lon && box[1] < lat && box[3] > lat);
        // every point within the radius (sampled every 5° of bearing, just inside the circle) is in the box
        for (int bearing = 0; bearing < 360; bearing += 5) {
            double[] p = destination(lon, lat, bearing, radius * 0.999);
            assertEquals(radius * 0.999, meters(lon, lat, p[0], p[1]), 0.5);
            assertTrue(p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3],
                    "bearing " + bearing + " outside the box");
        }
        // and the box is tight: its edges are the radius away from the center
        assertEquals(radius, meters(lon, lat, lon, box[3]), 1.0);
        assertEquals(radius, meters(lon, lat, lon, box[1]), 1.0);
        assertEquals(radius, meters(lon, lat, box[2], lat), 1.0);
        assertEquals(radius, meters(lon, lat, box[0], lat), 1.0);
    }

    @Test
    void coversComparesBoxes() {
        double[] outer = { 113.0, 34.0, 114.0, 35.0 };
        assertTrue(Geo.covers(outer, new double[] { 113.5, 34.5, 113.6, 34.6 }));
        assertTrue(Geo.covers(outer, outer.clone()));
        assertFalse(Geo.covers(outer, new double[] { 112.9, 34.5, 113.6, 34.6 }));
        assertFalse(Geo.covers(outer, new double[] { 113.5, 33.9, 113.6, 34.6 }));
        assertFalse(Geo.covers(outer, new double[] { 113.5, 34.5, 114.1, 34.6 }));
        assertFalse(Geo.covers(outer, new double[] { 113.5, 34.5, 113.6, 35.1 }));
        assertFalse(Geo.covers(new double[] { 113.5, 34.5, 113.6, 34.6 }, outer));
        assertTrue(Geo.covers(Geo.box(113.62, 34.75, 2_000), Geo.box(113.62, 34.75, 1_000)));
        assertFalse(Geo.covers(Geo.box(113.62, 34.75, 1_000), Geo.box(113.62, 34.75, 2_000)));
    }

    private static double meters(double lon1, double lat1, double lon2, double lat2) {
        return new LonLat(lon1, lat1).metersTo(new LonLat(lon2, lat2));
    }

    /** The point at the distance and bearing on the sphere Geo uses (independent spherical formula). */
    private static double[] destination(double lon, double lat, double bearingDegrees, double meters) {
        double d = meters / LonLat.EARTH_RADIUS_M;
        double phi1 = Math.toRadians(lat);
        double lambda1 = Math.toRadians(lon);
        double theta = Math.toRadians(bearingDegrees);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(theta));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi1),
                Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
        return new double[] { Math.toDegrees(lambda2), Math.toDegrees(phi2) };
    }
}
