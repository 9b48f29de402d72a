package org.smartjustice.map.internal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;

class FeaturesTest {

    static MapVenue venue(String id, double lon, double lat) {
        return new MapVenue(id, "PUBLIC_LEGAL_SERVICE_CENTER", "公共法律服务中心", "TOWN_WORKSTATION",
                "乡镇（街道）公共法律服务工作站", "林山寨街道公共法律服务工作站", "郑州市中原区建设路1号", "410102001", lon, lat,
                "0371-12345678", "周一至周五 9:00-17:00", List.of("法律咨询", "人民调解"));
    }

    @Test
    void aFeatureHasThePublicFactsOnly() {
        Map<String, Object> f = Features.feature(venue("v1", 113.6123, 34.7521), CoordinateSystem.WGS84, null, null);
        assertEquals("Feature", f.get("type"));
        assertEquals("v1", f.get("id"));
        assertEquals(Map.of("type", "Point", "coordinates", List.of(113.6123, 34.7521)), f.get("geometry"));
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) f.get("properties");
        assertEquals(Set.of("name", "type", "typeTitle", "level", "levelTitle", "address", "streetCode", "phone",
                "openingHours", "services"), p.keySet());
        assertEquals("公共法律服务中心", p.get("typeTitle"));
        assertEquals(List.of("法律咨询", "人民调解"), p.get("services"));
        assertFalse(f.containsKey("links"));
    }

    @Test
    void absentFactsAreLeftOutNotNull() {
        MapVenue bare = new MapVenue("v2", "JUSTICE_OFFICE", "司法所", null, null, "某司法所", null, null, 113.6, 34.7,
                null, " ", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) Features.feature(bare, CoordinateSystem.WGS84, 1234.567, null)
                .get("properties");
        assertEquals(Set.of("name", "type", "typeTitle", "services", "distanceMeters"), p.keySet());
        assertEquals(1234.6, p.get("distanceMeters"));
        assertFalse(p.containsValue(null));
    }

    /** The published example of github.com/wandergis/coordtransform: WGS-84 (116.404, 39.915) → GCJ-02. */
    @Test
    void coordinatesAreConvertedToTheRequestedSystem() {
        assertEquals(List.of(116.4102445, 39.9164043), coordinates(venue("b", 116.404, 39.915), CoordinateSystem.GCJ02));

        MapVenue zz = venue("z", 113.6254, 34.7466);
        List<Double> wgs = coordinates(zz, CoordinateSystem.WGS84);
        List<Double> gcj = coordinates(zz, CoordinateSystem.GCJ02);
        List<Double> bd = coordinates(zz, CoordinateSystem.BD09);
        LonLat expectedGcj = CoordinateConverter.wgs84ToGcj02(new LonLat(113.6254, 34.7466));
        assertEquals(expectedGcj.lon(), gcj.get(0), 1e-7);
        assertEquals(expectedGcj.lat(), gcj.get(1), 1e-7);
        // In 郑州 the GCJ-02 offset is a few hundred metres, BD-09 adds about a kilometre more.
        assertTrue(Math.abs(gcj.get(0) - wgs.get(0)) > 0.003 && Math.abs(gcj.get(1) - wgs.get(1)) > 0.0005);
        assertNotEquals(gcj, bd);
        assertTrue(Math.abs(bd.get(0) - gcj.get(0)) > 0.005);
    }

    @Test
    void coordinatesAreRoundedToSevenDecimals() {
        assertEquals(List.of(113.1234568, 34.9876543), coordinates(venue("r", 113.123456789, 34.987654321), CoordinateSystem.WGS84));
    }

    @Test
    void aCollectionCountsAndLinks() {
        List<Map<String, Object>> features = List.of(
                Features.feature(venue("a", 113.6, 34.7), CoordinateSystem.GCJ02, null, null));
        List<Map<String, Object>> links = List.of(Features.link("http://h/items?offset=1", "next", Features.GEO_JSON, "下一页"));
        Map<String, Object> fc = Features.collection(features, 42, CoordinateSystem.GCJ02, "2026-01-01T08:00:00+08:00", links);
        assertEquals("FeatureCollection", fc.get("type"));
        assertEquals(42L, fc.get("numberMatched"));
        assertEquals(1, fc.get("numberReturned"));
        assertEquals("gcj02", fc.get("coordinateSystem"));
        assertEquals(links, fc.get("links"));
        assertEquals(Map.of("href", "http://h/items?offset=1", "rel", "next", "type", "application/geo+json", "title", "下一页"),
                links.get(0));
    }

    @SuppressWarnings("unchecked")
    static List<Double> coordinates(MapVenue v, CoordinateSystem crs) {
        Map<String, Object> geometry = (Map<String, Object>) Features.feature(v, crs, null, null).get("geometry");
        return (List<Double>) geometry.get("coordinates");
    }
}
