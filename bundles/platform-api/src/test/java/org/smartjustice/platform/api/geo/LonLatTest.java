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
}
