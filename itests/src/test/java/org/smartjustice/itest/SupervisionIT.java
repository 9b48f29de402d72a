package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * 行政执法监督's departments through HTTP: CRUD with optimistic locking, bad input, tenancy, roles and the
 * liaison's own department, imports, export and template, the demo list, and uninstalling the feature.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionIT extends ItestSupport {

    static final String ZY = "410102";
    static final String ZM = "410122";
    static final String CITY = "410100";
    static final String BASE = "/api/v1/t/%s/supervision/departments";

    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configurationAdmin;

    private final String adminZy = Tokens.of("sv-zy-admin", List.of("DISTRICT_ADMIN"), List.of(ZY));
    private final String adminZm = Tokens.of("sv-zm-admin", List.of("DISTRICT_ADMIN"), List.of(ZM));
    private final String supervisorZy = Tokens.of("sv-zy-supervisor", List.of("SUPERVISOR"), List.of(ZY));
    private final String workerZy = Tokens.of("sv-zy-worker", List.of("GRID_WORKER"), List.of(ZY));
    private final String editorZy = Tokens.of("sv-zy-editor", List.of("EDITOR"), List.of(ZY));
    private final String citySupervisor = Tokens.of("sv-city-supervisor", List.of("CITY_SUPERVISOR"), List.of("*"));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        eventually("supervision answers", 60_000, () -> http.get(url(ZY), adminZy).status() == 200);
    }

    static String url(String tenant) {
        return String.format(BASE, tenant);
    }

    /** A token as the host makes it, with the organisation unit ({@code org}) of a department's liaison. */
    static String liaison(String subject, String tenant, String org) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("roles", List.of("DEPARTMENT_LIAISON"));
        claims.put("tenants", List.of(tenant));
        if (org != null) {
            claims.put("org", org);
        }
        claims.put("iss", Tokens.ISSUER);
        claims.put("exp", System.currentTimeMillis() / 1000 + 3600);
        return Tokens.sign("HS256", claims, Tokens.SECRET);
    }

    static String department(String name, String extra) {
        return "{" + extra + "\"name\":\"" + name + "\",\"kind\":\"GOVERNMENT_DEPARTMENT\",\"enforcementDomains\":\"测试领域\","
                + "\"responsibilities\":[\"宣传测试法规\"]}";
    }

    private Http.Res created(String tenant, String token, String body) {
        Http.Res r = http.post(url(tenant), token, body);
        assertEquals(r.toString(), 201, r.status());
        return r;
    }

    private long total(String tenant, String token) {
        Http.Res r = http.get(url(tenant) + "?size=1", token);
        assertEquals(r.toString(), 200, r.status());
        return r.json().get("total").asLong();
    }

    private static List<String> names(Http.Res r) {
        assertEquals(r.toString(), 200, r.status());
        List<String> names = new ArrayList<>();
        r.json().get("items").forEach(d -> names.add(d.get("name").asText()));
        return names;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    public void createReadUpdateRetireWithOptimisticLocking() {
        String code = Codes.credit("11410102MB0CRUD0");
        Http.Res made = created(ZY, adminZy, department("测试部门 CRUD", "\"shortName\":\"测试局\",\"creditCode\":\""
                + code.toLowerCase() + "\",\"org\":\"IT-CRUD\","));
        String id = made.json().get("id").asText();
        long version = made.json().get("version").asLong();
        assertEquals("departments/" + id, made.header("Location"));
        assertEquals("\"" + version + "\"", made.header("ETag"));
        assertEquals(code, made.json().get("creditCode").asText());

        JsonNode read = http.get(url(ZY) + "/" + id, supervisorZy).json();
        assertEquals("测试部门 CRUD", read.get("name").asText());
        assertEquals("政府部门", read.get("kindTitle").asText());
        assertEquals("ACTIVE", read.get("status").asText());
        assertEquals("宣传测试法规", read.get("responsibilities").get(0).asText());
        assertTrue(read.get("verified").asBoolean());

        String changed = department("测试部门 CRUD 更名", "\"creditCode\":\"" + code + "\",\"org\":\"IT-CRUD\",");
        Http.Res updated = http.put(url(ZY) + "/" + id, adminZy, changed, "If-Match", "\"" + version + "\"");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals(version + 1, updated.json().get("version").asLong());
        assertProblem(http.put(url(ZY) + "/" + id, adminZy, changed, "If-Match", "\"" + version + "\""), 409, "conflict");
        assertField(http.put(url(ZY) + "/" + id, adminZy, changed), "version");
        assertEquals("测试部门 CRUD 更名", http.get(url(ZY) + "/" + id, adminZy).json().get("name").asText());

        // The same name, credit code or org is another department's: 409 naming the field, nothing stored.
        Http.Res twin = http.post(url(ZY), adminZy, department("测试部门CRUD更名", ""));
        assertProblem(twin, 409, "department-exists");
        assertEquals("name", twin.json().get("errors").get(0).get("field").asText());
        assertProblem(http.post(url(ZY), adminZy, department("另一部门 CRUD", "\"creditCode\":\"" + code + "\",")), 409,
                "department-exists");
        assertProblem(http.post(url(ZY), adminZy, department("另一部门 CRUD", "\"org\":\"IT-CRUD\",")), 409, "department-exists");

        Http.Res retiredNow = send("DELETE", url(ZY) + "/" + id, adminZy, "If-Match", "\"" + (version + 1) + "\"");
        assertEquals(retiredNow.toString(), 200, retiredNow.status());
        JsonNode retired = http.get(url(ZY) + "/" + id, adminZy).json();
        assertEquals("RETIRED", retired.get("status").asText());
        assertFalse(names(http.get(url(ZY) + "?status=ACTIVE&size=200&q=" + q("CRUD"), adminZy)).contains("测试部门 CRUD 更名"));
        assertTrue(names(http.get(url(ZY) + "?status=RETIRED&size=200&q=" + q("CRUD"), adminZy)).contains("测试部门 CRUD 更名"));
        // Every write is in the audit log with who, tenant and what.
        JsonNode audit = http.get("/api/v1/platform/audit?principal=sv-zy-admin&tenant=" + ZY + "&size=200",
                Tokens.operator()).json();
        int writes = 0;
        for (JsonNode e : audit.get("items")) {
            writes += e.get("target").asText().contains("supervision/departments/" + id) ? 1 : 0;
        }
        assertTrue(audit.toString(), writes >= 3);
    }

    @Test
    public void retiringWithAStaleVersionIsAConflictAndWithoutOneRetires() {
        String id = created(ZY, adminZy, department("测试部门 撤销", "")).json().get("id").asText();
        assertProblem(send("DELETE", url(ZY) + "/" + id, adminZy, "If-Match", "\"99\""), 409, "conflict");
        assertEquals("ACTIVE", http.get(url(ZY) + "/" + id, adminZy).json().get("status").asText());
        Http.Res retired = http.delete(url(ZY) + "/" + id, adminZy);
        assertEquals(retired.toString(), 200, retired.status());
        assertEquals("RETIRED", retired.json().get("status").asText());
    }

    private Http.Res send(String method, String path, String token, String... headers) {
        try {
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + Integer.getInteger("itest.http.port") + path))
                    .header("Authorization", "Bearer " + token).headers(headers)
                    .method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
            HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(b.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void badInputNamesTheFieldAndStoresNothing() {
        long before = total(ZY, adminZy);
        assertField(http.post(url(ZY), adminZy, "{\"kind\":\"GOVERNMENT_DEPARTMENT\"}"), "name");
        assertField(http.post(url(ZY), adminZy, "{\"name\":\"无类型局\"}"), "kind");
        assertField(http.post(url(ZY), adminZy, "{\"name\":\"错类型局\",\"kind\":\"CASINO\"}"), "kind");
        assertField(http.post(url(ZY), adminZy, department("校验码错局", "\"creditCode\":\""
                + Codes.wrongCheck(Codes.credit("11410102MB0BAD00")) + "\",")), "creditCode");
        assertField(http.post(url(ZY), adminZy, department("短代码局", "\"creditCode\":\"12345\",")), "creditCode");
        assertField(http.post(url(ZY), adminZy, department("组织编码错局", "\"org\":\"含 空格\",")), "org");
        assertField(http.post(url(ZY), adminZy, department("长".repeat(101), "")), "name");
        assertField(http.post(url(ZY), adminZy, "{\"name\":\"空事项局\",\"kind\":\"TOWNSHIP\",\"responsibilities\":[\" \"]}"),
                "responsibilities[0]");
        assertField(http.post(url(ZY), adminZy, "{\"name\":\"分号事项局\",\"kind\":\"TOWNSHIP\",\"responsibilities\":[\"甲；乙\"]}"),
                "responsibilities[0]");
        assertField(http.post(url(ZY), adminZy, "null"), "body");
        assertEquals(before, total(ZY, adminZy));

        Http.Res made = created(ZY, adminZy, department("坏修改测试局", ""));
        String id = made.json().get("id").asText();
        long version = made.json().get("version").asLong();
        assertField(http.put(url(ZY) + "/" + id, adminZy, "{\"name\":\"\",\"kind\":\"TOWNSHIP\",\"version\":" + version + "}"), "name");
        JsonNode kept = http.get(url(ZY) + "/" + id, adminZy).json();
        assertEquals("坏修改测试局", kept.get("name").asText());
        assertEquals(version, kept.get("version").asLong());
        assertProblem(http.get(url(ZY) + "/no-such-department", adminZy), 404, "not-found");
    }

    @Test
    public void listFiltersPagesSortsAndTakesPercentLiterally() {
        created(ZM, adminZm, department("筛选100%局", "\"shortName\":\"百分百\","));
        created(ZM, adminZm, department("筛选100元局", ""));
        created(ZM, adminZm, "{\"name\":\"筛选执法支队\",\"kind\":\"ENFORCEMENT_TEAM\"}");
        assertEquals(List.of("筛选100%局"), names(http.get(url(ZM) + "?q=" + q("100%"), adminZm)));
        assertEquals(List.of("筛选100%局"), names(http.get(url(ZM) + "?q=" + q("百分"), adminZm)));
        assertEquals(List.of("筛选执法支队"), names(http.get(url(ZM) + "?q=" + q("筛选") + "&kind=" + q("综合行政执法队伍"), adminZm)));
        JsonNode paged = http.get(url(ZM) + "?q=" + q("筛选") + "&size=2&page=2&sort=-name", adminZm).json();
        assertEquals(3, paged.get("total").asInt());
        assertEquals(1, paged.get("items").size());
        assertEquals(List.of("筛选执法支队", "筛选100元局", "筛选100%局"),
                names(http.get(url(ZM) + "?q=" + q("筛选") + "&sort=-name", adminZm)));
        assertField(http.get(url(ZM) + "?sort=password", adminZm), "sort");
        assertField(http.get(url(ZM) + "?kind=CASINO", adminZm), "kind");
        assertField(http.get(url(ZM) + "?size=201", adminZm), "size");
    }

    @Test
    public void everyEndpointRefusesAnotherDistrict() {
        String id = created(ZY, adminZy, department("跨区测试局", "")).json().get("id").asText();
        String mine = url(ZY) + "/" + id;
        assertProblem(http.get(url(ZY), adminZm), 403, "tenant-forbidden");
        assertProblem(http.get(mine, adminZm), 403, "tenant-forbidden");
        assertProblem(http.post(url(ZY), adminZm, department("跨区新增局", "")), 403, "tenant-forbidden");
        assertProblem(http.put(mine, adminZm, department("跨区修改局", "\"version\":0,")), 403, "tenant-forbidden");
        assertProblem(http.delete(mine, adminZm), 403, "tenant-forbidden");
        assertProblem(http.send("POST", url(ZY) + "/imports", adminZm, "text/csv", "名称,类型\n跨区导入局,政府部门\n"), 403,
                "tenant-forbidden");
        assertProblem(http.get(url(ZY) + "/imports/some-job", adminZm), 403, "tenant-forbidden");
        assertProblem(http.get(url(ZY) + "/imports/template", adminZm), 403, "tenant-forbidden");
        assertProblem(http.get(url(ZY) + "/export", adminZm), 403, "tenant-forbidden");
        assertProblem(http.get(url(ZY) + "/mine", liaison("sv-zm-liaison", ZM, "IT-ZM")), 403, "tenant-forbidden");
        // Through its own tenant's path, 中牟县 does not find 中原区's department at all.
        assertProblem(http.get(url(ZM) + "/" + id, adminZm), 404, "not-found");
        assertProblem(http.put(url(ZM) + "/" + id, adminZm, department("跨区修改局", "\"version\":0,")), 404, "not-found");
        assertProblem(http.delete(url(ZM) + "/" + id, adminZm), 404, "not-found");
        assertFalse(names(http.get(url(ZM) + "?size=200", adminZm)).contains("跨区测试局"));
        assertEquals("跨区测试局", http.get(mine, adminZy).json().get("name").asText());
    }

    @Test
    public void aTenantThatDidNotEnableTheModuleGetsModuleNotEnabled() {
        String erqi = Tokens.of("sv-erqi-admin", List.of("DISTRICT_ADMIN"), List.of("410103"));
        assertProblem(http.get(url("410103"), erqi), 404, "module-not-enabled");
        assertProblem(http.post(url("410103"), erqi, department("未启用局", "")), 404, "module-not-enabled");
        Set<String> menu = new HashSet<>();
        http.get("/api/v1/t/410103/menu", erqi).json().forEach(e -> menu.add(e.get("id").asText()));
        assertFalse(menu.toString(), menu.contains("supervision"));
    }

    @Test
    public void rolesAreRefusedAndCitySupervisorsWriteInTheCityOnly() {
        String id = created(ZY, adminZy, department("角色测试局", "")).json().get("id").asText();
        for (String outsider : List.of(workerZy, editorZy)) {
            assertProblem(http.get(url(ZY), outsider), 403, "forbidden");
            assertProblem(http.get(url(ZY) + "/" + id, outsider), 403, "forbidden");
            assertProblem(http.post(url(ZY), outsider, department("网格员新增局", "")), 403, "forbidden");
        }
        assertEquals(200, http.get(url(ZY) + "/" + id, supervisorZy).status());
        assertEquals(200, http.get(url(ZY) + "/export", supervisorZy).status());
        assertProblem(http.post(url(ZY), supervisorZy, department("监督员新增局", "")), 403, "forbidden");
        assertProblem(http.put(url(ZY) + "/" + id, supervisorZy, department("监督员修改局", "\"version\":0,")), 403, "forbidden");
        assertProblem(http.delete(url(ZY) + "/" + id, supervisorZy), 403, "forbidden");
        assertProblem(http.send("POST", url(ZY) + "/imports", supervisorZy, "text/csv", "名称,类型\n监督员导入局,政府部门\n"), 403,
                "forbidden");

        // The city's supervisors read every district and change the city's own departments only.
        assertEquals(200, http.get(url(ZY) + "/" + id, citySupervisor).status());
        assertProblem(http.post(url(ZY), citySupervisor, department("市级在区新增局", "")), 403, "forbidden");
        assertProblem(http.send("POST", url(ZY) + "/imports", citySupervisor, "text/csv", "名称,类型\n市级在区导入局,政府部门\n"), 403,
                "forbidden");
        assertEquals(0, http.get(url(ZY) + "?q=" + q("市级在区"), adminZy).json().get("total").asInt());
        created(CITY, citySupervisor, department("市级测试局", ""));

        Set<String> adminMenu = new HashSet<>();
        http.get("/api/v1/t/" + ZY + "/menu", adminZy).json().forEach(e -> adminMenu.add(e.get("id").asText()));
        assertTrue(adminMenu.toString(), adminMenu.containsAll(List.of("supervision", "supervision.departments")));
        assertFalse(adminMenu.contains("supervision.my-department"));
        Set<String> workerMenu = new HashSet<>();
        http.get("/api/v1/t/" + ZY + "/menu", workerZy).json().forEach(e -> workerMenu.add(e.get("id").asText()));
        assertFalse(workerMenu.toString(), workerMenu.stream().anyMatch(m -> m.startsWith("supervision")));
    }

    @Test
    public void aLiaisonSeesOnlyTheirOwnDepartment() {
        String a = created(CITY, citySupervisor, department("联络测试甲局", "\"org\":\"IT-LIAISON-A\",")).json().get("id").asText();
        String b = created(CITY, citySupervisor, department("联络测试乙局", "\"org\":\"IT-LIAISON-B\",")).json().get("id").asText();
        String liaisonA = liaison("sv-liaison-a", CITY, "IT-LIAISON-A");

        JsonNode page = http.get(url(CITY) + "?size=200", liaisonA).json();
        assertEquals(page.toString(), 1, page.get("total").asInt());
        assertEquals(a, page.get("items").get(0).get("id").asText());
        assertEquals(0, http.get(url(CITY) + "?org=IT-LIAISON-B", liaisonA).json().get("total").asInt());
        assertEquals(200, http.get(url(CITY) + "/" + a, liaisonA).status());
        assertProblem(http.get(url(CITY) + "/" + b, liaisonA), 404, "not-found");
        assertEquals(a, http.get(url(CITY) + "/mine", liaisonA).json().get("id").asText());
        assertProblem(http.put(url(CITY) + "/" + a, liaisonA, department("联络员改名局", "\"version\":0,")), 403, "forbidden");
        assertProblem(http.delete(url(CITY) + "/" + a, liaisonA), 403, "forbidden");
        assertProblem(http.get(url(CITY) + "/export", liaisonA), 403, "forbidden");
        assertProblem(http.get(url(CITY) + "/imports/template", liaisonA), 403, "forbidden");
        assertProblem(http.send("POST", url(CITY) + "/imports", liaisonA, "text/csv", "名称,类型\n联络员导入局,政府部门\n"), 403,
                "forbidden");
        // A reader sees both; a liaison whose token names no org sees none.
        assertEquals(a, http.get(url(CITY) + "?org=IT-LIAISON-A", citySupervisor).json().get("items").get(0).get("id").asText());
        String noOrg = liaison("sv-liaison-none", CITY, null);
        assertEquals(0, http.get(url(CITY), noOrg).json().get("total").asInt());
        assertProblem(http.get(url(CITY) + "/mine", noOrg), 404, "not-found");
        assertProblem(http.get(url(CITY) + "/" + a, noOrg), 404, "not-found");
        assertProblem(http.get(url(CITY) + "/mine", adminZy), 403, "tenant-forbidden");

        Set<String> menu = new HashSet<>();
        http.get("/api/v1/t/" + CITY + "/menu", liaisonA).json().forEach(e -> menu.add(e.get("id").asText()));
        assertTrue(menu.toString(), menu.contains("supervision.my-department"));
        assertFalse(menu.toString(), menu.contains("supervision.departments"));
    }

    @Test
    public void csvImportRefusesADuplicateRowNamingItAndIsIdempotentAndXlsxImportsToo() throws Exception {
        String code = Codes.credit("11410122MB0MPT00");
        String csv = "名称,简称,类型,统一社会信用代码,宿主组织编码,执法领域,普法责任事项\n"
                + "导入甲局,甲局,政府部门," + code + ",IT-IMP-A,领域甲,宣传一；宣传二\n"
                + "导入乙支队,,综合行政执法队伍,,IT-IMP-B,,\n"
                + "导入 甲局,,政府部门,,,,\n"
                + "导入丙局,,赌场,,,,\n";
        long before = total(ZM, adminZm);
        Http.Res r = http.sendBytes("POST", url(ZM) + "/imports", adminZm, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(r.toString(), 200, r.status());
        JsonNode report = r.json();
        assertEquals(report.toString(), 4, report.get("total").asInt());
        assertEquals(2, report.get("accepted").asInt());
        assertEquals(2, report.get("rejected").asInt());
        Map<Integer, JsonNode> byRow = new java.util.HashMap<>();
        report.get("rows").forEach(row -> byRow.put(row.get("row").asInt(), row));
        JsonNode duplicate = byRow.get(4);
        assertEquals(report.toString(), "REJECTED", duplicate.get("status").asText());
        assertEquals("name", duplicate.get("errors").get(0).get("field").asText());
        assertTrue(duplicate.toString(), duplicate.get("errors").get(0).get("message").asText().contains("第 2 行"));
        assertEquals(byRow.get(5).toString(), 1, byRow.get(5).get("errors").size());
        assertEquals("kind", byRow.get(5).get("errors").get(0).get("field").asText());
        assertEquals(before + 2, total(ZM, adminZm));
        String first = byRow.get(2).get("id").asText();
        JsonNode stored = http.get(url(ZM) + "/" + first, adminZm).json();
        assertEquals(List.of("宣传一", "宣传二"), Http.strings(stored.get("responsibilities")));
        assertEquals(code, stored.get("creditCode").asText());

        JsonNode again = http.sendBytes("POST", url(ZM) + "/imports", adminZm, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).json();
        assertEquals(again.toString(), 2, again.get("accepted").asInt());
        assertEquals(first, row(again, 2).get("id").asText());
        assertEquals(before + 2, total(ZM, adminZm));
        assertEquals(stored.get("version").asLong(), http.get(url(ZM) + "/" + first, adminZm).json().get("version").asLong());

        // A row whose credit code is a stored department's updates that department, renamed.
        byte[] xlsx = Xlsx.workbook(List.of(
                List.of("名称", "类型", "统一社会信用代码", "普法责任事项"),
                List.of("导入甲局（更名）", "政府部门", code, "宣传一"),
                List.of("表格导入丁局", "执法机构", "", "")));
        Http.Res x = http.sendBytes("POST", url(ZM) + "/imports", adminZm, Xlsx.TYPE, xlsx);
        assertEquals(x.toString(), 200, x.status());
        assertEquals(x.body(), 2, x.json().get("accepted").asInt());
        assertEquals(first, row(x.json(), 2).get("id").asText());
        assertEquals("导入甲局（更名）", http.get(url(ZM) + "/" + first, adminZm).json().get("name").asText());
        assertEquals(before + 3, total(ZM, adminZm));

        // A code another department holds, in a row of another name, is refused naming the field.
        String clash = "名称,类型,宿主组织编码\n导入戊局,政府部门,IT-IMP-B\n";
        JsonNode refused = http.sendBytes("POST", url(ZM) + "/imports", adminZm, "text/csv", clash.getBytes(StandardCharsets.UTF_8)).json();
        assertEquals(refused.toString(), 0, refused.get("accepted").asInt());
        assertEquals("org", refused.get("rows").get(0).get("errors").get(0).get("field").asText());
        assertEquals(before + 3, total(ZM, adminZm));
    }

    /** The report's line of the file's row {@code number} (the header is row 1). */
    private static JsonNode row(JsonNode report, int number) {
        for (JsonNode r : report.get("rows")) {
            if (r.get("row").asInt() == number) {
                return r;
            }
        }
        throw new AssertionError("no row " + number + " in " + report);
    }

    @Test
    public void anExportImportsAgainUnchangedAndNeutralisesFormulas() throws Exception {
        String id = created(ZM, adminZm, "{\"name\":\"导出测试局\",\"kind\":\"GOVERNMENT_DEPARTMENT\",\"enforcementDomains\":"
                + "\"=HYPERLINK(1)\",\"responsibilities\":[\"@宣传\",\"宣传二\"],\"org\":\"IT-EXPORT\"}").json().get("id").asText();
        long version = http.get(url(ZM) + "/" + id, adminZm).json().get("version").asLong();
        HttpResponse<byte[]> csv = http.getBytes(url(ZM) + "/export", adminZm);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("导出测试局") && text.contains("'=HYPERLINK(1)") && text.contains("'@宣传；宣传二"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("departments-" + ZM));

        long before = total(ZM, adminZm);
        Http.Res again = http.sendBytes("POST", url(ZM) + "/imports", adminZm, "text/csv", csv.body());
        assertEquals(again.toString(), 200, again.status());
        assertEquals(again.body(), 0, again.json().get("rejected").asInt());
        assertEquals(before, again.json().get("accepted").asInt());
        assertEquals(before, total(ZM, adminZm));
        JsonNode unchanged = http.get(url(ZM) + "/" + id, adminZm).json();
        assertEquals(version, unchanged.get("version").asLong());
        assertEquals("=HYPERLINK(1)", unchanged.get("enforcementDomains").asText());

        HttpResponse<byte[]> xlsx = http.getBytes(url(ZM) + "/export?format=xlsx", adminZm);
        assertEquals(200, xlsx.statusCode());
        assertEquals(Xlsx.TYPE, xlsx.headers().firstValue("Content-Type").orElse(""));
        Http.Res fromXlsx = http.sendBytes("POST", url(ZM) + "/imports", adminZm, Xlsx.TYPE, xlsx.body());
        assertEquals(fromXlsx.toString(), 0, fromXlsx.json().get("rejected").asInt());
        assertEquals(version, http.get(url(ZM) + "/" + id, adminZm).json().get("version").asLong());
        assertField(http.get(url(ZM) + "/export?format=pdf", adminZm), "format");
    }

    @Test
    public void theTemplateDownloadsAsCsvAndXlsx() throws Exception {
        HttpResponse<byte[]> csv = http.getBytes(url(ZY) + "/imports/template", supervisorZy);
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text, text.contains("名称") && text.contains("统一社会信用代码") && text.contains("普法责任事项")
                && text.contains("合成数据"));
        HttpResponse<byte[]> xlsx = Xlsx.download(url(ZY) + "/imports/template?format=xlsx", adminZy);
        assertEquals(200, xlsx.statusCode());
        assertEquals(Xlsx.TYPE, xlsx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Xlsx.parts(xlsx.body()).get("xl/workbook.xml").contains("部门导入模板"));
        assertField(http.get(url(ZY) + "/imports/template?format=pdf", adminZy), "format");
    }

    @Test
    public void theDemoLoadsTheCitysDepartmentsWithTheirSourcesAndNoCreditCodes() throws Exception {
        try (java.sql.Connection c = dataSource().getConnection();
             java.sql.PreparedStatement delete = c.prepareStatement("delete from supervision_department where tenant_code = ?")) {
            delete.setString(1, CITY);
            delete.executeUpdate();
        }
        org.osgi.service.cm.Configuration demo = configurationAdmin.getConfiguration("org.smartjustice.supervision.demo", null);
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put("enabled", "true");
        properties.put("tenants", CITY + "," + ZY);
        demo.update(properties);
        eventually("the city's departments", 60_000, () -> total(CITY, citySupervisor) >= 19);
        JsonNode page = http.get(url(CITY) + "?size=200", citySupervisor).json();
        assertEquals(19, page.get("total").asInt());
        int unverified = 0;
        for (JsonNode d : page.get("items")) {
            assertTrue(d.toString(), d.get("creditCode").isNull());
            assertTrue(d.toString(), d.get("org").asText().startsWith("DEMO-ZZ-"));
            unverified += d.get("verified").asBoolean() ? 0 : 1;
        }
        assertEquals(2, unverified);
        JsonNode cgj = http.get(url(CITY) + "?q=" + q("市城管局"), citySupervisor).json().get("items").get(0);
        assertEquals("郑州市城市管理局", cgj.get("name").asText());
        assertTrue(cgj.get("source").asText().contains("zhengzhou.gov.cn"));
        // With them, the city's default screening rules, which every district sees.
        eventually("the city's default rules", 30_000,
                () -> http.get("/api/v1/t/" + CITY + "/supervision/rules", citySupervisor).json().get("total").asInt() >= 5);
        JsonNode rules = http.get("/api/v1/t/" + CITY + "/supervision/rules", citySupervisor).json();
        List<String> names = new ArrayList<>();
        rules.get("items").forEach(r -> names.add(r.get("name").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("执法方式投诉", "多次回退", "群众不满意", "执法部门超期", "同类问题反复发生")));
        assertTrue(rules.get("items").get(0).get("cityWide").asBoolean());
        JsonNode inZy = http.get("/api/v1/t/" + ZY + "/supervision/rules?size=200", adminZy).json();
        assertTrue(inZy.toString(), inZy.toString().contains("同类问题反复发生"));
        // The list is the city's: a district named in the configuration gets none of it.
        assertEquals(0, http.get(url(ZY) + "?q=" + q("郑州市城市管理局"), adminZy).json().get("total").asInt());
        JsonNode audit = http.get("/api/v1/platform/audit?tenant=" + CITY + "&size=200", Tokens.operator()).json();
        assertTrue(audit.toString(), audit.get("items").toString().contains("supervision.demo"));
    }

    @Test
    public void uninstallingSupervisionLeavesTheOthersServingAndInstallingBringsItBack() throws Exception {
        String id = created(ZY, adminZy, department("卸载测试局", "")).json().get("id").asText();
        features().uninstallFeature("justice-supervision");
        try {
            eventually("supervision gone", 30_000, () -> http.get(url(ZY), adminZy).status() == 404);
            assertProblem(http.get(url(ZY), adminZy), 404, "not-found");
            assertEquals(200, http.get("/api/v1/t/" + ZY + "/venues", adminZy).status());
            assertEquals(200, http.get("/api/v1/platform/tenants", Tokens.operator()).status());
            Set<String> menu = new HashSet<>();
            http.get("/api/v1/t/" + ZY + "/menu", adminZy).json().forEach(e -> menu.add(e.get("id").asText()));
            assertFalse(menu.toString(), menu.contains("supervision"));
        } finally {
            features().installFeature("justice-supervision");
        }
        eventually("supervision back", 60_000, () -> http.get(url(ZY), adminZy).status() == 200);
        awaitWhiteboardSettled();
        assertEquals("the data stayed", "卸载测试局", http.get(url(ZY) + "/" + id, adminZy).json().get("name").asText());
    }
}
