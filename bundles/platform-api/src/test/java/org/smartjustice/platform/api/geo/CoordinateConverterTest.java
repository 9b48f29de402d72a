package org.smartjustice.platform.api.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartjustice.platform.api.geo.CoordinateSystem.BD09;
import static org.smartjustice.platform.api.geo.CoordinateSystem.GCJ02;
import static org.smartjustice.platform.api.geo.CoordinateSystem.WGS84;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CoordinateConverterTest {

    /** 郑州 and its surroundings, where most of the platform's data lies: 17 × 9 points. */
    private static List<LonLat> zhengzhouGrid() {
        List<LonLat> grid = new ArrayList<>();
        for (int i = 0; i <= 16; i++) {
            for (int j = 0; j <= 8; j++) {
                grid.add(new LonLat(112.7 + i * 0.1, 34.2 + j * 0.1));
            }
        }
        return grid;
    }

    /** Great-circle distance in metres; accurate enough to tell a 500 m offset from a 5 m one. */
    private static double haversineMetres(LonLat a, LonLat b) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }

    private static void assertClose(double lon, double lat, LonLat actual, double tolerance) {
        assertEquals(lon, actual.lon(), tolerance, "lon of " + actual);
        assertEquals(lat, actual.lat(), tolerance, "lat of " + actual);
    }

    // --- published vectors -------------------------------------------------------------------

    /**
     * From github.com/wandergis/coordtransform, test/app.js ("//result" block), input (116.404, 39.915);
     * the same numbers are asserted by Hutool's CoordinateUtilTest, which cites that project.
     */
    @Test
    void wgs84ToGcj02MatchesCoordtransform() {
        assertClose(116.41024449916938, 39.91640428150164, CoordinateConverter.wgs84ToGcj02(new LonLat(116.404, 39.915)), 1e-9);
    }

    /** The Baidu example from coordtransform test/app.js: GCJ-02 (116.404, 39.915) → BD-09. */
    @Test
    void gcj02ToBd09MatchesTheBaiduExample() {
        LonLat bd = CoordinateConverter.gcj02ToBd09(new LonLat(116.404, 39.915));

        assertClose(116.41036949371029, 39.92133699351021, bd, 1e-9);
        assertClose(116.41036, 39.92134, bd, 1e-4);
    }

    /**
     * coordtransform publishes (116.39762729119315, 39.90865673957631) for BD-09 (116.404, 39.915) → GCJ-02,
     * from the one-step inverse; the iterated inverse differs from it by about 1e-6 degrees and, unlike it,
     * maps back onto the input exactly.
     */
    @Test
    void bd09ToGcj02AgreesWithCoordtransformAndIsAnExactInverse() {
        LonLat bd = new LonLat(116.404, 39.915);
        LonLat gcj = CoordinateConverter.bd09ToGcj02(bd);

        assertClose(116.39762729119315, 39.90865673957631, gcj, 1e-5);
        assertClose(bd.lon(), bd.lat(), CoordinateConverter.gcj02ToBd09(gcj), 1e-9);
    }

    /**
     * From github.com/googollee/eviltransform (go/transform_test.go and javascript/test.js), written there as
     * wgsLat, wgsLng, gcjLat, gcjLng; that project checks the forward conversion to 5 decimals and its exact
     * inverse to 0.5 m. Since the algorithm is the same, both directions are held to far less here.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "上海, 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
        "深圳, 22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
        "北京, 39.911954, 116.377817, 39.91334545536069, 116.38404722455657",
    })
    void matchesEviltransform(String city, double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
        assertClose(gcjLon, gcjLat, CoordinateConverter.wgs84ToGcj02(new LonLat(wgsLon, wgsLat)), 1e-8);
        LonLat wgs = CoordinateConverter.gcj02ToWgs84(new LonLat(gcjLon, gcjLat));
        assertClose(wgsLon, wgsLat, wgs, 1e-7);
        assertTrue(haversineMetres(wgs, new LonLat(wgsLon, wgsLat)) < 0.05);
    }

    // --- properties that need no remembered numbers ------------------------------------------

    @Test
    void gcjInverseIsIterativeNotTheOneStepApproximation() {
        for (LonLat wgs : zhengzhouGrid()) {
            LonLat gcj = CoordinateConverter.wgs84ToGcj02(wgs);
            LonLat back = CoordinateConverter.gcj02ToWgs84(gcj);

            assertClose(wgs.lon(), wgs.lat(), back, 1e-7);
            // And the forward conversion of the answer reproduces the input, which the one-step formula does not.
            assertClose(gcj.lon(), gcj.lat(), CoordinateConverter.wgs84ToGcj02(back), 1e-9);
        }
    }

    @Test
    void roundTripsAcrossZhengzhouWithinAMicroDegree() {
        for (LonLat wgs : zhengzhouGrid()) {
            assertClose(wgs.lon(), wgs.lat(), CoordinateConverter.gcj02ToWgs84(CoordinateConverter.wgs84ToGcj02(wgs)), 1e-6);
            assertClose(wgs.lon(), wgs.lat(), CoordinateConverter.bd09ToWgs84(CoordinateConverter.wgs84ToBd09(wgs)), 1e-6);
            LonLat gcj = CoordinateConverter.wgs84ToGcj02(wgs);
            assertClose(gcj.lon(), gcj.lat(), CoordinateConverter.bd09ToGcj02(CoordinateConverter.gcj02ToBd09(gcj)), 1e-6);
        }
    }

    @Test
    void gcjOffsetInZhengzhouIsHundredsOfMetres() {
        for (LonLat wgs : zhengzhouGrid()) {
            double metres = haversineMetres(wgs, CoordinateConverter.wgs84ToGcj02(wgs));
            assertTrue(metres > 100 && metres < 700, wgs + " moved " + metres + " m");
        }
    }

    @Test
    void bdIsFurtherOffsetFromGcjBySomeHundredMetres() {
        for (LonLat gcj : zhengzhouGrid()) {
            double metres = haversineMetres(gcj, CoordinateConverter.gcj02ToBd09(gcj));
            assertTrue(metres > 500 && metres < 1500, gcj + " moved " + metres + " m");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2.3522, 48.8566",     // Paris
        "-74.006, 40.7128",    // New York
        "151.2093, -33.8688",  // Sydney
        "139.95, 35.68",       // east of the box (the box's east edge is 137.8347)
        "100.0, 0.5",          // south of the box
        "71.9, 40.0",          // west of the box
        "120.0, 56.0",         // north of the box
    })
    void outsideChinaGcjLeavesPointsUnchanged(double lon, double lat) {
        LonLat p = new LonLat(lon, lat);

        assertSame(p, CoordinateConverter.wgs84ToGcj02(p));
        assertSame(p, CoordinateConverter.gcj02ToWgs84(p));
        assertSame(p, CoordinateConverter.convert(p, WGS84, GCJ02));
    }

    @Test
    void bdStillRoundTripsOutsideChina() {
        LonLat paris = new LonLat(2.3522, 48.8566);

        assertNotEquals(paris, CoordinateConverter.wgs84ToBd09(paris));
        assertClose(paris.lon(), paris.lat(), CoordinateConverter.bd09ToWgs84(CoordinateConverter.wgs84ToBd09(paris)), 1e-9);
    }

    @Test
    void bdNearThePolesAndTheAntimeridianStaysInRange() {
        LonLat north = CoordinateConverter.gcj02ToBd09(new LonLat(0, 90));
        LonLat east = CoordinateConverter.gcj02ToBd09(new LonLat(180, 10));
        LonLat south = CoordinateConverter.bd09ToGcj02(new LonLat(0, -90));

        assertEquals(90, north.lat());
        assertTrue(east.lon() < 0 && east.lon() > -180, east.toString());
        assertEquals(-90, south.lat());
    }

    @ParameterizedTest
    @EnumSource(CoordinateSystem.class)
    void convertToItselfIsTheIdentity(CoordinateSystem crs) {
        LonLat p = new LonLat(113.6254, 34.7466);

        assertSame(p, CoordinateConverter.convert(p, crs, crs));
    }

    @Test
    void convertComposesTheBuildingBlocks() {
        LonLat wgs = new LonLat(113.6254, 34.7466);
        LonLat gcj = CoordinateConverter.wgs84ToGcj02(wgs);
        LonLat bd = CoordinateConverter.gcj02ToBd09(gcj);

        assertEquals(gcj, CoordinateConverter.convert(wgs, WGS84, GCJ02));
        assertEquals(bd, CoordinateConverter.convert(wgs, WGS84, BD09));
        assertEquals(bd, CoordinateConverter.convert(gcj, GCJ02, BD09));
        assertEquals(CoordinateConverter.gcj02ToWgs84(gcj), CoordinateConverter.convert(gcj, GCJ02, WGS84));
        assertEquals(CoordinateConverter.bd09ToGcj02(bd), CoordinateConverter.convert(bd, BD09, GCJ02));
        assertEquals(CoordinateConverter.bd09ToWgs84(bd), CoordinateConverter.convert(bd, BD09, WGS84));
        assertClose(wgs.lon(), wgs.lat(), CoordinateConverter.convert(bd, BD09, WGS84), 1e-7);
    }
}
