package org.smartjustice.platform.api.geo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LonLatTest {

    @Test
    void acceptsTheEdgesOfTheRange() {
        assertDoesNotThrow(() -> new LonLat(-180, -90));
        assertDoesNotThrow(() -> new LonLat(180, 90));
        assertEquals(113.6254, new LonLat(113.6254, 34.7466).lon());
        assertEquals(34.7466, new LonLat(113.6254, 34.7466).lat());
    }

    @ParameterizedTest
    @CsvSource({
        "180.000001, 0, 经度", "-180.5, 0, 经度",
        "0, 90.000001, 纬度", "0, -91, 纬度",
    })
    void refusesValuesOutOfRange(double lon, double lat, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LonLat(lon, lat));
        assertEquals(named, e.getMessage().substring(0, 2));
    }

    @Test
    void refusesNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new LonLat(Double.NaN, 30));
        assertThrows(IllegalArgumentException.class, () -> new LonLat(110, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new LonLat(Double.POSITIVE_INFINITY, 30));
        assertThrows(IllegalArgumentException.class, () -> new LonLat(110, Double.NEGATIVE_INFINITY));
    }

    @Test
    void aHundredthOfADegreeOfLatitudeIsAbout1112Meters() {
        assertEquals(1111.95, meters(113.62, 34.75, 113.62, 34.76), 1.0);
        assertEquals(1111.95, meters(113.62, 34.76, 113.62, 34.75), 1.0);
    }

    @Test
    void degreesOfLongitudeShrinkWithLatitude() {
        // along the equator a degree of longitude is as long as one of latitude, at 34.75° it is cos(34.75°) of it
        assertEquals(111_195, meters(0, 0, 1, 0), 1.0);
        assertEquals(1111.95 * Math.cos(Math.toRadians(34.75)), meters(113.62, 34.75, 113.63, 34.75), 1.0);
    }

    @Test
    void theSamePointIsZeroAndDistanceIsSymmetric() {
        assertEquals(0.0, meters(113.62, 34.75, 113.62, 34.75), 0.0);
        double ab = meters(113.62, 34.75, 113.70, 34.80);
        assertEquals(ab, meters(113.70, 34.80, 113.62, 34.75), 1e-9);
        // 0.05° north and 0.08° east in 郑州: about 5.6 km and 7.3 km
        assertEquals(9_200, ab, 300);
    }

    private static double meters(double lon1, double lat1, double lon2, double lat2) {
        return new LonLat(lon1, lat1).metersTo(new LonLat(lon2, lat2));
    }
}
