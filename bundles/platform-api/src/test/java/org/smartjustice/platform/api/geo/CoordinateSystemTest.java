package org.smartjustice.platform.api.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateSystemTest {

    @ParameterizedTest
    @CsvSource({
        "wgs84, WGS84", "WGS84, WGS84", "WGS-84, WGS84", "' wgs84 ', WGS84",
        "cgcs2000, WGS84", "CGCS2000, WGS84",
        "gcj02, GCJ02", "GCJ02, GCJ02", "Gcj-02, GCJ02",
        "bd09, BD09", "BD09, BD09", "bd-09, BD09",
    })
    void parsesTheNamesPeopleWriteIgnoringCase(String input, CoordinateSystem expected) {
        assertEquals(expected, CoordinateSystem.parse(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"epsg:4326", "wgs", "gcj", "bd09mc", "mercator"})
    void refusesAnythingElseWithAChineseMessage(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoordinateSystem.parse(input));
        assertTrue(e.getMessage().startsWith("不支持的坐标系"), e.getMessage());
    }

    @Test
    void codesRoundTripThroughParse() {
        for (CoordinateSystem crs : CoordinateSystem.values()) {
            assertEquals(crs, CoordinateSystem.parse(crs.code()));
            assertFalse(crs.title().isBlank());
        }
    }
}
