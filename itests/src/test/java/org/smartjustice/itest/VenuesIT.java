package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** 阵地管理 through HTTP: CRUD and optimistic locking, filters, nearest, imports, export, tenancy. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VenuesIT extends ItestSupport {

    static final String ZY = "410102";
    static final String ZM = "410122";
    static final String BASE = "/api/v1/t/%s/venues";
    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configurationAdmin;

    private final String adminZy = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of(ZY));
    private final String workerZy = Tokens.of("zy-worker", List.of("GRID_WORKER"), List.of(ZY));
    private final String adminZm = Tokens.of("zm-admin", List.of("DISTRICT_ADMIN"), List.of(ZM));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        eventually("venues answer", 60_000, () -> http.get(url(ZY), adminZy).status() == 200);
    }

    @Test
    public void createReadUpdateWithOptimisticLockingAndSoftDelete() {
        Http.Res created = http.post(url(ZY), adminZy, venue("测试律师事务所 CRUD", "LAW_FIRM", null, "410102001",
                113.60, 34.75, "\"creditCode\":\"" + Codes.credit("91410102MA9CRUD0") + "\","));
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().get("id").asText();
        long version = created.json().get("version").asLong();

        JsonNode read = http.get(url(ZY) + "/" + id, workerZy).json();
        assertEquals("测试律师事务所 CRUD", read.get("name").asText());
        assertEquals("林山寨街道", read.get("streetName").asText());
        assertEquals("138****1234", read.get("contactPhone").asText());
        assertEquals("13800001234", http.get(url(ZY) + "/" + id, adminZy).json().get("contactPhone").asText());

        String changed = venue("测试律师事务所 CRUD 更名", "LAW_FIRM", null, "410102001", 113.60, 34.75,
                "\"creditCode\":\"" + Codes.credit("91410102MA9CRUD0") + "\",\"version\":" + version + ",");
        Http.Res updated = http.put(url(ZY) + "/" + id, adminZy, changed);
        assertEquals(updated.toString(), 200, updated.status());
        assertProblem(http.put(url(ZY) + "/" + id, adminZy, changed), 409, "conflict");
        assertProblem(http.post(url(ZY), workerZy, venue("网格员不能新增", "JUSTICE_OFFICE", null, "410102001", 113.6, 34.75, "")),
                403, "forbidden");

        Http.Res closed = http.delete(url(ZY) + "/" + id, adminZy);
        assertEquals(closed.toString(), 200, closed.status());
        assertEquals("CLOSED", http.get(url(ZY) + "/" + id, adminZy).json().get("status").asText());
        assertFalse(names(http.get(url(ZY) + "?status=ACTIVE&size=200", adminZy)).contains("测试律师事务所 CRUD 更名"));
    }

    @Test
    public void badInputNamesTheFieldAndStoresNothing() {
        long before = total(ZY);
        assertField(http.post(url(ZY), adminZy, venue("无信用代码的公证处", "NOTARY_OFFICE", null, "410102001", 113.6, 34.75, "")), "creditCode");
        assertField(http.post(url(ZY), adminZy, venue("错街道", "JUSTICE_OFFICE", null, "410103001", 113.6, 34.75, "")), "streetCode");
        assertField(http.post(url(ZY), adminZy, venue("在外地", "JUSTICE_OFFICE", null, "410102001", 116.4, 39.9, "")), "lon");
        assertField(http.post(url(ZY), adminZy, venue("中心缺层级", "PUBLIC_LEGAL_SERVICE_CENTER", null, "410102001", 113.6, 34.75, "")), "level");
        assertField(http.post(url(ZY), adminZy, venue("类型错", "CASINO", null, "410102001", 113.6, 34.75, "")), "type");
        assertField(http.post(url(ZY), adminZy, venue("长".repeat(101), "JUSTICE_OFFICE", null, "410102001", 113.6, 34.75, "")), "name");
        String wrongCheck = Codes.wrongCheck(Codes.credit("91410102MA9BAD00"));
        assertField(http.post(url(ZY), adminZy, venue("校验码错", "LAW_FIRM", null, "410102001", 113.6, 34.75,
                "\"creditCode\":\"" + wrongCheck + "\",")), "creditCode");
        assertEquals(before, total(ZY));

        // An explicit override keeps a code that fails the check character, and is audited.
        Http.Res kept = http.post(url(ZY), adminZy, venue("校验码错但已核实", "LAW_FIRM", null, "410102001", 113.6, 34.75,
                "\"creditCode\":\"" + wrongCheck + "\",\"creditCodeOverride\":true,"));
        assertEquals(kept.toString(), 201, kept.status());
        assertTrue(kept.json().get("creditCodeOverride").asBoolean());
        JsonNode audit = http.get("/api/v1/platform/audit?principal=zy-admin&size=200", Tokens.operator()).json();
        boolean overrideAudited = false;
        for (JsonNode e : audit.get("items")) {
            overrideAudited |= e.get("action").asText().equals("venues.credit-code-override");
        }
        assertTrue("override audited", overrideAudited);
    }

    @Test
    public void filtersPagingSortingAndNearest() {
        String street = "410102002";
        for (int i = 0; i < 3; i++) {
            assertEquals(201, http.post(url(ZY), adminZy, venue("筛选调解组织" + i, "MEDIATION_ORGANIZATION", null, street,
                    113.60 + i * 0.01, 34.76, "")).status());
        }
        http.post(url(ZY), adminZy, venue("筛选法治文化场所", "RULE_OF_LAW_CULTURE_SITE", null, "410102003", 113.55, 34.80, ""));

        JsonNode byType = http.get(url(ZY) + "?type=MEDIATION_ORGANIZATION&q=筛选&size=200", workerZy).json();
        assertEquals(3, byType.get("total").asInt());
        JsonNode byStreet = http.get(url(ZY) + "?street=" + street + "&q=筛选", workerZy).json();
        assertEquals(3, byStreet.get("total").asInt());
        JsonNode byTitle = http.get(url(ZY) + "?type=法治文化场所&q=筛选", workerZy).json();
        assertEquals(1, byTitle.get("total").asInt());
        JsonNode paged = http.get(url(ZY) + "?q=筛选调解&size=2&page=2&sort=-name", workerZy).json();
        assertEquals(3, paged.get("total").asInt());
        assertEquals(1, paged.get("items").size());
        assertEquals("筛选调解组织0", paged.get("items").get(0).get("name").asText());
        assertField(http.get(url(ZY) + "?sort=password", workerZy), "sort");
        assertField(http.get(url(ZY) + "?status=GONE", workerZy), "status");

        JsonNode nearest = http.get(url(ZY) + "/nearest?lon=113.6201&lat=34.7601&n=2&type=MEDIATION_ORGANIZATION", workerZy).json();
        assertEquals(2, nearest.size());
        assertEquals("筛选调解组织2", nearest.get(0).get("name").asText());
        assertTrue(nearest.get(0).get("distanceMeters").asDouble() < nearest.get(1).get("distanceMeters").asDouble());
        // The third is 1.8 km away, outside the first 1 km look: the look widens until it is exact.
        JsonNode three = http.get(url(ZY) + "/nearest?lon=113.6201&lat=34.7601&n=3&type=MEDIATION_ORGANIZATION", workerZy).json();
        assertEquals("筛选调解组织0", three.get(2).get("name").asText());
        assertEquals(1840, three.get(2).get("distanceMeters").asDouble(), 20);
        // More asked for than there are: every active one of the district, nearest first.
        JsonNode all = http.get(url(ZY) + "/nearest?lon=113.6201&lat=34.7601&n=50&type=MEDIATION_ORGANIZATION", workerZy).json();
        assertEquals(http.get(url(ZY) + "?type=MEDIATION_ORGANIZATION&status=ACTIVE", workerZy).json().get("total").asInt(), all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.toString(), all.get(i - 1).get("distanceMeters").asDouble() <= all.get(i).get("distanceMeters").asDouble());
        }
        assertField(http.get(url(ZY) + "/nearest?lon=113.6", workerZy), "lat");
        // Parameters that are no numbers at all are named too, not a 404 for the path.
        assertField(http.get(url(ZY) + "/nearest?lon=abc&lat=34.7", workerZy), "lon");
        assertField(http.get(url(ZY) + "?page=abc", workerZy), "page");
    }

    @Test
    public void keptAnswersFollowEveryChangeAndShowEachCallerWhatItMaySee() throws Exception {
        Http.Res created = http.post(url(ZY), adminZy, venue("缓存调解组织", "MEDIATION_ORGANIZATION", null, "410102006",
                113.6405, 34.7405, ""));
        assertEquals(created.toString(), 201, created.status());
        String id = created.json().get("id").asText();
        String list = url(ZY) + "?q=" + java.net.URLEncoder.encode("缓存调解", StandardCharsets.UTF_8);
        String nearest = url(ZY) + "/nearest?lon=113.6405&lat=34.7405&n=1&type=MEDIATION_ORGANIZATION";

        // The same question, asked by callers who may see different things, in both orders.
        assertEquals("138****1234", first(http.get(list, workerZy)).get("contactPhone").asText());
        assertEquals("13800001234", first(http.get(list, adminZy)).get("contactPhone").asText());
        assertEquals("138****1234", first(http.get(list, workerZy)).get("contactPhone").asText());
        assertEquals("138****1234", http.get(nearest, workerZy).json().get(0).get("contactPhone").asText());
        assertEquals("13800001234", http.get(nearest, adminZy).json().get(0).get("contactPhone").asText());
        // Another district asking the same question gets its own answer, not 中原区's kept one.
        assertEquals(0, http.get(list.replace(ZY, ZM), adminZm).json().get("total").asInt());
        assertProblem(http.get(list, adminZm), 403, "tenant-forbidden");

        // A change through the API is in the very next answer.
        Http.Res renamed = http.put(url(ZY) + "/" + id, adminZy, venue("缓存调解组织 更名", "MEDIATION_ORGANIZATION", null,
                "410102006", 113.6405, 34.7405, "\"version\":" + created.json().get("version").asLong() + ","));
        assertEquals(renamed.toString(), 200, renamed.status());
        assertEquals("缓存调解组织 更名", first(http.get(list, workerZy)).get("name").asText());
        assertEquals("缓存调解组织 更名", http.get(nearest, workerZy).json().get(0).get("name").asText());

        // A change behind the module's back (a database console, stamping nothing) is not seen by
        // kept answers; a client that asks for no cache gets it read anew.
        try (java.sql.Connection c = dataSource().getConnection();
             java.sql.PreparedStatement update = c.prepareStatement("update venue set name = ? where id = ?")) {
            update.setString(1, "缓存调解组织 控制台改名");
            update.setString(2, id);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals("缓存调解组织 更名", first(http.get(list, workerZy)).get("name").asText());
        assertEquals("缓存调解组织 控制台改名", first(http.get(list, workerZy, "Cache-Control", "no-cache")).get("name").asText());
        assertEquals("缓存调解组织 控制台改名", http.get(nearest, workerZy, "Cache-Control", "no-cache").json().get(0).get("name").asText());
        assertEquals("缓存调解组织 控制台改名", first(http.get(list, workerZy)).get("name").asText());
    }

    @Test
    public void theSameVenueCreatedEightTimesAtOnceIsStoredOnceAndTheOthersAreConflicts() throws Exception {
        String body = venue("并发创建的调解组织", "MEDIATION_ORGANIZATION", null, "410102007", 113.61, 34.73, "");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Http.Res>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.post(url(ZY), adminZy, body);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Http.Res> a : answers) {
                Http.Res r = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(r.status());
                if (r.status() != 201) {
                    // Checked before it was stored (venue-exists), or caught by the database (conflict).
                    assertEquals(r.toString(), 409, r.status());
                    assertTrue(r.toString(), List.of("venue-exists", "conflict").contains(r.json().get("type").asText()));
                }
            }
            assertEquals(statuses.toString(), 1, statuses.stream().filter(s -> s == 201).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, http.get(url(ZY) + "?q=" + java.net.URLEncoder.encode("并发创建的调解组织", StandardCharsets.UTF_8),
                adminZy).json().get("total").asInt());
    }

    private static JsonNode first(Http.Res page) {
        assertEquals(page.toString(), 200, page.status());
        assertEquals(page.toString(), 1, page.json().get("total").asInt());
        return page.json().get("items").get(0);
    }

    @Test
    public void csvImportReportsEveryRowStoresOnlyGoodOnesAndIsIdempotent() {
        String csv = "类型,层级,名称,地址,乡镇街道代码,经度,纬度,机构电话,服务项目,统一社会信用代码\n"
                + "司法所,,导入司法所甲,中原区导入路1号,410102004,113.58,34.74,0371-11112222,人民调解、法律咨询,\n"
                + "公共法律服务中心,工作站,导入工作站乙,中原区导入路2号,410102005,113.59,34.75,,,\n"
                + "公证处,,导入公证处缺代码,中原区导入路3号,410102006,113.59,34.75,,,\n"
                + "司法所,,导入错街道,中原区导入路4号,410105001,113.59,34.75,,,\n"
                + "赌场,,导入错类型,中原区导入路5号,410102004,113.59,34.75,,,\n";
        long before = total(ZY);
        JsonNode report = importCsv(ZY, adminZy, csv.getBytes(StandardCharsets.UTF_8), "text/csv").json();
        assertEquals(5, report.get("total").asInt());
        assertEquals(2, report.get("accepted").asInt());
        assertEquals(3, report.get("rejected").asInt());
        JsonNode rows = report.get("rows");
        assertEquals("ACCEPTED", rows.get(0).get("status").asText());
        assertEquals(2, rows.get(0).get("row").asInt());
        assertEquals("REJECTED", rows.get(2).get("status").asText());
        assertEquals("creditCode", rows.get(2).get("errors").get(0).get("field").asText());
        assertEquals("streetCode", rows.get(3).get("errors").get(0).get("field").asText());
        assertEquals("type", rows.get(4).get("errors").get(0).get("field").asText());
        assertEquals(before + 2, total(ZY));
        String first = url(ZY) + "/" + rows.get(0).get("id").asText();
        JsonNode stored = http.get(first, adminZy).json();

        JsonNode again = importCsv(ZY, adminZy, csv.getBytes(StandardCharsets.UTF_8), "text/csv").json();
        assertEquals(2, again.get("accepted").asInt());
        assertEquals(before + 2, total(ZY));
        assertEquals(rows.get(0).get("id").asText(), again.get("rows").get(0).get("id").asText());
        // The same row again changes nothing: no new version, no new time (the map's tags stay valid).
        JsonNode unchanged = http.get(first, adminZy).json();
        assertEquals(stored.get("version").asLong(), unchanged.get("version").asLong());
        assertEquals(stored.get("updatedAt").asText(), unchanged.get("updatedAt").asText());
    }

    @Test
    public void gb18030AndBomEncodedFilesImportAndGcj02IsStoredAsWgs84() {
        String csv = "类型,名称,地址,乡镇街道代码,经度,纬度,坐标系\n"
                + "法治文化场所,编码测试文化广场,中原区编码路8号,410102007,113.6065,34.7512,gcj02\n";
        JsonNode gb = importCsv(ZY, adminZy, csv.getBytes(Charset.forName("GB18030")), "text/csv").json();
        assertEquals(gb.toString(), 1, gb.get("accepted").asInt());
        JsonNode stored = http.get(url(ZY) + "/" + gb.get("rows").get(0).get("id").asText(), adminZy).json();
        assertEquals("编码测试文化广场", stored.get("name").asText());
        // GCJ-02 is offset by a few hundred meters from WGS-84 in 郑州: stored coordinates differ.
        assertTrue(Math.abs(stored.get("lon").asDouble() - 113.6065) > 0.001);

        byte[] utf8 = csv.replace("编码测试文化广场", "带BOM文化广场").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(1, importCsv(ZY, adminZy, bom, "text/csv").json().get("accepted").asInt());
        assertTrue(names(http.get(url(ZY) + "?q=带BOM", adminZy)).contains("带BOM文化广场"));
    }

    @Test
    public void exportIsCsvOrGeoJsonOfTheTenant() {
        http.post(url(ZY), adminZy, venue("导出测试司法所", "JUSTICE_OFFICE", null, "410102008", 113.61, 34.77, ""));
        Http.Res csv = http.get(url(ZY) + "/export?format=csv", adminZy);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().contains("导出测试司法所"));
        assertTrue("an editor's export has the contact mobiles", csv.body().contains("13800001234"));
        Http.Res workersCsv = http.get(url(ZY) + "/export?format=csv", workerZy);
        assertEquals(workersCsv.toString(), 200, workersCsv.status());
        assertTrue(workersCsv.body().contains("导出测试司法所"));
        assertTrue(workersCsv.body().contains("138****1234"));
        assertFalse("a reader's export masks them", workersCsv.body().contains("13800001234"));
        Http.Res geo = http.get(url(ZY) + "/export?format=geojson", workerZy);
        assertEquals(geo.toString(), 200, geo.status());
        JsonNode fc = geo.json();
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertTrue(fc.get("features").size() > 0);
        assertFalse(geo.body().contains("13800001234"));
        assertField(http.get(url(ZY) + "/export?format=pdf", adminZy), "format");
    }

    @Test
    public void everyEndpointRefusesAnotherTenant() {
        Http.Res mine = http.post(url(ZY), adminZy, venue("跨租户测试司法所", "JUSTICE_OFFICE", null, "410102009", 113.6, 34.75, ""));
        String id = mine.json().get("id").asText();
        String zyVenue = url(ZY) + "/" + id;
        assertProblem(http.get(url(ZY), adminZm), 403, "tenant-forbidden");
        assertProblem(http.get(zyVenue, adminZm), 403, "tenant-forbidden");
        assertProblem(http.put(zyVenue, adminZm, "{}"), 403, "tenant-forbidden");
        assertProblem(http.delete(zyVenue, adminZm), 403, "tenant-forbidden");
        assertProblem(http.post(url(ZY), adminZm, "{}"), 403, "tenant-forbidden");
        assertProblem(http.send("POST", url(ZY) + "/imports", adminZm, "text/csv", "类型\n司法所\n"), 403, "tenant-forbidden");
        assertProblem(http.get(url(ZY) + "/export", adminZm), 403, "tenant-forbidden");
        // Through its own tenant path, 中牟县 does not see 中原区's venue at all.
        assertProblem(http.get(url(ZM) + "/" + id, adminZm), 404, "not-found");
        assertFalse(names(http.get(url(ZM) + "?size=200", adminZm)).contains("跨租户测试司法所"));
        // A module not enabled for the tenant is 404 module-not-enabled.
        String erqi = Tokens.of("erqi-admin", List.of("DISTRICT_ADMIN"), List.of("410103"));
        assertProblem(http.get(url("410103"), erqi), 404, "module-not-enabled");
    }

    @Test
    public void theOpenApiDocumentDescribesTheKeptAnswers() {
        // List and nearest answer with bytes written ahead; the document still tells their shape.
        JsonNode paths = http.get("/api/v1/openapi.json", null).json().get("paths");
        JsonNode list = paths.get("/t/{tenant}/venues").get("get").get("responses").get("200");
        String page = list.get("content").get("application/json").get("schema").get("$ref").asText();
        JsonNode pageSchema = http.get("/api/v1/openapi.json", null).json().get("components").get("schemas")
                .get(page.substring(page.lastIndexOf('/') + 1));
        assertTrue(pageSchema.toString(), pageSchema.get("properties").has("items"));
        assertTrue(pageSchema.toString(), pageSchema.get("properties").has("total"));
        JsonNode nearest = paths.get("/t/{tenant}/venues/nearest").get("get").get("responses").get("200");
        assertEquals("#/components/schemas/VenueView",
                nearest.get("content").get("application/json").get("schema").get("items").get("$ref").asText());
    }

    @Test
    public void menuHasTheModuleAndItsTypes() {
        List<String> ids = new ArrayList<>();
        http.get("/api/v1/t/" + ZY + "/menu", workerZy).json().forEach(e -> ids.add(e.get("id").asText()));
        assertTrue(ids.toString(), ids.containsAll(List.of("venues", "venues.notary_office", "venues.law_firm")));
        assertFalse("imports entry is for admins", ids.contains("venues.imports"));
    }

    @Test
    public void uninstallingVenuesLeavesTheRestServingAndFailsItsRunningJob() throws Exception {
        StringBuilder csv = new StringBuilder("类型,名称,地址,乡镇街道代码,经度,纬度\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append("法治文化场所,卸载中断").append(i).append(",郑州市中原区卸载路").append(i).append("号,410102002,113.5,34.7\n");
        }
        Http.Res started = http.sendBytes("POST", url(ZY) + "/imports", adminZy, "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(started.toString(), 202, started.status());
        String job = started.header("Location");
        eventually("job running", 60_000, () -> http.get(job, adminZy).json().get("done").asLong() > 0);

        features().uninstallFeature("justice-venues");
        eventually("venues gone", 30_000, () -> http.get(url(ZY), adminZy).status() == 404);
        assertEquals(200, http.get("/api/v1/t/" + ZY + "/menu", adminZy).status());
        assertEquals(200, http.get("/api/v1/platform/tenants", Tokens.operator()).status());
        features().installFeature("justice-venues");
        eventually("venues back", 30_000, () -> http.get(url(ZY), adminZy).status() == 200);

        JsonNode stopped = http.get(job, adminZy).json();
        assertEquals(stopped.toString(), "FAILED", stopped.get("state").asText());
        assertTrue(stopped.toString(), stopped.get("error").asText().contains("模块已停止"));
        assertTrue(stopped.toString(), stopped.get("done").asLong() > 0 && stopped.get("done").asLong() < 50_000);
    }

    @Test
    public void aBrowserFormUploadsTheFileAsTheRawBodyDoes() {
        String boundary = "----justiceFormBoundary";
        String csv = "类型,名称,地址,乡镇街道代码,经度,纬度\n司法所,表单上传司法所,郑州市中原区表单路1号,410102003,113.61,34.75\n";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"crs\"\r\n\r\nwgs84\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"中原区阵地.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Http.Res r = http.sendBytes("POST", url(ZY) + "/imports", adminZy, "multipart/form-data; boundary=" + boundary,
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(r.toString(), 200, r.status());
        assertEquals(r.body(), 1, r.json().get("accepted").asInt());
        String noFile = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"crs\"\r\n\r\nwgs84\r\n--" + boundary + "--\r\n";
        assertField(http.sendBytes("POST", url(ZY) + "/imports", adminZy, "multipart/form-data; boundary=" + boundary,
                noFile.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "file");
    }

    @Test
    public void demoProfileLoadsSyntheticVenuesIntoADistrictWithoutAny() throws Exception {
        org.osgi.service.cm.Configuration demo = configurationAdmin.getConfiguration("org.smartjustice.venues.demo", null);
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put("enabled", "true");
        properties.put("tenants", ZM + ",zz-demo");
        properties.put("studiosPerStreet", "1");
        demo.update(properties);
        eventually("demo venues in 中牟县", 60_000, () -> total(ZM) >= 27);
        JsonNode page = http.get(url(ZM) + "?size=200", adminZm).json();
        page.get("items").forEach(v -> assertTrue(v.get("name").asText(), v.get("name").asText().contains("合成数据")));
        JsonNode audit = http.get("/api/v1/platform/audit?principal=system:tenant-events&tenant=" + ZM, Tokens.operator()).json();
        assertTrue(audit.toString(), audit.get("items").toString().contains("venues.demo"));

        // A tenant created later is told of at once: no loader polls for it.
        String op = Tokens.operator();
        assertEquals(201, http.post("/api/v1/platform/tenants", op, "{\"code\":\"zz-demo\",\"name\":\"演示新区\"}").status());
        http.put("/api/v1/platform/tenants/zz-demo/modules/venues", op, null);
        eventually("demo venues in the new tenant", 60_000,
                () -> http.get(url("zz-demo") + "?size=1", op).json().path("total").asInt() >= 27);
    }

    @Test
    public void aLargeImportIsAJobPolledAtItsLocationByItsOwnTenantOnly() throws Exception {
        StringBuilder csv = new StringBuilder("类型,名称,地址,乡镇街道代码,经度,纬度\n");
        for (int i = 0; i < 10_000; i++) {
            // A type and a corner of the district that the other tests' filters and nearest points do not use.
            csv.append("法治文化场所,批量法治广场").append(i).append(",郑州市中原区批量路").append(i).append("号,41010200")
                    .append(1 + i % 4).append(',').append(String.format(java.util.Locale.ROOT, "%.5f,%.5f", 113.46 + (i % 100) * 0.0009,
                            34.69 + (i / 100) * 0.0009)).append('\n');
        }
        Http.Res started = http.sendBytes("POST", url(ZY) + "/imports", adminZy, "text/csv",
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(started.toString(), 202, started.status());
        String location = started.header("Location");
        String job = java.net.URI.create(location).getPath();
        assertEquals(location, url(ZY) + "/imports/" + started.json().get("id").asText(), job);
        assertTrue("a path, not built from the Host header: " + location, location.startsWith("/api/v1/"));
        assertProblem(http.get(job, workerZy), 403, "forbidden");

        // Another district's admin finds no such job, through their own district or this one.
        assertProblem(http.get(url(ZM) + "/imports/" + started.json().get("id").asText(), adminZm), 404, "not-found");
        assertProblem(http.get(job, adminZm), 403, "tenant-forbidden");

        eventually("import job done", 120_000, () -> List.of("DONE", "FAILED").contains(http.get(job, adminZy).json().get("state").asText()));
        JsonNode done = http.get(job, adminZy).json();
        assertEquals(done.toString(), "DONE", done.get("state").asText());
        assertEquals(10_000, done.get("report").get("accepted").asInt());
        // The report of a large job stays small: no row is listed unless rejected.
        assertEquals(0, done.get("report").get("rows").size());
        assertEquals(10_000, done.get("report").get("unlistedRows").asInt());
        JsonNode audit = http.get("/api/v1/platform/audit?tenant=" + ZY + "&principal=zy-admin&size=200",
                Tokens.operator()).json();
        boolean outcome = false;
        for (JsonNode e : audit.get("items")) {
            outcome |= e.get("action").asText().equals("venues.import")
                    && e.get("target").asText().endsWith(started.json().get("id").asText())
                    && e.get("outcome").asText().equals("success") && e.get("detail").asText().contains("10000");
        }
        assertTrue("the job's outcome is audited: " + audit, outcome);
        assertTrue(http.get(url(ZY) + "?q=" + java.net.URLEncoder.encode("批量法治广场9999", java.nio.charset.StandardCharsets.UTF_8),
                workerZy).json().get("total").asInt() >= 1);
    }

    @Test
    public void exportsNeutraliseFormulasButKeepPhoneNumbersAndAreNotCached() {
        String formula = "=HYPERLINK(\\\"http://x\\\",\\\"点我\\\")";
        Http.Res created = http.post(url(ZY), adminZy, "{\"type\":\"JUSTICE_OFFICE\",\"name\":\"" + formula + "\","
                + "\"address\":\"+1+cmd|' /C calc'!A0\",\"streetCode\":\"410102010\",\"lon\":113.62,\"lat\":34.76,"
                + "\"phone\":\"0371-66668888\",\"description\":\"@SUM(1+1)\",\"openingHours\":\"-2+3+cmd|' /C calc'!A0\"}");
        assertEquals(created.toString(), 201, created.status());
        Http.Res csv = http.get(url(ZY) + "/export?format=csv", adminZy);
        assertEquals(200, csv.status());
        String body = csv.body();
        assertTrue(body, body.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""));
        assertTrue(body, body.contains("'+1+cmd|' /C calc'!A0"));
        assertTrue(body, body.contains("'@SUM(1+1)"));
        assertTrue(body, body.contains("'-2+3+cmd"));
        for (String line : body.split("\r\n")) {
            for (String cell : line.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(line, bare.startsWith("=") || bare.startsWith("@") || bare.startsWith("+1+"));
            }
        }
        assertTrue("phone numbers stay as they are", body.contains(",0371-66668888,"));
        assertEquals("no-store", csv.header("Cache-Control"));
        assertEquals("no-store", http.get(url(ZY) + "/export?format=geojson", workerZy).header("Cache-Control"));
        assertEquals("no-store", http.get(url(ZY) + "?size=5", adminZy).header("Cache-Control"));
        assertEquals("no-store", http.get(url(ZY) + "/" + created.json().get("id").asText(), adminZy)
                .header("Cache-Control"));
        assertEquals("nosniff", csv.header("X-Content-Type-Options"));
    }

    @Test
    public void uploadsAreKnownByTheirBytes() throws Exception {
        long before = total(ZY);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        Http.Res refused = http.sendBytes("POST", url(ZY) + "/imports", adminZy, "text/csv", pdf);
        assertProblem(refused, 415, "unsupported-file");
        assertTrue(refused.body(), refused.json().get("detail").asText().contains("PDF"));
        assertEquals(before, total(ZY));

        byte[] xlsx = Xlsx.workbook(List.of(List.of("类型", "名称", "地址", "乡镇街道代码", "经度", "纬度"),
                List.of("司法所", "字节识别司法所", "中原区字节路1号", "410102011", 113.58, 34.74)));
        for (String declared : List.of("application/octet-stream", "text/csv")) {
            Http.Res r = http.sendBytes("POST", url(ZY) + "/imports", adminZy, declared, xlsx);
            assertEquals(declared + " " + r, 200, r.status());
            assertEquals(r.toString(), 1, r.json().get("accepted").asInt());
        }
        assertEquals(before + 1, total(ZY));
    }

    @Test
    public void anOversizedImportIsRefusedBeforeItIsReadAndANulCellRejectsOnlyItsRow() {
        long before = total(ZY);
        byte[] million = "名称\n".concat("a\n".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        Http.Res huge = http.sendBytes("POST", url(ZY) + "/imports", adminZy, "text/csv", million);
        assertProblem(huge, 413, "too-many-rows");
        assertEquals(before, total(ZY));

        String csv = "类型,名称,地址,乡镇街道代码,经度,纬度\n"
                + "司法所,空字符\u0000司法所,中原区空字符路1号,410102012,113.58,34.74\n"
                + "司法所,正常司法所丙,中原区空字符路2号,410102012,113.58,34.74\n";
        JsonNode report = importCsv(ZY, adminZy, csv.getBytes(StandardCharsets.UTF_8), "text/csv").json();
        assertEquals(report.toString(), 1, report.get("accepted").asInt());
        assertEquals(1, report.get("rejected").asInt());
        assertEquals("name", report.get("rows").get(0).get("errors").get(0).get("field").asText());
        assertEquals(before + 1, total(ZY));
    }

    private Http.Res importCsv(String tenant, String token, byte[] body, String type) {
        Http.Res r = http.sendBytes("POST", url(tenant) + "/imports", token, type, body);
        assertEquals(r.toString(), 200, r.status());
        return r;
    }

    private long total(String tenant) {
        return http.get(url(tenant) + "?size=1", tokenFor(tenant)).json().get("total").asLong();
    }

    private String tokenFor(String tenant) {
        return ZY.equals(tenant) ? adminZy : adminZm;
    }

    static String url(String tenant) {
        return String.format(BASE, tenant);
    }

    static String venue(String name, String type, String level, String street, double lon, double lat, String extra) {
        return "{" + extra + "\"type\":\"" + type + "\"," + (level == null ? "" : "\"level\":\"" + level + "\",")
                + "\"name\":\"" + name + "\",\"address\":\"郑州市中原区测试路\",\"streetCode\":\"" + street + "\","
                + "\"lon\":" + lon + ",\"lat\":" + lat + ",\"phone\":\"0371-66668888\",\"contactPerson\":\"测试员\","
                + "\"contactPhone\":\"13800001234\",\"services\":[\"法律咨询\"]}";
    }

    private static List<String> names(Http.Res r) {
        assertEquals(r.toString(), 200, r.status());
        List<String> names = new ArrayList<>();
        r.json().get("items").forEach(v -> names.add(v.get("name").asText()));
        return names;
    }

    @Test
    public void xlsxTemplateDownloadsAndXlsxImportReportsEveryRow() throws Exception {
        HttpResponse<byte[]> template = Xlsx.download(url(ZY) + "/imports/template?format=xlsx", adminZy);
        assertEquals(200, template.statusCode());
        assertEquals(Xlsx.TYPE, template.headers().firstValue("Content-Type").orElse(""));
        Map<String, String> parts = Xlsx.parts(template.body());
        assertTrue(parts.keySet().toString(), parts.keySet().containsAll(
                List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
        assertTrue(parts.get("xl/workbook.xml"), parts.get("xl/workbook.xml").contains("阵地导入模板"));
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + parts.get("xl/worksheets/sheet1.xml");
        assertTrue(strings.contains("统一社会信用代码") && strings.contains("示例公证处（合成数据）"));

        // Sheet rows 2 and 3 are good (codes as text and as a number, coordinates as numbers, a skipped
        // cell), row 4 names a street of another district, row 5 is blank and not counted.
        byte[] xlsx = Xlsx.workbook(List.of(
                List.of("类型", "名称", "地址", "乡镇街道代码", "经度", "纬度", "机构电话"),
                List.of("司法所", "表格导入司法所甲", "中原区表格路1号", "410102004", 113.58, 34.74, "0371-11113333"),
                Arrays.asList("法治文化场所", "表格导入文化广场乙", "中原区表格路2号", 410102005, 113.59, 34.75, null),
                List.of("司法所", "表格导入错街道", "中原区表格路3号", "410105001", 113.59, 34.75, "0371-11114444"),
                List.of(" ", "", " ")));
        long before = total(ZY);
        Http.Res res = http.sendBytes("POST", url(ZY) + "/imports", adminZy, Xlsx.TYPE, xlsx);
        assertEquals(res.toString(), 200, res.status());
        JsonNode report = res.json();
        assertEquals(report.toString(), 3, report.get("total").asInt());
        assertEquals(2, report.get("accepted").asInt());
        assertEquals(1, report.get("rejected").asInt());
        JsonNode rows = report.get("rows");
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 2, rows.get(i).get("row").asInt());
        }
        assertEquals("ACCEPTED", rows.get(0).get("status").asText());
        assertEquals("ACCEPTED", rows.get(1).get("status").asText());
        assertEquals("REJECTED", rows.get(2).get("status").asText());
        assertEquals("streetCode", rows.get(2).get("errors").get(0).get("field").asText());
        assertEquals(before + 2, total(ZY));
        JsonNode stored = http.get(url(ZY) + "/" + rows.get(1).get("id").asText(), adminZy).json();
        assertEquals("410102005", stored.get("streetCode").asText());
        assertEquals(113.59, stored.get("lon").asDouble(), 1e-9);

        // Not an XLSX at all: 400 naming the body, nothing stored.
        assertField(http.sendBytes("POST", url(ZY) + "/imports", adminZy, Xlsx.TYPE,
                "类型,名称\n司法所,甲\n".getBytes(StandardCharsets.UTF_8)), "body");
        assertEquals(before + 2, total(ZY));
    }
}
