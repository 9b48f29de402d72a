package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * 组织队伍 + 指挥调度 through HTTP: grid cells pushed and imported, members with masked mobiles, the
 * coverage report, the public contacts, tasks through their whole life with every step told to a
 * host that is down at first, the card scan on the platform's schedule, my/tasks, the monthly
 * figures, tenancy and roles on every endpoint, hot deploy. Each test works in streets of its own.
 * {@link PostgresRostersIT} runs the same on PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RostersIT extends ItestSupport {

    static final String ZY = "410102";
    static final String ZM = "410122";
    static final String BASE = "/api/v1/t/%s/rosters";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String adminZy = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of(ZY));
    private final String supervisorZy = Tokens.of("zy-supervisor", List.of("SUPERVISOR"), List.of(ZY));
    private final String adminZm = Tokens.of("zm-admin", List.of("DISTRICT_ADMIN"), List.of(ZM));
    private final String operatorZm = Tokens.of("zm-operator", List.of("PLATFORM_OPERATOR"), List.of(ZM));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        eventually("rosters answer", 60_000, () -> http.get(url(ZY) + "/grids/cells", adminZy).status() == 200);
    }

    static String url(String tenant) {
        return String.format(BASE, tenant);
    }

    static String worker(String sub) {
        return Tokens.of(sub, List.of("GRID_WORKER"), List.of(ZY));
    }

    Http.Res putGrid(String code, String community) {
        return http.put(url(ZY) + "/grids/cells/" + code, adminZy,
                "{\"code\":\"" + code + "\",\"name\":\"测试网格" + code + "\",\"communityCode\":\"" + community + "\"}");
    }

    void grid(String code, String community) {
        Http.Res r = putGrid(code, community);
        assertTrue(r.toString(), r.status() == 201 || r.status() == 200);
    }

    /** A member on duty: roles as JSON names, cells, host user id, mobile; listed in the public contacts or not. */
    String member(String name, List<String> roles, List<String> grids, String sub, String mobile, boolean listed) {
        Http.Res r = http.post(url(ZY) + "/members", adminZy, memberBody(name, roles, grids, sub, mobile, listed, ""));
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("id").asText();
    }

    static String memberBody(String name, List<String> roles, List<String> grids, String sub, String mobile, boolean listed,
                             String more) {
        try {
            return "{" + more + "\"name\":\"" + name + "\",\"roles\":" + JSON.writeValueAsString(roles) + ",\"grids\":"
                    + JSON.writeValueAsString(grids) + (sub == null ? "" : ",\"hostUserId\":\"" + sub + "\"")
                    + (mobile == null ? "" : ",\"mobile\":\"" + mobile + "\"") + ",\"workPhone\":\"0371-67890000\""
                    + ",\"unitName\":\"测试单位\",\"listed\":" + listed + "}";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String roleInGrid(String title, String duty, String role, String grid) {
        return "{\"title\":\"" + title + "\",\"duty\":\"" + duty + "\",\"target\":{\"kind\":\"ROLE_IN_GRID\",\"role\":\""
                + role + "\",\"grid\":\"" + grid + "\"}}";
    }

    JsonNode dispatch(String body) {
        Http.Res r = http.post(url(ZY) + "/tasks", supervisorZy, body);
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }

    Http.Res step(String task, String action, String token, String body) {
        return http.post(url(ZY) + "/tasks/" + task + "/" + action, token, body);
    }

    static List<String> actions(JsonNode task) {
        List<String> actions = new ArrayList<>();
        task.get("steps").forEach(s -> actions.add(s.get("action").get("code").asText()));
        return actions;
    }

    long count(String path, String token) {
        Http.Res r = http.get(path, token);
        assertEquals(r.toString(), 200, r.status());
        return r.json().get("total").asLong();
    }

    @Test
    public void gridCellsArePushedImportedIdempotentlyAndShownAsATree() {
        grid("it-g-001", "410102001002");
        Http.Res again = putGrid("it-g-001", "410102001002");
        assertField(again, "version");
        Http.Res pushed = http.post(url(ZY) + "/grids/cells", adminZy, "[{\"code\":\"it-g-001\",\"name\":\"测试网格it-g-001\","
                + "\"communityCode\":\"410102001002\"},{\"code\":\"it-g-002\",\"name\":\"第二网格\",\"communityCode\":\"410102001003\","
                + "\"lon\":113.62,\"lat\":34.75},{\"code\":\"it-g-003\",\"name\":\"外区网格\",\"communityCode\":\"410122001201\"}]");
        assertEquals(pushed.toString(), 200, pushed.status());
        assertEquals(2, pushed.json().get("accepted").asInt());
        assertEquals("[2].communityCode", pushed.json().get("rows").get(2).get("errors").get(0).get("field").asText());
        JsonNode first = http.get(url(ZY) + "/grids/cells/it-g-001", adminZy).json();
        assertEquals("an unchanged cell keeps its version", 1, first.get("version").asLong());

        String csv = "网格编码,网格名称,社区（村）代码,中心经度,中心纬度\r\nit-g-004,=HYPERLINK(\"x\"),410102001003,,\r\n"
                + "it-g-005,导入网格,410102001099,,\r\nit-g-002,第二网格,410102001003,113.62,34.75\r\n";
        Http.Res imported = http.sendBytes("POST", url(ZY) + "/grids/imports", adminZy, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(imported.toString(), 200, imported.status());
        assertEquals(imported.toString(), 2, imported.json().get("accepted").asInt());
        assertEquals("communityCode", imported.json().get("rows").get(1).get("errors").get(0).get("field").asText());
        assertEquals("importing an unchanged cell changes nothing", 1,
                http.get(url(ZY) + "/grids/cells/it-g-002", adminZy).json().get("version").asLong());

        JsonNode tree = http.get(url(ZY) + "/grids?street=410102001", supervisorZy).json();
        assertEquals(1, tree.get("streets").asInt());
        assertEquals(11, tree.get("communities").asInt());
        JsonNode street = tree.get("items").get(0);
        assertEquals("林山寨街道", street.get("name").asText());
        int cells = 0;
        for (JsonNode c : street.get("communities")) {
            if (c.get("code").asText().equals("410102001003")) {
                cells = c.get("grids").asInt();
            }
        }
        assertEquals(2, cells);

        assertProblem(http.put(url(ZY) + "/grids/cells/it-g-009", supervisorZy, "{}"), 403, "forbidden");
        assertProblem(http.get(url(ZY) + "/grids", adminZm), 403, "tenant-forbidden");
        assertProblem(http.get(url(ZM) + "/grids/cells/it-g-001", adminZm), 404, "not-found");
        Http.Res city = http.put("/api/v1/t/410100/rosters/grids/cells/it-city", Tokens.operator(),
                "{\"code\":\"it-city\",\"name\":\"市级网格\",\"communityCode\":\"410102001002\"}");
        assertTrue(city.toString(), city.status() == 400 || city.status() == 404);
    }

    @Test
    public void mobilesAreMaskedForEveryRoleAndUnmaskingIsForManagersAndAudited() {
        grid("it-m-001", "410102002001");
        String id = member("掩码测试", List.of("MEDIATOR"), List.of("it-m-001"), "it-mask-1", "13812345678", false);
        for (String role : List.of("DISTRICT_ADMIN", "SUPERVISOR", "PLATFORM_OPERATOR", "CITY_SUPERVISOR")) {
            String token = Tokens.of("mask-" + role, List.of(role), List.of(ZY));
            JsonNode m = http.get(url(ZY) + "/members/" + id, token).json();
            assertEquals(role, "138****5678", m.get("mobile").asText());
            assertTrue(role, m.get("mobileMasked").asBoolean());
            JsonNode list = http.get(url(ZY) + "/members?grid=it-m-001", token).json();
            assertEquals(role, "138****5678", list.get("items").get(0).get("mobile").asText());
            for (String export : List.of("/org-export", "/org-export?format=csv", "/members/export", "/members/export?format=xlsx")) {
                Http.Res r = http.get(url(ZY) + export, token);
                assertEquals(role + export, 200, r.status());
                assertFalse(role + export, r.body().contains("13812345678"));
            }
            Http.Res unmask = http.get(url(ZY) + "/members/" + id + "?unmask=true", token);
            if (role.equals("DISTRICT_ADMIN") || role.equals("PLATFORM_OPERATOR")) {
                assertEquals(role, "13812345678", unmask.json().get("mobile").asText());
                assertEquals("no-store", unmask.header("Cache-Control"));
            } else {
                assertProblem(unmask, 403, "forbidden");
                assertProblem(http.get(url(ZY) + "/org-export?unmask=true", token), 403, "forbidden");
            }
        }
        // The roster is for those who manage and supervise it, not for every role of the district.
        for (String role : List.of("EDITOR", "GRID_WORKER", "DEPARTMENT_LIAISON")) {
            String token = Tokens.of("mask-" + role, List.of(role), List.of(ZY));
            for (String path : List.of("/members", "/members/" + id, "/members/export", "/org-export", "/coverage")) {
                assertProblem(http.get(url(ZY) + path, token), 403, "forbidden");
            }
        }
        assertTrue(http.get(url(ZY) + "/org-export?format=csv&unmask=true", adminZy).body().contains("13812345678"));
        JsonNode audit = http.get("/api/v1/platform/audit?tenant=" + ZY + "&size=200", Tokens.operator()).json();
        int unmasked = 0;
        for (JsonNode e : audit.get("items")) {
            if (e.get("action").asText().equals("rosters.member.unmask") && e.get("target").asText().equals("members/" + id)) {
                unmasked++;
            }
        }
        assertEquals("each unmasking audited", 2, unmasked);
    }

    @Test
    public void badMembersNameTheFieldAndStoreNothing() {
        grid("it-b-001", "410102002003");
        String all = url(ZY) + "/members";
        long before = count(all, adminZy);
        assertField(http.post(all, adminZy, memberBody("外区网格", List.of("MEDIATOR"), List.of("it-g-none"), null, null, false, "")),
                "grids[0]");
        assertField(http.post(all, adminZy, memberBody("无角色", List.of(), List.of(), null, null, false, "")), "roles");
        assertField(http.post(all, adminZy, memberBody("错手机", List.of("MEDIATOR"), List.of(), null, "12345", false, "")), "mobile");
        assertField(http.post(all, adminZy, memberBody("长".repeat(51), List.of("MEDIATOR"), List.of(), null, null, false, "")), "name");
        assertField(http.post(all, adminZy, memberBody("证书", List.of("MEDIATOR"), List.of(), null, null, false,
                "\"certificateNo\":\"C-1\",")), "certificateNo");
        Http.Res unknownRole = http.post(all, adminZy, memberBody("未知角色", List.of("SHERIFF"), List.of(), null, null, false, ""));
        assertProblem(unknownRole, 400, "validation-failed");
        assertTrue(unknownRole.toString(), unknownRole.body().contains("roles"));
        assertProblem(http.post(all, supervisorZy, memberBody("无权", List.of("MEDIATOR"), List.of(), null, null, false, "")),
                403, "forbidden");
        assertProblem(http.post(url(ZY) + "/members", adminZm, memberBody("跨区", List.of("MEDIATOR"), List.of(), null, null, false, "")),
                403, "tenant-forbidden");
        assertEquals(before, count(all, adminZy));
        member("重复者", List.of("MEDIATOR"), List.of("it-b-001"), "it-dup-1", null, false);
        assertProblem(http.post(all, adminZy, memberBody("重复者", List.of("MEDIATOR"), List.of(), "it-dup-1", null, false, "")),
                409, "member-exists");
    }

    @Test
    public void memberImportsAreIdempotentAndExportsNeutraliseFormulas() {
        grid("it-i-001", "410102002004");
        String csv = "姓名,角色,网格编码,手机号码,宿主用户ID,同意公开\r\n导入甲,调解员、法律明白人,it-i-001,13900000001,it-imp-1,是\r\n"
                + "=cmd|' /C calc'!A0,调解员,it-i-001,,it-imp-2,否\r\n导入丙,律师,it-i-001,,it-imp-3,否\r\n";
        Http.Res first = http.sendBytes("POST", url(ZY) + "/members/imports", adminZy, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(first.toString(), 200, first.status());
        assertEquals(2, first.json().get("accepted").asInt());
        assertEquals("roles", first.json().get("rows").get(2).get("errors").get(0).get("field").asText());
        long members = count(url(ZY) + "/members?grid=it-i-001", adminZy);
        Http.Res second = http.sendBytes("POST", url(ZY) + "/members/imports", adminZy, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(first.json().get("rows").get(0).get("id"), second.json().get("rows").get(0).get("id"));
        assertEquals(members, count(url(ZY) + "/members?grid=it-i-001", adminZy));
        JsonNode a = http.get(url(ZY) + "/members?grid=it-i-001&q=导入甲", adminZy).json().get("items").get(0);
        assertEquals(1, a.get("version").asLong());
        assertEquals(2, a.get("roles").size());

        String exported = http.get(url(ZY) + "/members/export", adminZy).body();
        assertTrue(exported, exported.contains("'=cmd"));
        assertTrue(exported.contains("139****0001"));
        Http.Res xlsx = http.get(url(ZY) + "/members/export?format=xlsx", adminZy);
        assertTrue(xlsx.contentType(), xlsx.contentType().startsWith("application/vnd.openxmlformats"));
        assertProblem(http.sendBytes("POST", url(ZY) + "/members/imports", supervisorZy, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)), 403, "forbidden");
    }

    @Test
    public void coverageShowsTheGridsAndCommunitiesLackingARole() {
        // 410102006 (建设路) has ten communities; two get cells here, one of them fully staffed.
        grid("it-c-001", "410102006001");
        grid("it-c-002", "410102006001");
        grid("it-c-003", "410102006002");
        member("覆盖调解员", List.of("MEDIATOR"), List.of("it-c-001", "it-c-002"), null, null, false);
        member("覆盖顾问", List.of("COMMUNITY_LEGAL_ADVISER"), List.of("it-c-001", "it-c-002"), null, null, false);
        member("覆盖所长", List.of("JUSTICE_OFFICE_HEAD"), List.of("it-c-001"), null, null, false);
        JsonNode report = http.get(url(ZY) + "/coverage?street=410102006", supervisorZy).json();
        JsonNode gaps = report.get("gapsByRule");
        assertEquals(report.toString(), 1, gaps.get("grid-mediator").asInt());
        assertEquals(1, gaps.get("grid-adviser").asInt());
        assertEquals(9, gaps.get("community-adviser").asInt());
        assertEquals(8, gaps.get("community-grids").asInt());
        assertEquals(0, gaps.get("street-office-head").asInt());
        boolean named = false;
        for (JsonNode g : report.get("gaps")) {
            named |= g.get("code").asText().equals("it-c-003") && g.get("rule").asText().equals("grid-mediator");
        }
        assertTrue(named);
        Http.Res xlsx = http.get(url(ZY) + "/coverage?street=410102006&format=xlsx", supervisorZy);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("Content-Disposition"), xlsx.header("Content-Disposition").contains("coverage-410102.xlsx"));
        assertProblem(http.get(url(ZY) + "/coverage", adminZm), 403, "tenant-forbidden");
    }

    @Test
    public void publicContactsListOnlyListedMembersWithoutMobiles() {
        grid("it-p-001", "410102002005");
        member("公开顾问", List.of("COMMUNITY_LEGAL_ADVISER"), List.of("it-p-001"), null, "13700000001", true);
        member("不公开调解员", List.of("MEDIATOR"), List.of("it-p-001"), null, "13700000002", false);
        String path = "/api/v1/public/t/" + ZY + "/rosters/contacts?grid=it-p-001";
        Http.Res r = http.get(path, null);
        assertEquals(r.toString(), 200, r.status());
        assertEquals(1, r.json().size());
        JsonNode c = r.json().get(0);
        assertEquals("公开顾问", c.get("name").asText());
        assertEquals("0371-67890000", c.get("workPhone").asText());
        assertFalse(r.body().contains("1370000"));
        assertFalse(r.body().contains("不公开"));
        Set<String> fields = new HashSet<>();
        c.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("name", "roles", "unit", "workPhone"), fields);
        Http.Res cached = http.get(path, null, "If-None-Match", r.header("ETag"));
        assertEquals(304, cached.status());
        assertEquals(1, http.get("/api/v1/public/t/" + ZY + "/rosters/contacts?community=410102002005", null).json().size());
        assertField(http.get("/api/v1/public/t/" + ZY + "/rosters/contacts", null), "grid");
    }

    @Test
    public void aTaskLivesItsWholeLifeAndTheHostHearsOfEveryStepAfterBeingDown() throws Exception {
        grid("it-t-001", "410102003001");
        String mediator = member("承办调解员", List.of("MEDIATOR"), List.of("it-t-001"), "it-task-1", null, false);
        member("旁观顾问", List.of("COMMUNITY_LEGAL_ADVISER"), List.of("it-t-001"), "it-task-2", null, false);
        try (WebhookReceiver host = new WebhookReceiver(freePort()).answering(503, 503)) {
            host.start();
            org.osgi.service.cm.Configuration endpoint = hostEndpoint(host.url());
            try {
                JsonNode task = dispatch("{\"externalId\":\"it-host-1\",\"title\":\"邻里纠纷调解\",\"duty\":\"DISPUTE_RESOLUTION\","
                        + "\"urgency\":\"URGENT\",\"target\":{\"kind\":\"ROLE_IN_GRID\",\"role\":\"MEDIATOR\",\"grid\":\"it-t-001\"}}");
                String id = task.get("id").asText();
                assertEquals("GRID", task.get("resolvedAt").get("code").asText());
                assertEquals(mediator, task.get("assignees").get(0).get("id").asText());
                Http.Res replay = http.post(url(ZY) + "/tasks", supervisorZy, "{\"externalId\":\"it-host-1\",\"title\":\"邻里纠纷调解\","
                        + "\"duty\":\"DISPUTE_RESOLUTION\",\"target\":{\"kind\":\"ROLE_IN_GRID\",\"role\":\"MEDIATOR\",\"grid\":\"it-t-001\"}}");
                assertEquals("the host's retry makes no second task", 200, replay.status());
                assertEquals(id, replay.json().get("id").asText());

                String me = worker("it-task-1");
                assertEquals(200, step(id, "accept", me, "{}").status());
                assertEquals(200, step(id, "start", me, "{}").status());
                Http.Res answered = step(id, "answer", me, "{\"text\":\"已调解，双方和解\",\"lon\":113.6,\"lat\":34.75}");
                assertEquals(answered.toString(), 200, answered.status());
                Http.Res closed = step(id, "verify", supervisorZy, "{\"text\":\"回访满意\"}");
                assertEquals(closed.toString(), 200, closed.status());
                JsonNode done = closed.json();
                assertEquals("CLOSED", done.get("state").get("code").asText());
                assertEquals(List.of("DISPATCH", "ACCEPT", "START", "ANSWER", "VERIFY"), actions(done));
                assertEquals("已调解，双方和解", done.get("answer").get("text").asText());

                Set<String> types = new HashSet<>();
                eventually("the host heard of all five steps", 60_000, () -> {
                    types.clear();
                    host.received.stream().filter(r -> r.answered() == 204 && r.body().contains(id))
                            .forEach(r -> types.add(type(r.body())));
                    return types.size() == 5;
                });
                assertEquals(Set.of("rosters.task.dispatch", "rosters.task.accept", "rosters.task.start", "rosters.task.answer",
                        "rosters.task.verify"), types);
                for (WebhookReceiver.Received r : host.received) {
                    assertTrue("signed", r.signed());
                }
                String firstId = host.received.get(0).id();
                assertEquals("a retried event keeps its id", 3, host.of(firstId).size());
                JsonNode audit = http.get("/api/v1/platform/audit?tenant=" + ZY + "&size=200", Tokens.operator()).json();
                int steps = 0;
                for (JsonNode e : audit.get("items")) {
                    steps += e.get("target").asText().equals("tasks/" + id) ? 1 : 0;
                }
                assertEquals("every step audited", 5, steps);
            } finally {
                endpoint.delete();
            }
        }
    }

    private static String type(String body) {
        try {
            return JSON.readTree(body).get("type").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private org.osgi.service.cm.Configuration hostEndpoint(String url) throws Exception {
        org.osgi.service.cm.Configuration settings = WebhooksIT.configs().getConfiguration("org.smartjustice.webhooks", "?");
        Dictionary<String, Object> s = new Hashtable<>();
        s.put("retrySchedule", "1s, 1s, 1s, 1s, 1s");
        s.put("pollIntervalMillis", 200);
        s.put("requestTimeoutSeconds", 2);
        settings.update(s);
        org.osgi.service.cm.Configuration c = WebhooksIT.configs().getFactoryConfiguration(WebhooksIT.FACTORY, "itest-rosters", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("url", url);
        p.put("secret", WebhookReceiver.SECRET);
        p.put("events", "rosters.task.*");
        p.put("tenants", ZY);
        c.update(p);
        // The endpoint is in effect once a probe delivery exists for it.
        eventually("endpoint in effect", 20_000, () -> {
            Http.Res r = http.get(WebhooksIT.DELIVERIES + "?size=1&type=rosters.task.urge", Tokens.operator());
            JsonNode probe = dispatchProbe();
            step(probe.get("id").asText(), "urge", supervisorZy, "{}");
            Http.Res after = http.get(WebhooksIT.DELIVERIES + "?size=1&type=rosters.task.urge", Tokens.operator());
            return after.json().get("total").asLong() > r.json().get("total").asLong();
        });
        return c;
    }

    private JsonNode probe;

    private JsonNode dispatchProbe() {
        if (probe == null) {
            grid("it-probe", "410102003002");
            member("探针成员", List.of("MEDIATOR"), List.of("it-probe"), null, null, false);
            probe = dispatch(roleInGrid("探针任务", "LEGAL_EDUCATION", "MEDIATOR", "it-probe"));
        }
        return probe;
    }

    @Test
    public void aRoleMissingInTheGridIsFoundInTheCommunityThenTheStreetAndNoneIsAConflict() {
        grid("it-r-001", "410102004003");
        grid("it-r-002", "410102004003");
        grid("it-r-003", "410102004004");
        String adviser = member("社区顾问", List.of("COMMUNITY_LEGAL_ADVISER"), List.of("it-r-002"), null, null, false);
        String head = member("街道所长", List.of("JUSTICE_OFFICE_HEAD"), List.of("it-r-003"), null, null, false);
        JsonNode community = dispatch(roleInGrid("找顾问", "LEGAL_CONSULTATION", "COMMUNITY_LEGAL_ADVISER", "it-r-001"));
        assertEquals("COMMUNITY", community.get("resolvedAt").get("code").asText());
        assertEquals(adviser, community.get("assignees").get(0).get("id").asText());
        assertTrue(community.get("steps").get(0).get("text").asText().contains("所在社区"));
        JsonNode street = dispatch(roleInGrid("找所长", "LEGAL_SERVICES", "JUSTICE_OFFICE_HEAD", "it-r-001"));
        assertEquals("STREET", street.get("resolvedAt").get("code").asText());
        assertEquals(head, street.get("assignees").get(0).get("id").asText());
        long before = count(url(ZY) + "/tasks", supervisorZy);
        assertProblem(http.post(url(ZY) + "/tasks", supervisorZy, roleInGrid("无人", "LEGAL_EDUCATION", "NOTARY_OFFICE_HEAD",
                "it-r-001")), 409, "no-assignee");
        assertField(http.post(url(ZY) + "/tasks", supervisorZy, roleInGrid("无网格", "LEGAL_EDUCATION", "MEDIATOR", "it-none")),
                "target.grid");
        assertField(http.post(url(ZY) + "/tasks", supervisorZy, "{\"title\":\"缺目标\",\"duty\":\"LEGAL_EDUCATION\"}"), "target");
        assertField(http.post(url(ZY) + "/tasks", supervisorZy, "{\"title\":\"" + "长".repeat(101)
                + "\",\"duty\":\"LEGAL_EDUCATION\",\"target\":{\"kind\":\"GRID\",\"grid\":\"it-r-002\"}}"), "title");
        assertProblem(http.post(url(ZY) + "/tasks", worker("it-nobody"), roleInGrid("网格员不能派", "LEGAL_EDUCATION",
                "COMMUNITY_LEGAL_ADVISER", "it-r-002")), 403, "forbidden");
        assertProblem(http.post(url(ZY) + "/tasks", adminZm, roleInGrid("跨区", "LEGAL_EDUCATION", "COMMUNITY_LEGAL_ADVISER",
                "it-r-002")), 403, "tenant-forbidden");
        assertEquals("nothing stored", before, count(url(ZY) + "/tasks", supervisorZy));
    }

    @Test
    public void stepsOutOfTurnOrByOthersAreRefusedAndMembersSeeOnlyTheirOwn() {
        grid("it-s-001", "410102003003");
        member("甲调解员", List.of("MEDIATOR"), List.of("it-s-001"), "it-step-a", null, false);
        member("乙调解员", List.of("MEDIATOR"), List.of("it-s-001"), "it-step-b", null, false);
        member("丙顾问", List.of("COMMUNITY_LEGAL_ADVISER"), List.of("it-s-001"), "it-step-c", null, false);
        JsonNode task = dispatch(roleInGrid("两人同收", "DISPUTE_RESOLUTION", "MEDIATOR", "it-s-001"));
        String id = task.get("id").asText();
        assertEquals(2, task.get("assignees").size());
        String a = worker("it-step-a");
        String b = worker("it-step-b");
        String c = worker("it-step-c");

        assertProblem(step(id, "verify", supervisorZy, "{}"), 409, "illegal-transition");
        assertProblem(step(id, "accept", c, "{}"), 403, "not-your-task");
        assertProblem(http.get(url(ZY) + "/tasks/" + id, c), 404, "not-found");
        assertProblem(http.get(url(ZY) + "/tasks", a), 403, "forbidden");
        assertProblem(step(id, "accept", worker("it-not-a-member"), "{}"), 403, "not-a-member");
        assertProblem(step(id, "accept", Tokens.of("it-step-a", List.of("GRID_WORKER"), List.of(ZM)),
                "{}"), 403, "tenant-forbidden");

        assertEquals(200, step(id, "accept", a, "{}").status());
        assertProblem(step(id, "accept", b, "{}"), 403, "not-your-task");
        // Another's task: refused as not theirs before its body is read, so its faults (a missing
        // text, an extension before the task's deadline) tell the caller nothing of the task.
        assertProblem(step(id, "answer", b, "{}"), 403, "not-your-task");
        assertProblem(step(id, "extension", b, "{\"until\":\"2020-01-01T00:00:00+08:00\"}"), 403, "not-your-task");
        assertProblem(http.get(url(ZY) + "/tasks/" + id, b), 404, "not-found");
        JsonNode mine = http.get(url(ZY) + "/tasks/" + id, a).json();
        assertNull("a member does not see whom else it was sent to", mine.get("assignees"));
        assertField(step(id, "answer", a, "{\"text\":\"\"}"), "text");
        assertField(step(id, "answer", a, "{\"text\":\"在外地\",\"lon\":116.4,\"lat\":39.9}"), "lon");
        long version = http.get(url(ZY) + "/tasks/" + id, supervisorZy).json().get("version").asLong();
        assertProblem(http.post(url(ZY) + "/tasks/" + id + "/answer", a, "{\"text\":\"旧版本\",\"version\":" + (version - 1) + "}"),
                409, "conflict");
        assertEquals("refusals changed nothing", version, http.get(url(ZY) + "/tasks/" + id, supervisorZy).json()
                .get("version").asLong());
        assertProblem(http.get(url(ZM) + "/tasks/" + id, operatorZm), 404, "not-found");
        assertProblem(step(id, "urge", operatorZm, "{}"), 403, "tenant-forbidden");
    }

    @Test
    public void returnsReassignmentsExtensionsAndUrgingAreKept() {
        grid("it-x-001", "410102003004");
        grid("it-x-002", "410102003005");
        member("回退者", List.of("MEDIATOR"), List.of("it-x-001"), "it-x-a", null, false);
        String other = member("改派者", List.of("MEDIATOR"), List.of("it-x-002"), "it-x-b", null, false);
        String a = worker("it-x-a");
        String b = worker("it-x-b");
        String id = dispatch(roleInGrid("要回退的任务", "DISPUTE_RESOLUTION", "MEDIATOR", "it-x-001")).get("id").asText();
        assertEquals(200, step(id, "accept", a, "{}").status());
        assertField(step(id, "return", a, "{}"), "text");
        JsonNode returned = step(id, "return", a, "{\"text\":\"不属于本网格\"}").json();
        assertEquals("RETURNED", returned.get("state").get("code").asText());
        assertEquals(1, returned.get("returnCount").asInt());
        assertEquals(0, count(url(ZY) + "/my/tasks", a));
        assertEquals(1, count(url(ZY) + "/my/tasks?done=true", a));

        JsonNode reassigned = step(id, "reassign", supervisorZy, "{\"target\":{\"kind\":\"MEMBER\",\"memberId\":\"" + other + "\"}}").json();
        assertEquals(reassigned.toString(), "DISPATCHED", reassigned.get("state").get("code").asText());
        assertEquals(1, count(url(ZY) + "/my/tasks", b));
        assertEquals(200, step(id, "accept", b, "{}").status());
        String finishBy = http.get(url(ZY) + "/tasks/" + id, supervisorZy).json().get("deadlines").get("finishBy").asText();
        assertField(step(id, "extension", b, "{\"text\":\"等当事人\",\"until\":\"2020-01-01T00:00:00+08:00\"}"), "until");
        String until = java.time.OffsetDateTime.parse(finishBy).plusDays(3).toString();
        assertEquals(200, step(id, "extension", b, "{\"text\":\"等当事人返乡\",\"until\":\"" + until + "\"}").status());
        assertProblem(step(id, "extension", b, "{\"text\":\"再申请\",\"until\":\"" + until + "\"}"), 409, "extension-pending");
        JsonNode granted = step(id, "extension/grant", supervisorZy, "{}").json();
        assertEquals("GRANTED", granted.get("extension").get("state").get("code").asText());
        assertEquals(java.time.OffsetDateTime.parse(until).toInstant(),
                java.time.OffsetDateTime.parse(granted.get("deadlines").get("finishBy").asText()).toInstant());
        assertProblem(step(id, "extension/grant", supervisorZy, "{}"), 409, "no-extension-request");
        assertProblem(step(id, "extension/grant", b, "{}"), 403, "forbidden");
        JsonNode urged = step(id, "urge", supervisorZy, "{\"text\":\"请尽快办理\"}").json();
        assertEquals(1, urged.get("urgeCount").asInt());
        assertEquals(List.of("DISPATCH", "ACCEPT", "RETURN", "REASSIGN", "ACCEPT", "REQUEST_EXTENSION", "GRANT_EXTENSION", "URGE"),
                actions(urged));
        JsonNode cancelled = step(id, "cancel", supervisorZy, "{\"text\":\"群众撤回\"}").json();
        assertEquals("CANCELLED", cancelled.get("state").get("code").asText());
        assertProblem(step(id, "answer", b, "{\"text\":\"晚了\"}"), 409, "illegal-transition");
    }

    @Test
    public void overdueTasksGetCardsFromTheScheduledScanAndMyTasksComeByDeadline() throws Exception {
        Http.Res rule = http.put(url(ZY) + "/tasks/deadlines/LEGAL_EDUCATION/CRITICAL", adminZy,
                "{\"acceptYellow\":\"PT1S\",\"acceptRed\":\"PT2S\",\"finishYellow\":\"PT1H\",\"finishRed\":\"PT2H\"}");
        assertEquals(rule.toString(), 200, rule.status());
        assertField(http.put(url(ZY) + "/tasks/deadlines/LEGAL_EDUCATION/URGENT", adminZy,
                "{\"acceptYellow\":\"P3D\",\"acceptRed\":\"P1D\",\"finishYellow\":\"P5D\",\"finishRed\":\"P10D\"}"), "acceptRed");
        assertProblem(http.put(url(ZY) + "/tasks/deadlines/LEGAL_EDUCATION/URGENT", supervisorZy,
                "{\"acceptYellow\":\"P1D\",\"acceptRed\":\"P2D\",\"finishYellow\":\"P5D\",\"finishRed\":\"P10D\"}"), 403, "forbidden");
        grid("it-k-001", "410102003006");
        member("亮牌成员", List.of("LEGAL_AWARE_RESIDENT"), List.of("it-k-001"), "it-card-1", null, false);
        String late = dispatch("{\"title\":\"特急普法\",\"duty\":\"LEGAL_EDUCATION\",\"urgency\":\"CRITICAL\",\"target\":{\"kind\":"
                + "\"ROLE_IN_GRID\",\"role\":\"LEGAL_AWARE_RESIDENT\",\"grid\":\"it-k-001\"}}").get("id").asText();
        String later = dispatch(roleInGrid("一般普法", "LEGAL_EDUCATION", "LEGAL_AWARE_RESIDENT", "it-k-001")).get("id").asText();
        Http.Res phone = http.get(url(ZY) + "/my/tasks", worker("it-card-1"));
        assertEquals("a phone asking again gets 304", 304,
                http.get(url(ZY) + "/my/tasks", worker("it-card-1"), "If-None-Match", phone.header("ETag")).status());
        JsonNode mine = phone.json();
        assertEquals(2, mine.get("total").asInt());
        assertEquals("the earliest deadline first", late, mine.get("items").get(0).get("id").asText());
        assertNull(mine.get("items").get(0).get("assignees"));

        Thread.sleep(2_500);
        String run = "/api/v1/platform/schedules/org.smartjustice.rosters/task-cards/run";
        eventually("a red card", 60_000, () -> {
            http.post(run, Tokens.operator(), "{}");
            return "RED".equals(http.get(url(ZY) + "/tasks/" + late, supervisorZy).json().get("card").get("code").asText());
        });
        Http.Res again = http.get(url(ZY) + "/my/tasks", worker("it-card-1"), "If-None-Match", phone.header("ETag"));
        assertEquals("the card changed the member's answer", 200, again.status());
        assertEquals("RED", again.json().get("items").get(0).get("card").get("code").asText());
        JsonNode carded = http.get(url(ZY) + "/tasks/" + late, supervisorZy).json();
        assertTrue(actions(carded).contains("CARD"));
        assertEquals("NONE", http.get(url(ZY) + "/tasks/" + later, supervisorZy).json().get("card").get("code").asText());
        assertEquals(1, count(url(ZY) + "/tasks?card=RED&grid=it-k-001", supervisorZy));
        JsonNode schedules = http.get("/api/v1/platform/schedules", Tokens.operator()).json();
        assertTrue(schedules.toString(), schedules.toString().contains("org.smartjustice.rosters/task-cards"));
        assertEquals(200, http.delete(url(ZY) + "/tasks/deadlines/LEGAL_EDUCATION/CRITICAL", adminZy).status());
    }

    @Test
    public void theMonthlyFiguresCountTasksAcceptedAndAnsweredInTime() {
        grid("it-f-001", "410102005001");
        member("统计成员", List.of("MEDIATOR"), List.of("it-f-001"), "it-fig-1", null, false);
        String me = worker("it-fig-1");
        String id = dispatch(roleInGrid("统计任务", "DISPUTE_RESOLUTION", "MEDIATOR", "it-f-001")).get("id").asText();
        step(id, "accept", me, "{}");
        step(id, "answer", me, "{\"text\":\"已办\"}");
        dispatch(roleInGrid("统计任务二", "DISPUTE_RESOLUTION", "MEDIATOR", "it-f-001"));
        JsonNode stats = http.get(url(ZY) + "/tasks/stats?by=grid", supervisorZy).json();
        JsonNode row = null;
        for (JsonNode r : stats.get("rows")) {
            row = r.get("key").asText().equals("it-f-001") ? r : row;
        }
        assertTrue(stats.toString(), row != null);
        assertEquals(2, row.get("tasks").asInt());
        assertEquals(1, row.get("acceptedOnTime").asInt());
        assertEquals(1.0, row.get("acceptOnTimeRate").asDouble(), 0.0);
        assertEquals(1, row.get("answeredOnTime").asInt());
        assertEquals("测试网格it-f-001", row.get("name").asText());
        assertField(http.get(url(ZY) + "/tasks/stats?month=2026-13", supervisorZy), "month");
        assertField(http.get(url(ZY) + "/tasks/stats?by=planet", supervisorZy), "by");
        assertProblem(http.get(url(ZY) + "/tasks/stats", worker("it-fig-1")), 403, "forbidden");
        assertEquals(200, http.get(url(ZY) + "/tasks/stats?format=xlsx&by=duty", supervisorZy).status());
    }

    @Test
    public void aLegalAwareResidentsTrainingHoursShowWhenTheAcademyIsThereAndOnlyThen() throws Exception {
        grid("it-a-001", "410102005002");
        String aware = member("学习者", List.of("LEGAL_AWARE_RESIDENT"), List.of("it-a-001"), "it-learner-1", null, false);
        String mediator = member("非学习者", List.of("MEDIATOR"), List.of("it-a-001"), "it-learner-2", null, false);
        assertEquals("no learning yet", 0.0, http.get(url(ZY) + "/members/" + aware, adminZy).json().get("trainingHours").asDouble(), 0.0);
        assertNull("only 法律明白人 show hours", http.get(url(ZY) + "/members/" + mediator, adminZy).json().get("trainingHours"));

        // The learner studies an item the district published in the academy: an hour in two reports.
        String academy = "/api/v1/t/" + ZY + "/academy";
        String author = Tokens.of("it-author", List.of("EDITOR"), List.of(ZY));
        String reviewer = Tokens.of("it-reviewer", List.of("EDITOR"), List.of(ZY));
        Http.Res created = http.post(academy + "/items", author, "{\"kind\":\"LEGAL_EDUCATION\",\"title\":\"法律明白人培训：调解技巧\","
                + "\"body\":\"<p>倾听、疏导、释法。</p>\",\"audiences\":[\"VILLAGES\"]}");
        assertEquals(created.toString(), 201, created.status());
        String item = created.json().get("item").get("id").asText();
        Http.Res submitted = http.post(academy + "/items/" + item + "/submit", author,
                "{\"version\":" + created.json().get("item").get("version").asLong() + "}");
        assertEquals(submitted.toString(), 200, submitted.status());
        assertEquals(200, http.post(academy + "/items/" + item + "/publish", reviewer,
                "{\"version\":" + submitted.json().get("item").get("version").asLong() + "}").status());
        String learner = worker("it-learner-1");
        // Opened, then half an hour passes between reports (the academy credits only time its clock saw pass).
        assertEquals(200, http.post(academy + "/my/learning/" + item, learner, "{}").status());
        LearningTime.pass(ZY, "it-learner-1", item, 1800);
        assertEquals(200, http.post(academy + "/my/learning/" + item, learner, "{\"seconds\":1800}").status());
        LearningTime.pass(ZY, "it-learner-1", item, 1800);
        assertEquals(200, http.post(academy + "/my/learning/" + item, learner, "{\"seconds\":1800,\"completed\":true}").status());
        assertEquals(1.0, http.get(url(ZY) + "/members/" + aware, adminZy).json().get("trainingHours").asDouble(), 0.0);
        // The academy groups the hours by the learner's posts in the roster.
        JsonNode byRole = http.get(academy + "/learning?by=role", adminZy).json();
        assertTrue(byRole.toString(), byRole.toString().contains("\"code\":\"LEGAL_AWARE_RESIDENT\",\"title\":\"法律明白人\",\"people\":1,\"hours\":1.0"));
        assertTrue(http.get(academy + "/learning?by=grid", adminZy).body().contains("\"code\":\"it-a-001\""));
        assertTrue(http.get(academy + "/learning?by=street", adminZy).body().contains("\"code\":\"410102005\""));
        assertField(http.get(academy + "/learning?by=planet", adminZy), "by");

        features().uninstallFeature("justice-academy");
        eventually("hours unknown without the academy", 30_000,
                () -> !http.get(url(ZY) + "/members/" + aware, adminZy).json().has("trainingHours"));
        features().installFeature("justice-academy");
        eventually("hours back with the academy", 60_000, () -> {
            JsonNode m = http.get(url(ZY) + "/members/" + aware, adminZy).json();
            return m.has("trainingHours") && m.get("trainingHours").asDouble() == 1.0;
        });
        awaitWhiteboardSettled();
    }

    @Test
    public void textFitsItsColumnAndPublicFieldsCarryNothingPersonal() {
        grid("it-q-001", "410102002007");
        String all = url(ZY) + "/members";
        long before = count(all, adminZy);
        // 26 emoji are 52 UTF-16 units: more than the 50 a name may have, however they are counted.
        assertField(http.post(all, adminZy, memberBody("😀".repeat(26), List.of("MEDIATOR"), List.of(), null, null, false, "")), "name");
        assertField(http.post(all, adminZy, memberBody("\u200b\u200b", List.of("MEDIATOR"), List.of(), null, null, false, "")), "name");
        assertField(http.post(all, adminZy, memberBody("手机作办公电话", List.of("MEDIATOR"), List.of(), null, null, true,
                "\"workPhone\":\"13812345678\",").replace(",\"workPhone\":\"0371-67890000\"", "")), "workPhone");
        assertField(http.post(all, adminZy, memberBody("单位含手机", List.of("MEDIATOR"), List.of(), null, null, true, "")
                .replace("测试单位", "测试单位 138 1234 5678")), "unitName");
        assertField(http.post(all, adminZy, memberBody("制表符", List.of("MEDIATOR"), List.of(), "a\tb", null, false, "")), "hostUserId");
        assertEquals("nothing stored", before, count(all, adminZy));
        Http.Res grid = putGrid("it-q-002", "410102002007");
        assertEquals(201, grid.status());
        assertField(http.put(url(ZY) + "/grids/cells/it-q-003", adminZy, "{\"code\":\"it-q-003\",\"name\":\"" + "😀".repeat(60)
                + "\",\"communityCode\":\"410102002007\"}"), "name");

        member("长理由", List.of("MEDIATOR"), List.of("it-q-001"), "it-long-1", null, false);
        String id = dispatch(roleInGrid("长理由任务", "DISPUTE_RESOLUTION", "MEDIATOR", "it-q-001")).get("id").asText();
        assertEquals(200, step(id, "accept", worker("it-long-1"), "{}").status());
        Http.Res returned = step(id, "return", worker("it-long-1"), "{\"text\":\"" + "理".repeat(1500) + "\"}");
        assertEquals(returned.toString(), 200, returned.status());
        assertField(step(id, "cancel", supervisorZy, "{\"text\":\"" + "😀".repeat(1001) + "\"}"), "text");
        assertField(http.post(url(ZY) + "/tasks", supervisorZy, "{\"title\":\"目标多余\",\"duty\":\"LEGAL_EDUCATION\","
                + "\"target\":{\"kind\":\"MEMBER\",\"memberId\":\"x\",\"role\":\"MEDIATOR\"}}"), "target.role");
    }

    @Test
    public void exportsImportBackMovedCellsTakeTheirMembersAndLeaversGiveTheirTasksBack() {
        grid("it-w-001", "410102008002");
        String kept = member("往返者", List.of("MEDIATOR"), List.of("it-w-001"), "it-round-1", "13911112222", true);
        member("公式名", List.of("MEDIATOR"), List.of("it-w-001"), "it-round-2", null, false);
        Http.Res renamed = http.put(url(ZY) + "/members/" + http.get(url(ZY) + "/members?q=公式名", adminZy).json()
                .get("items").get(0).get("id").asText(), adminZy, memberBody("-2+3", List.of("MEDIATOR"), List.of("it-w-001"),
                "it-round-2", null, false, "\"version\":1,"));
        assertEquals(renamed.toString(), 200, renamed.status());
        String exported = http.get(url(ZY) + "/members/export", adminZy).body();
        StringBuilder mine = new StringBuilder(exported.substring(0, exported.indexOf("\r\n") + 2));
        for (String line : exported.split("\r\n")) {
            if (line.contains("it-round-")) {
                mine.append(line).append("\r\n");
            }
        }
        Http.Res back = http.sendBytes("POST", url(ZY) + "/members/imports", adminZy, "text/csv",
                mine.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(back.toString(), 2, back.json().get("accepted").asInt());
        assertEquals("the masked mobile leaves the stored one", "13911112222",
                http.get(url(ZY) + "/members/" + kept + "?unmask=true", adminZy).json().get("mobile").asText());
        assertEquals(1, count(url(ZY) + "/members?q=" + java.net.URLEncoder.encode("-2+3", StandardCharsets.UTF_8), adminZy));
        assertEquals(0, count(url(ZY) + "/members?q=" + java.net.URLEncoder.encode("'-2", StandardCharsets.UTF_8), adminZy));
        assertProblem(http.post(url(ZY) + "/members", adminZy, memberBody("同号者", List.of("MEDIATOR"), List.of(), "it-round-3",
                "13911112222", false, "")), 409, "member-exists");
        assertProblem(http.post(url(ZY) + "/members", adminZy, memberBody("往返者", List.of("MEDIATOR"), List.of("it-w-001"), null,
                null, false, "")), 409, "member-exists");

        // The cell moves to another community: its members' posts and the public contacts follow.
        JsonNode cell = http.get(url(ZY) + "/grids/cells/it-w-001", adminZy).json();
        assertEquals(200, http.put(url(ZY) + "/grids/cells/it-w-001", adminZy, "{\"code\":\"it-w-001\",\"name\":\"迁移网格\","
                + "\"communityCode\":\"410102008003\",\"version\":" + cell.get("version").asLong() + "}").status());
        String contacts = "/api/v1/public/t/" + ZY + "/rosters/contacts?community=";
        assertEquals(1, http.get(contacts + "410102008003", null).json().size());
        assertEquals(0, http.get(contacts + "410102008002", null).json().size());
        assertEquals(2, count(url(ZY) + "/members?community=410102008003", adminZy));

        // A leaver's tasks go back to the dispatchers; the leaver can no longer take a step.
        String task = dispatch("{\"title\":\"离岗前的任务\",\"duty\":\"DISPUTE_RESOLUTION\",\"target\":{\"kind\":\"MEMBER\","
                + "\"memberId\":\"" + kept + "\"}}").get("id").asText();
        assertEquals(200, step(task, "accept", worker("it-round-1"), "{}").status());
        assertEquals(200, http.delete(url(ZY) + "/members/" + kept, adminZy).status());
        JsonNode given = http.get(url(ZY) + "/tasks/" + task, supervisorZy).json();
        assertEquals("RETURNED", given.get("state").get("code").asText());
        assertTrue(given.get("lastReason").asText().contains("离岗"));
        assertProblem(step(task, "answer", worker("it-round-1"), "{\"text\":\"离岗后\"}"), 403, "member-off-duty");
        assertEquals(0, http.get(contacts + "410102008003", null).json().size());
    }

    @Test
    public void aMemberSeesTheStepsOfTheDispatchersAndTheirOwnOnly() {
        grid("it-v-001", "410102008004");
        member("先退者", List.of("MEDIATOR"), List.of("it-v-001"), "it-view-1", null, false);
        member("承办者", List.of("MEDIATOR"), List.of("it-v-001"), "it-view-2", null, false);
        String id = dispatch(roleInGrid("两人收到", "DISPUTE_RESOLUTION", "MEDIATOR", "it-v-001")).get("id").asText();
        assertEquals(200, step(id, "return", worker("it-view-1"), "{\"text\":\"我不在，电话 13812345678\"}").status());
        JsonNode seen = step(id, "accept", worker("it-view-2"), "{}").json();
        assertEquals(List.of("DISPATCH", "ACCEPT"), actions(seen));
        assertFalse(seen.toString().contains("13812345678"));
        assertEquals(List.of("DISPATCH", "RETURN", "ACCEPT"), actions(http.get(url(ZY) + "/tasks/" + id, supervisorZy).json()));
    }

    @Test
    public void aLargeGridImportIsAJobThatOnlyItsOwnKindAndTenantFind() throws Exception {
        StringBuilder csv = new StringBuilder("网格编码,网格名称,社区（村）代码\r\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("it-j-").append(i).append(",大批网格").append(i).append(",410102012001\r\n");
        }
        Http.Res started = http.sendBytes("POST", url(ZY) + "/grids/imports", adminZy, "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(started.toString(), 202, started.status());
        String job = started.header("Location");
        eventually("import done", 120_000, () -> "DONE".equals(http.get(job, adminZy).json().get("state").asText()));
        assertEquals(10_000, http.get(job, adminZy).json().get("report").get("accepted").asInt());
        String id = job.substring(job.lastIndexOf('/') + 1);
        assertProblem(http.get(url(ZY) + "/members/imports/" + id, adminZy), 404, "not-found");
        assertProblem(http.get(url(ZM) + "/grids/imports/" + id, adminZm), 404, "not-found");
        assertEquals(10_000, count(url(ZY) + "/grids/cells?community=410102012001", adminZy));
    }

    /** Every endpoint of the module, with a made-up id where one is needed. */
    static final List<String[]> ENDPOINTS = List.of(new String[] { "GET", "grids" }, new String[] { "GET", "grids/cells" },
            new String[] { "GET", "grids/cells/x1" }, new String[] { "PUT", "grids/cells/x1" },
            new String[] { "DELETE", "grids/cells/x1" }, new String[] { "POST", "grids/cells" },
            new String[] { "POST", "grids/imports" }, new String[] { "GET", "grids/imports/x1" },
            new String[] { "GET", "grids/imports/template" }, new String[] { "GET", "members" },
            new String[] { "POST", "members" }, new String[] { "GET", "members/x1" }, new String[] { "PUT", "members/x1" },
            new String[] { "DELETE", "members/x1" }, new String[] { "GET", "members/export" },
            new String[] { "POST", "members/imports" }, new String[] { "GET", "members/imports/x1" },
            new String[] { "GET", "members/imports/template" }, new String[] { "GET", "coverage" },
            new String[] { "GET", "org-export" }, new String[] { "GET", "tasks" }, new String[] { "POST", "tasks" },
            new String[] { "GET", "tasks/x1" }, new String[] { "GET", "tasks/deadlines" },
            new String[] { "PUT", "tasks/deadlines/LEGAL_EDUCATION/NORMAL" },
            new String[] { "DELETE", "tasks/deadlines/LEGAL_EDUCATION/NORMAL" }, new String[] { "GET", "tasks/stats" },
            new String[] { "GET", "my/tasks" }, new String[] { "POST", "tasks/x1/accept" }, new String[] { "POST", "tasks/x1/start" },
            new String[] { "POST", "tasks/x1/answer" }, new String[] { "POST", "tasks/x1/return" },
            new String[] { "POST", "tasks/x1/extension" }, new String[] { "POST", "tasks/x1/extension/grant" },
            new String[] { "POST", "tasks/x1/extension/refuse" }, new String[] { "POST", "tasks/x1/verify" },
            new String[] { "POST", "tasks/x1/reopen" }, new String[] { "POST", "tasks/x1/reassign" },
            new String[] { "POST", "tasks/x1/urge" }, new String[] { "POST", "tasks/x1/cancel" });

    @Test
    public void everyEndpointRefusesAnotherDistrictAndAnonymousCallers() throws Exception {
        List<Long> before = List.of(count(url(ZY) + "/grids/cells", adminZy), count(url(ZY) + "/members", adminZy),
                count(url(ZY) + "/tasks", adminZy));
        for (String[] e : ENDPOINTS) {
            String path = url(ZY) + "/" + e[1];
            String body = e[0].equals("GET") || e[0].equals("DELETE") ? null : "{}";
            for (String other : List.of(adminZm, operatorZm, Tokens.of("zm-worker", List.of("GRID_WORKER"), List.of(ZM)))) {
                assertProblem(http.send(e[0], path, other, body == null ? null : "application/json", body), 403,
                        "tenant-forbidden");
            }
            assertEquals(e[0] + " " + e[1], 401, http.send(e[0], path, null, body == null ? null : "application/json", body)
                    .status());
        }
        assertEquals("nothing stored", before, List.of(count(url(ZY) + "/grids/cells", adminZy),
                count(url(ZY) + "/members", adminZy), count(url(ZY) + "/tasks", adminZy)));
    }

    @Test
    public void theMenuShowsEachRoleItsEntries() {
        Set<String> admin = menu(adminZy);
        assertTrue(admin.toString(), admin.containsAll(List.of("rosters", "rosters.grids", "rosters.members", "rosters.coverage",
                "rosters.tasks", "rosters.stats")));
        assertFalse(admin.contains("rosters.my-tasks"));
        Set<String> grid = menu(worker("it-menu"));
        assertTrue(grid.toString(), grid.containsAll(List.of("rosters", "rosters.my-tasks")));
        assertFalse(grid.contains("rosters.tasks"));
    }

    private Set<String> menu(String token) {
        Set<String> ids = new HashSet<>();
        http.get("/api/v1/t/" + ZY + "/menu", token).json().forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    @Test
    public void uninstallingRostersLeavesTheOthersServingAndInstallingBringsItBack() throws Exception {
        grid("it-h-001", "410102007001");
        features().uninstallFeature("justice-rosters");
        try {
            eventually("rosters gone", 30_000, () -> http.get(url(ZY) + "/grids/cells", adminZy).status() == 404);
            assertProblem(http.get(url(ZY) + "/grids/cells", adminZy), 404, "not-found");
            assertEquals(200, http.get("/api/v1/t/" + ZY + "/venues", adminZy).status());
            assertFalse(menu(adminZy).contains("rosters"));
        } finally {
            features().installFeature("justice-rosters");
        }
        eventually("rosters back", 60_000, () -> http.get(url(ZY) + "/grids/cells", adminZy).status() == 200);
        awaitWhiteboardSettled();
        assertTrue(menu(adminZy).contains("rosters.tasks"));
        assertEquals("the data stayed", 200, http.get(url(ZY) + "/grids/cells/it-h-001", adminZy).status());
    }
}
