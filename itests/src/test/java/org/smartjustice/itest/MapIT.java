package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * 公共法律服务地图 through HTTP, anonymously: the OGC API - Features shape, every parameter,
 * paging, caching, the absence of personal data, tenancy, venues uninstalled and back, and the web
 * page (in a real browser: MapBrowserIT).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MapIT extends ItestSupport {

    static final String ZY = "410102";
    static final String MAP = "/api/v1/public/t/%s/map";
    static final String ITEMS = MAP + "/collections/venues/items";
    /** Personal data of every test venue: must never leave through the map. */
    static final String PERSON = "张保密";
    static final String MOBILE = "13912345678";

    /** The venues the tests create, by name; only those that are ACTIVE are public. */
    static final Map<String, String> IDS = new LinkedHashMap<>();
    static final String OFFICE_A = "地图测试司法所甲";
    static final String OFFICE_B = "地图测试司法所乙";
    static final String FIRM = "地图测试律师事务所";
    static final String MEDIATION = "地图测试人民调解委员会";
    static final String AID = "地图测试法律援助中心";
    static final String CLOSED = "地图测试已撤销司法所";
    static final String SUSPENDED = "地图测试暂停服务司法所";
    static final int PUBLIC_COUNT = 5;

    private final String adminZy = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of(ZY));

    @Configuration
    public Option[] config() {
        return baseOptions(systemProperty("itest.build.dir").value(System.getProperty("itest.build.dir")));
    }

    @Before
    public void ready() throws Exception {
        eventually("venues answer", 60_000, () -> http.get(VenuesIT.url(ZY), adminZy).status() == 200);
        eventually("map answers", 60_000, () -> http.get(items(ZY, ""), null).status() == 200);
        synchronized (IDS) {
            if (IDS.isEmpty()) {
                create(OFFICE_A, "JUSTICE_OFFICE", "410102001", 113.600, 34.750, "");
                create(OFFICE_B, "JUSTICE_OFFICE", "410102002", 113.610, 34.750, "");
                create(FIRM, "LAW_FIRM", "410102003", 113.620, 34.760,
                        "\"creditCode\":\"" + Codes.credit("91410102MA9MAP00") + "\",");
                create(MEDIATION, "MEDIATION_ORGANIZATION", "410102004", 113.500, 34.850, "");
                create(AID, "LEGAL_AID_CENTER", "410102005", 113.650, 34.700, "");
                create(CLOSED, "JUSTICE_OFFICE", "410102006", 113.605, 34.751, "");
                assertEquals(200, http.delete(VenuesIT.url(ZY) + "/" + IDS.get(CLOSED), adminZy).status());
                create(SUSPENDED, "JUSTICE_OFFICE", "410102007", 113.606, 34.751, "\"status\":\"SUSPENDED\",");
            }
        }
    }

    @Test
    public void landingConformanceAndCollectionsFollowOgcApiFeatures() {
        Http.Res landing = http.get(String.format(MAP, ZY) + "/", null);
        assertEquals(landing.toString(), 200, landing.status());
        assertTrue(landing.contentType().startsWith("application/json"));
        Map<String, String> rels = rels(landing.json().get("links"));
        assertTrue(rels.toString(), rels.keySet().containsAll(List.of("self", "service-desc", "conformance", "data", "alternate")));
        assertTrue(rels.get("data").endsWith("/api/v1/public/t/410102/map/collections"));
        assertTrue(rels.get("alternate").endsWith("/map/?tenant=410102"));
        assertEquals(200, http.get(String.format(MAP, ZY), null).status());

        List<String> classes = Http.strings(http.get(String.format(MAP, ZY) + "/conformance", null).json().get("conformsTo"));
        assertTrue(classes.contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"));
        assertTrue(classes.contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"));

        JsonNode collections = http.get(String.format(MAP, ZY) + "/collections", null).json();
        assertEquals(1, collections.get("collections").size());
        JsonNode venues = collections.get("collections").get(0);
        assertEquals("venues", venues.get("id").asText());
        assertEquals("feature", venues.get("itemType").asText());
        assertEquals(PUBLIC_COUNT, venues.get("numberOfItems").asInt());
        assertTrue(rels(venues.get("links")).get("items").endsWith("/collections/venues/items"));
        JsonNode bbox = venues.get("extent").get("spatial").get("bbox").get(0);
        assertEquals(113.5, bbox.get(0).asDouble(), 1e-9);
        assertEquals(34.7, bbox.get(1).asDouble(), 1e-9);
        assertEquals(113.65, bbox.get(2).asDouble(), 1e-9);
        assertEquals(34.85, bbox.get(3).asDouble(), 1e-9);

        JsonNode one = http.get(String.format(MAP, ZY) + "/collections/venues", null).json();
        assertEquals("venues", one.get("id").asText());
        assertEquals(9, one.get("venueTypes").size());
        assertProblem(http.get(String.format(MAP, ZY) + "/collections/people", null), 404, "not-found");
    }

    @Test
    public void itemsAreAGeoJsonFeatureCollectionOfActiveVenues() {
        Http.Res r = http.get(items(ZY, ""), null);
        assertEquals(r.toString(), 200, r.status());
        assertTrue(r.contentType(), r.contentType().startsWith("application/geo+json"));
        JsonNode fc = r.json();
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(PUBLIC_COUNT, fc.get("numberMatched").asInt());
        assertEquals(PUBLIC_COUNT, fc.get("numberReturned").asInt());
        assertNotNull(fc.get("timeStamp"));
        Map<String, String> rels = rels(fc.get("links"));
        assertTrue(rels.containsKey("self"));
        assertTrue(rels.containsKey("collection"));
        assertFalse("one page only", rels.containsKey("next"));
        Set<String> names = names(fc);
        assertEquals(Set.of(OFFICE_A, OFFICE_B, FIRM, MEDIATION, AID), names);

        JsonNode feature = byName(fc, OFFICE_A);
        assertEquals("Feature", feature.get("type").asText());
        assertEquals(IDS.get(OFFICE_A), feature.get("id").asText());
        assertEquals("Point", feature.get("geometry").get("type").asText());
        assertEquals(113.6, feature.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals(34.75, feature.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
        JsonNode p = feature.get("properties");
        assertEquals("JUSTICE_OFFICE", p.get("type").asText());
        assertEquals("司法所", p.get("typeTitle").asText());
        assertEquals("郑州市中原区地图测试路8号", p.get("address").asText());
        assertEquals("0371-66668888", p.get("phone").asText());
        assertEquals("周一至周五 9:00-17:00", p.get("openingHours").asText());
        assertEquals("410102001", p.get("streetCode").asText());
        assertEquals(List.of("法律咨询", "人民调解"), Http.strings(p.get("services")));

        Http.Res single = http.get(String.format(ITEMS, ZY) + "/" + IDS.get(FIRM), null);
        assertEquals(single.toString(), 200, single.status());
        assertTrue(single.contentType().startsWith("application/geo+json"));
        assertEquals(FIRM, single.json().get("properties").get("name").asText());
        assertEquals("Feature", single.json().get("type").asText());
        assertProblem(http.get(String.format(ITEMS, ZY) + "/" + IDS.get(CLOSED), null), 404, "not-found");
        assertProblem(http.get(String.format(ITEMS, ZY) + "/" + IDS.get(SUSPENDED), null), 404, "not-found");
        assertProblem(http.get(String.format(ITEMS, ZY) + "/no-such-id", null), 404, "not-found");
    }

    @Test
    public void bboxTypeTextAndNearFilter() {
        assertEquals(Set.of(OFFICE_A, OFFICE_B), names(get(items(ZY, "?bbox=113.595,34.745,113.615,34.755"))));
        assertEquals(Set.of(OFFICE_A, OFFICE_B), names(get(items(ZY, "?type=JUSTICE_OFFICE"))));
        assertEquals(Set.of(OFFICE_A, OFFICE_B, FIRM), names(get(items(ZY, "?type=司法所,LAW_FIRM"))));
        assertEquals(Set.of(OFFICE_A, OFFICE_B, FIRM), names(get(items(ZY, "?type=司法所&type=律师事务所"))));
        assertEquals(Set.of(FIRM), names(get(items(ZY, "?q=律师"))));
        assertEquals(Set.of(OFFICE_B), names(get(items(ZY, "?q=司法所乙&type=JUSTICE_OFFICE"))));

        JsonNode near = get(items(ZY, "?near=113.611,34.7501&limit=3"));
        assertEquals(3, near.get("numberReturned").asInt());
        assertEquals(PUBLIC_COUNT, near.get("numberMatched").asInt());
        List<String> order = new ArrayList<>();
        List<Double> meters = new ArrayList<>();
        near.get("features").forEach(f -> {
            order.add(f.get("properties").get("name").asText());
            meters.add(f.get("properties").get("distanceMeters").asDouble());
        });
        assertEquals(List.of(OFFICE_B, OFFICE_A, FIRM), order);
        assertTrue(meters.toString(), meters.get(0) < 100 && meters.get(0) <= meters.get(1) && meters.get(1) <= meters.get(2));
        assertTrue(rels(near.get("links")).containsKey("next"));
        // near inside a bbox: only the box's venues, nearest first.
        JsonNode boxed = get(items(ZY, "?near=113.70,34.75&bbox=113.595,34.745,113.615,34.755"));
        assertEquals(List.of(OFFICE_B, OFFICE_A), List.of(boxed.get("features").get(0).get("properties").get("name").asText(),
                boxed.get("features").get(1).get("properties").get("name").asText()));
        // the type filter applies to near as well
        assertEquals(Set.of(MEDIATION), names(get(items(ZY, "?near=113.62,34.76&type=MEDIATION_ORGANIZATION"))));
    }

    @Test
    public void badParametersAre400NamingTheParameter() {
        PlatformApiIT.assertField(http.get(items(ZY, "?bbox=1,2,3"), null), "bbox");
        PlatformApiIT.assertField(http.get(items(ZY, "?bbox=113.7,34.7,113.6,34.8"), null), "bbox");
        PlatformApiIT.assertField(http.get(items(ZY, "?limit=0"), null), "limit");
        PlatformApiIT.assertField(http.get(items(ZY, "?offset=-5"), null), "offset");
        PlatformApiIT.assertField(http.get(items(ZY, "?crs=epsg3857"), null), "crs");
        PlatformApiIT.assertField(http.get(items(ZY, "?near=113.6"), null), "near");
        PlatformApiIT.assertField(http.get(items(ZY, "?type=CASINO"), null), "type");
        PlatformApiIT.assertField(http.get(items(ZY, "?bbx=1,2,3,4"), null), "bbx");
        PlatformApiIT.assertField(http.get(String.format(ITEMS, ZY) + "/" + IDS.get(FIRM) + "?crs=mercator", null), "crs");
        // OGC: a limit above the maximum is served with the maximum, not refused.
        assertEquals(200, http.get(items(ZY, "?limit=100000"), null).status());
    }

    /** GCJ-02 (高德, 腾讯) is shifted from WGS-84 by the published algorithm; bbox and near are read in it too. */
    @Test
    public void coordinatesInTheCallersSystem() {
        JsonNode wgs = byName(get(items(ZY, "?crs=wgs84")), OFFICE_A).get("geometry").get("coordinates");
        JsonNode gcj = byName(get(items(ZY, "?crs=gcj02")), OFFICE_A).get("geometry").get("coordinates");
        JsonNode bd = byName(get(items(ZY, "?crs=bd09")), OFFICE_A).get("geometry").get("coordinates");
        assertEquals(113.6, wgs.get(0).asDouble(), 1e-9);
        // WGS-84 (113.6, 34.75) → GCJ-02 (113.6060397, 34.7488050), computed with the formula of
        // github.com/wandergis/coordtransform independently of the product.
        assertEquals(113.6060397, gcj.get(0).asDouble(), 2e-7);
        assertEquals(34.7488050, gcj.get(1).asDouble(), 2e-7);
        assertTrue(Math.abs(bd.get(0).asDouble() - gcj.get(0).asDouble()) > 0.005);
        assertEquals("gcj02", get(items(ZY, "?crs=gcj02")).get("coordinateSystem").asText());

        // A box drawn on a GCJ-02 map around the GCJ-02 position finds the venue; in WGS-84 it does not.
        String box = "113.6055,34.7485,113.6065,34.7491";
        assertEquals(Set.of(OFFICE_A), names(get(items(ZY, "?crs=gcj02&bbox=" + box))));
        assertEquals(Set.of(), names(get(items(ZY, "?bbox=" + box))));
        // The GCJ-02 position itself is the nearest point to OFFICE_A when read as GCJ-02.
        JsonNode near = get(items(ZY, "?crs=gcj02&limit=1&near=113.6060397,34.7488050"));
        assertEquals(OFFICE_A, near.get("features").get(0).get("properties").get("name").asText());
        assertTrue(near.get("features").get(0).get("properties").get("distanceMeters").asDouble() < 1);
        JsonNode single = http.get(String.format(ITEMS, ZY) + "/" + IDS.get(OFFICE_A) + "?crs=gcj02", null).json();
        assertEquals(113.6060397, single.get("geometry").get("coordinates").get(0).asDouble(), 2e-7);
    }

    @Test
    public void pagingFollowsNextLinks() {
        Set<String> seen = new HashSet<>();
        String url = items(ZY, "?limit=2&q=地图测试&type=JUSTICE_OFFICE,LAW_FIRM,MEDIATION_ORGANIZATION,LEGAL_AID_CENTER");
        int pages = 0;
        while (url != null) {
            JsonNode page = get(url);
            pages++;
            assertEquals(PUBLIC_COUNT, page.get("numberMatched").asInt());
            assertTrue(page.get("numberReturned").asInt() <= 2);
            page.get("features").forEach(f -> assertTrue("no duplicates", seen.add(f.get("id").asText())));
            Map<String, String> rels = rels(page.get("links"));
            if (pages > 1) {
                assertTrue(rels.containsKey("prev"));
            }
            url = rels.get("next") == null ? null : path(rels.get("next"));
            assertTrue("terminates", pages <= PUBLIC_COUNT);
        }
        assertEquals(3, pages);
        assertEquals(PUBLIC_COUNT, seen.size());
        JsonNode last = get(items(ZY, "?limit=2&offset=4"));
        assertEquals(1, last.get("numberReturned").asInt());
        assertNull(rels(last.get("links")).get("next"));
    }

    @Test
    public void etagAndLastModifiedLetClientsRevalidate() {
        String url = items(ZY, "?crs=gcj02&type=MEDIATION_ORGANIZATION");
        Http.Res first = http.get(url, null);
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertNotNull(first.header("Last-Modified"));
        Http.Res again = conditional(url, etag);
        assertEquals(304, again.status());
        assertEquals("", again.body());
        assertEquals(etag, again.header("ETag"));
        // Another query, another tag.
        assertNotEquals(etag, http.get(items(ZY, "?crs=wgs84&type=MEDIATION_ORGANIZATION"), null).header("ETag"));
        assertEquals(304, conditional(String.format(MAP, ZY) + "/collections", http.get(String.format(MAP, ZY) + "/collections", null).header("ETag")).status());

        // A change of any venue of the district makes the tag stale.
        JsonNode venue = http.get(VenuesIT.url(ZY) + "/" + IDS.get(MEDIATION), adminZy).json();
        String changed = body(MEDIATION, "MEDIATION_ORGANIZATION", "410102004", 113.500, 34.850,
                "\"version\":" + venue.get("version").asLong() + ",").replace("周一至周五 9:00-17:00", "周一至周六 9:00-18:00");
        assertEquals(200, http.put(VenuesIT.url(ZY) + "/" + IDS.get(MEDIATION), adminZy, changed).status());
        Http.Res after = conditional(url, etag);
        assertEquals(after.toString(), 200, after.status());
        assertNotEquals(etag, after.header("ETag"));
        assertEquals("周一至周六 9:00-18:00", after.json().get("features").get(0).get("properties").get("openingHours").asText());
    }

    @Test
    public void noPersonalDataInAnyAnswer() {
        List<String> urls = List.of(items(ZY, "?limit=1000"), items(ZY, "?near=113.6,34.75"), items(ZY, "?crs=bd09"),
                String.format(ITEMS, ZY) + "/" + IDS.get(OFFICE_A), String.format(MAP, ZY) + "/collections",
                String.format(MAP, ZY) + "/collections/venues", String.format(MAP, ZY) + "/");
        for (String url : urls) {
            Http.Res r = http.get(url, null);
            assertEquals(r.toString(), 200, r.status());
            for (String secret : List.of(PERSON, MOBILE, "139****5678", "contactPerson", "contactPhone", "creditCode",
                    Codes.credit("91410102MA9MAP00"), "内部备注")) {
                assertFalse(url + " leaks " + secret, r.body().contains(secret));
            }
        }
    }

    @Test
    public void tenantsWithoutTheMapGet404() {
        assertProblem(http.get(items("410103", ""), null), 404, "module-not-enabled");
        assertProblem(http.get(String.format(MAP, "410103") + "/", null), 404, "module-not-enabled");
        assertProblem(http.get(items("999999", ""), null), 404, "tenant-not-found");
        // The pilot 中牟县 has the map, and none of 中原区's venues: not even right after 中原区
        // asked the same question (answers are kept per tenant).
        assertTrue(get(items(ZY, "")).get("numberMatched").asInt() > 0);
        JsonNode zm = get(items("410122", ""));
        assertEquals(0, zm.get("numberMatched").asInt());
        assertProblem(http.get(String.format(ITEMS, "410122") + "/" + IDS.get(OFFICE_A), null), 404, "not-found");
    }

    @Test
    public void menuAndConfiguration() {
        String worker = Tokens.of("zy-worker", List.of("GRID_WORKER"), List.of(ZY));
        boolean found = false;
        for (JsonNode e : http.get("/api/v1/t/" + ZY + "/menu", worker).json()) {
            if (e.get("id").asText().equals("map")) {
                found = true;
                assertEquals("公共法律服务地图", e.get("title").asText());
                assertEquals("map", e.get("module").asText());
            }
        }
        assertTrue("menu entry", found);
        JsonNode config = http.get(String.format(MAP, ZY) + "/config", null).json();
        assertEquals("", config.get("tileUrl").asText());
        assertEquals("wgs84", config.get("crs").asText());
        assertEquals(ZY, config.get("tenant").asText());
    }

    @Test
    public void thePageIsServedAnonymously() {
        Http.Res page = http.get("/map/?tenant=410102", null);
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Security-Policy"), page.header("Content-Security-Policy").contains("frame-ancestors 'self'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("公共法律服务地图"));
        assertTrue(page.body().contains("name=\"viewport\""));
        assertTrue(page.body().contains("lib/leaflet/leaflet.js"));
        assertFalse("no CDN", page.body().contains("//unpkg.com") || page.body().contains("//cdn"));
        Http.Res redirect = http.get("/map?tenant=410102", null);
        assertEquals(301, redirect.status());
        assertEquals("/map/?tenant=410102", redirect.header("Location"));
        for (String asset : List.of("map.js", "map.css", "lib/leaflet/leaflet.js", "lib/leaflet/leaflet.css",
                "lib/markercluster/leaflet.markercluster.js", "lib/markercluster/MarkerCluster.Default.css")) {
            Http.Res r = http.get("/map/" + asset, null);
            assertEquals(asset, 200, r.status());
            assertTrue(asset + " " + r.contentType(), r.contentType().startsWith(asset.endsWith(".js") ? "text/javascript" : "text/css"));
        }
        assertEquals(404, http.get("/map/nothing-here.js", null).status());
        assertEquals(404, http.get("/map/lib", null).status());
    }

    @Test
    public void withoutVenuesTheMapAnswers503AndRecovers() throws Exception {
        try {
            features().uninstallFeature("justice-venues");
            eventually("503 module-unavailable", 30_000, () -> {
                Http.Res r = http.get(items(ZY, ""), null);
                return r.status() == 503 && r.body().contains("\"module-unavailable\"");
            });
            Http.Res r = http.get(items(ZY, ""), null);
            assertProblem(r, 503, "module-unavailable");
            assertEquals("所需模块未安装", r.json().get("title").asText());
            assertTrue(r.json().get("detail").asText(), r.json().get("detail").asText().contains("「阵地管理」（venues）"));
            assertProblem(http.get(String.format(MAP, ZY) + "/collections", null), 503, "module-unavailable");
            // What does not need venues keeps serving.
            assertEquals(200, http.get(String.format(MAP, ZY) + "/", null).status());
            assertEquals(200, http.get(String.format(MAP, ZY) + "/config", null).status());
            assertEquals(200, http.get("/map/", null).status());
        } finally {
            features().installFeature("justice-venues");
        }
        eventually("map serves venues again", 60_000, () -> {
            Http.Res r = http.get(items(ZY, ""), null);
            return r.status() == 200 && r.json().get("numberMatched").asInt() == PUBLIC_COUNT;
        });
        assertEquals(200, http.get(VenuesIT.url(ZY), adminZy).status());
    }

    // ------------------------------------------------------------------ helpers

    private void create(String name, String type, String street, double lon, double lat, String extra) {
        Http.Res r = http.post(VenuesIT.url(ZY), adminZy, body(name, type, street, lon, lat, extra));
        assertEquals(r.toString(), 201, r.status());
        IDS.put(name, r.json().get("id").asText());
    }

    static String body(String name, String type, String street, double lon, double lat, String extra) {
        return "{" + extra + "\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"address\":\"郑州市中原区地图测试路8号\","
                + "\"streetCode\":\"" + street + "\",\"lon\":" + lon + ",\"lat\":" + lat + ",\"phone\":\"0371-66668888\","
                + "\"contactPerson\":\"" + PERSON + "\",\"contactPhone\":\"" + MOBILE + "\","
                + "\"openingHours\":\"周一至周五 9:00-17:00\",\"services\":[\"法律咨询\",\"人民调解\"],"
                + "\"description\":\"内部备注：不公开\"}";
    }

    static String items(String tenant, String query) {
        return String.format(ITEMS, tenant) + query;
    }

    private JsonNode get(String url) {
        Http.Res r = http.get(url, null);
        assertEquals(r.toString(), 200, r.status());
        assertTrue(r.contentType().startsWith("application/geo+json"));
        return r.json();
    }

    /** A GET with one extra request header (If-None-Match), which the shared client does not send. */
    private static Http.Res conditional(String url, String etag) {
        return withHeader(url, "If-None-Match", etag);
    }

    private static Http.Res withHeader(String url, String name, String value) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Integer.getInteger("itest.http.port") + url))
                            .header(name, value).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Http.Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> rels(JsonNode links) {
        Map<String, String> out = new LinkedHashMap<>();
        links.forEach(l -> out.put(l.get("rel").asText(), l.get("href").asText()));
        return out;
    }

    private static Set<String> names(JsonNode fc) {
        Set<String> out = new HashSet<>();
        fc.get("features").forEach(f -> out.add(f.get("properties").get("name").asText()));
        return out;
    }

    private static JsonNode byName(JsonNode fc, String name) {
        for (JsonNode f : fc.get("features")) {
            if (f.get("properties").get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " not in " + fc);
    }

    /** The path and query of an absolute link, for the test's own client. */
    private static String path(String href) {
        URI u = URI.create(href);
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
