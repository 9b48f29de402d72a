package org.smartjustice.map.internal.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

class ItemsRequestTest {

    static final List<VenueSource.Kind> KINDS = List.of(new VenueSource.Kind("JUSTICE_OFFICE", "司法所"),
            new VenueSource.Kind("LAW_FIRM", "律师事务所"), new VenueSource.Kind("NOTARY_OFFICE", "公证处"));

    @Test
    void defaultsAreOgcs() {
        ItemsRequest r = parse();
        assertEquals(100, r.limit());
        assertEquals(0, r.offset());
        assertEquals(CoordinateSystem.WGS84, r.crs());
        assertNull(r.bbox());
        assertNull(r.near());
        assertNull(r.text());
        assertTrue(r.types().isEmpty());
    }

    @Test
    void limitAboveTheMaximumMeansTheMaximumButBelowOneIsAnError() {
        assertEquals(1000, parse("limit", "5000").limit());
        assertEquals(1000, parse("limit", "99999999999999999999").limit());
        assertEquals(7, parse("limit", "7", "offset", "14").limit());
        assertEquals(14, parse("limit", "7", "offset", "14").offset());
        assertFields(() -> parse("limit", "0"), "limit");
        assertFields(() -> parse("limit", "ten"), "limit");
        assertFields(() -> parse("offset", "-1"), "offset");
        assertFields(() -> parse("offset", "1.5"), "offset");
    }

    @Test
    void unknownAndRepeatedParametersAreRefused() {
        assertFields(() -> parse("bbx", "1,2,3,4"), "bbx");
        Map<String, List<String>> twice = new LinkedHashMap<>();
        twice.put("limit", List.of("1", "2"));
        assertFields(() -> ItemsRequest.parse(twice, KINDS), "limit");
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> parse("crs", "utm", "bbox", "1,2", "near", "x,y", "type", "CASINO", "limit", "-3", "f", "html"));
        assertEquals(400, e.status());
        assertEquals("validation-failed", e.type());
        assertEquals(Set.of("crs", "bbox", "near", "type", "limit", "f"), fields(e));
    }

    @Test
    void bboxInWgs84IsKeptAndA3dBoxLosesItsHeights() {
        assertArrayEquals(new double[] { 113.6, 34.7, 113.7, 34.8 }, parse("bbox", "113.6,34.7,113.7,34.8").bbox());
        assertArrayEquals(new double[] { 113.6, 34.7, 113.7, 34.8 }, parse("bbox", "113.6, 34.7, 0, 113.7, 34.8, 100").bbox());
        assertFields(() -> parse("bbox", "113.7,34.7,113.6,34.8"), "bbox");
        assertFields(() -> parse("bbox", "113.6,34.7,113.7,95"), "bbox");
        assertFields(() -> parse("bbox", "113.6,34.7,113.7,NaN"), "bbox");
        assertFields(() -> parse("bbox", "113.6,34.7,113.7,"), "bbox");
    }

    @Test
    void bboxInGcj02IsConvertedToWgs84() {
        double[] box = parse("bbox", "113.6,34.7,113.7,34.8", "crs", "gcj02").bbox();
        // The envelope of the four corners, each converted (the offset varies across the box).
        double[] expected = { 999, 999, -999, -999 };
        for (double[] c : new double[][] { { 113.6, 34.7 }, { 113.6, 34.8 }, { 113.7, 34.7 }, { 113.7, 34.8 } }) {
            LonLat w = CoordinateConverter.gcj02ToWgs84(new LonLat(c[0], c[1]));
            expected[0] = Math.min(expected[0], w.lon());
            expected[1] = Math.min(expected[1], w.lat());
            expected[2] = Math.max(expected[2], w.lon());
            expected[3] = Math.max(expected[3], w.lat());
        }
        assertArrayEquals(expected, box, 1e-12);
        // GCJ-02 is a few hundred metres off WGS-84 in 郑州.
        assertTrue(Math.abs(box[0] - 113.6) > 0.003 && Math.abs(box[2] - 113.7) > 0.003);
    }

    @Test
    void nearIsReadInTheCrsAndConvertedToWgs84() {
        assertEquals(new LonLat(113.62, 34.75), parse("near", "113.62,34.75").near());
        LonLat fromBd = parse("near", "113.62,34.75", "crs", "bd09").near();
        LonLat expected = CoordinateConverter.bd09ToWgs84(new LonLat(113.62, 34.75));
        assertEquals(expected.lon(), fromBd.lon(), 1e-12);
        assertEquals(expected.lat(), fromBd.lat(), 1e-12);
        assertFields(() -> parse("near", "113.62"), "near");
        assertFields(() -> parse("near", "200,34"), "near");
    }

    @Test
    void crsNamesAsPeopleAndOgcWriteThem() {
        assertEquals(CoordinateSystem.GCJ02, parse("crs", "GCJ-02").crs());
        assertEquals(CoordinateSystem.BD09, parse("crs", "bd09").crs());
        assertEquals(CoordinateSystem.WGS84, parse("crs", "cgcs2000").crs());
        assertEquals(CoordinateSystem.WGS84, parse("crs", Params.CRS84).crs());
        assertFields(() -> parse("crs", "epsg:3857"), "crs");
    }

    @Test
    void typesByNameOrTitleRepeatedOrCommaSeparated() {
        assertEquals(Set.of("JUSTICE_OFFICE", "LAW_FIRM"), parse("type", "司法所,law_firm").types());
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        repeated.put("type", List.of("公证处", "JUSTICE_OFFICE"));
        assertEquals(Set.of("NOTARY_OFFICE", "JUSTICE_OFFICE"), ItemsRequest.parse(repeated, KINDS).types());
        assertFields(() -> parse("type", "司法所,赌场"), "type");
    }

    @Test
    void textIsTrimmedAndLimited() {
        assertEquals("法律援助", parse("q", "  法律援助 ").text());
        assertNull(parse("q", "   ").text());
        assertFields(() -> parse("q", "长".repeat(101)), "q");
        assertEquals(100, parse("f", "json").limit());
    }

    static ItemsRequest parse(String... pairs) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            q.put(pairs[i], List.of(pairs[i + 1]));
        }
        return ItemsRequest.parse(q, KINDS);
    }

    static void assertFields(org.junit.jupiter.api.function.Executable call, String... expected) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(400, e.status());
        assertEquals(Set.of(expected), fields(e));
    }

    static Set<String> fields(ProblemException e) {
        return e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet());
    }
}
