package org.smartjustice.itest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
 * 网格学堂 through HTTP: the review workflow with its versions (the published version stays public
 * while the next is edited), four eyes, rich text cleaned, service guides checked, template files
 * stored by the platform and downloaded with their UTF-8 names, the city's content in every
 * district unless a district hides it, the public areas with ETag/304, and tenancy on every path.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AcademyIT extends ItestSupport {

    static final String ZY = "410102";
    static final String ZM = "410122";
    static final String CITY = "410100";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String authorZy = Tokens.of("zy-editor-a", List.of("EDITOR"), List.of(ZY));
    private final String reviewerZy = Tokens.of("zy-editor-b", List.of("EDITOR"), List.of(ZY));
    private final String editorZm = Tokens.of("zm-editor", List.of("EDITOR"), List.of(ZM));
    private final String workerZy = Tokens.of("zy-worker", List.of("GRID_WORKER"), List.of(ZY));
    private final String cityAuthor = Tokens.of("city-editor-a", List.of("EDITOR"), List.of(CITY));
    private final String cityReviewer = Tokens.of("city-editor-b", List.of("EDITOR"), List.of(CITY));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        // The demo switches modules on for the pilot districts only; the city's editors need it too.
        Http.Res on = http.put("/api/v1/platform/tenants/" + CITY + "/modules/academy", Tokens.operator(), null);
        assertTrue(on.toString(), on.status() == 200 || on.status() == 204);
        if (down != null) {
            throw new AssertionError(down);
        }
        try {
            eventually("academy answers", 60_000, () -> http.get(items(ZY), authorZy).status() == 200);
        } catch (AssertionError e) {
            // One container per class: the next test would wait as long again.
            down = e.getMessage();
            throw e;
        }
    }

    private static String down;

    static String items(String tenant) {
        return "/api/v1/t/" + tenant + "/academy/items";
    }

    static String pub(String tenant) {
        return "/api/v1/public/t/" + tenant + "/academy";
    }

    static String body(Object... pairs) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode create(String tenant, String token, String json) {
        Http.Res r = http.post(items(tenant), token, json);
        assertEquals(r.toString(), 201, r.status());
        return r.json();
    }

    JsonNode step(String tenant, String id, String action, String token, String note) {
        Http.Res r = stepRes(tenant, id, action, token, note);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    Http.Res stepRes(String tenant, String id, String action, String token, String note) {
        long version = http.get(items(tenant) + "/" + id, token).json().get("item").get("version").asLong();
        return http.post(items(tenant) + "/" + id + "/" + action, token, body("note", note, "version", version));
    }

    /** Written by one editor, published by another. */
    String published(String tenant, String author, String reviewer, String json) {
        String id = create(tenant, author, json).get("item").get("id").asText();
        step(tenant, id, "submit", author, null);
        step(tenant, id, "publish", reviewer, "同意发布");
        return id;
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.has("item") ? i.get("item").get("id").asText() : i.get("id").asText()));
        return ids;
    }

    @Test
    public void anItemIsPublishedBySomeoneElseAndItsPublishedVersionStaysPublicWhileTheNextIsEdited() {
        String title = "农村土地承包纠纷怎么调解 " + UUID.randomUUID();
        JsonNode created = create(ZY, authorZy, body("kind", "LEGAL_EDUCATION", "title", title, "summary", "乡村普法",
                "body", "<p>先找村调委会。</p>", "audiences", List.of("VILLAGES"), "topics", List.of("MEDIATION"),
                "legalBasis", List.of(java.util.Map.of("law", "《中华人民共和国人民调解法》", "articles", "第十七条"))));
        String id = created.get("item").get("id").asText();
        assertEquals("DRAFT", created.get("item").get("state").get("code").asText());
        assertEquals(404, http.get(pub(ZY) + "/items/" + id, null).status());
        assertFalse(ids(http.get(pub(ZY) + "/boards/VILLAGES?size=200", null).json()).contains(id));

        assertProblem(stepRes(ZY, id, "publish", reviewerZy, null), 409, "illegal-transition");
        step(ZY, id, "submit", authorZy, null);
        assertProblem(stepRes(ZY, id, "publish", authorZy, null), 403, "reviewer-is-author");
        // Whoever rewrote a draft is one of its authors too: a third editor's edit bars them from publishing it.
        String other = Tokens.of("zy-editor-c", List.of("EDITOR"), List.of(ZY));
        String rewritten = create(ZY, authorZy, body("kind", "FAQ", "title", "四眼：改写", "body", "<p>原文</p>",
                "audiences", List.of("COMMUNITIES"))).get("item").get("id").asText();
        long rv = http.get(items(ZY) + "/" + rewritten, other).json().get("item").get("version").asLong();
        assertEquals(200, http.put(items(ZY) + "/" + rewritten, other, body("title", "四眼：改写", "body", "<p>改写</p>",
                "audiences", List.of("COMMUNITIES"), "version", rv)).status());
        step(ZY, rewritten, "submit", other, null);
        assertProblem(stepRes(ZY, rewritten, "publish", other, null), 403, "reviewer-is-author");
        step(ZY, rewritten, "publish", reviewerZy, null);
        assertProblem(http.put(items(ZY) + "/" + id, authorZy, body("title", "待审中修改", "body", "<p>x</p>", "audiences",
                List.of("VILLAGES"), "version", http.get(items(ZY) + "/" + id, authorZy).json().get("item").get("version").asLong())),
                409, "illegal-transition");
        step(ZY, id, "publish", reviewerZy, "同意");

        Http.Res first = http.get(pub(ZY) + "/items/" + id, null);
        assertEquals(first.toString(), 200, first.status());
        assertEquals(title, first.json().get("title").asText());
        assertFalse("no person's name in public", first.body().contains("zy-editor"));
        assertEquals("第十七条", first.json().get("legalBasis").get(0).get("articles").asText());
        String etag = first.header("ETag");
        assertEquals(304, http.get(pub(ZY) + "/items/" + id, null, "If-None-Match", etag).status());
        assertTrue(ids(http.get(pub(ZY) + "/boards/VILLAGES?size=200", null).json()).contains(id));
        assertTrue(ids(http.get(pub(ZY) + "/policies/MEDIATION?size=200", null).json()).contains(id));

        // The next version is edited: the public still reads the first.
        long version = http.get(items(ZY) + "/" + id, authorZy).json().get("item").get("version").asLong();
        Http.Res edited = http.put(items(ZY) + "/" + id, authorZy, body("title", title + "（修订）", "body", "<p>修订版</p>",
                "audiences", List.of("VILLAGES"), "topics", List.of("MEDIATION"), "version", version));
        assertEquals(edited.toString(), 200, edited.status());
        assertEquals(2, edited.json().get("working").get("number").asInt());
        assertEquals(title, http.get(pub(ZY) + "/items/" + id, null).json().get("title").asText());

        step(ZY, id, "submit", authorZy, null);
        step(ZY, id, "publish", reviewerZy, null);
        Http.Res second = http.get(pub(ZY) + "/items/" + id, null, "If-None-Match", etag);
        assertEquals("publishing changes the answer at once", 200, second.status());
        assertEquals(title + "（修订）", second.json().get("title").asText());
        JsonNode versions = http.get(items(ZY) + "/" + id + "/versions", authorZy).json();
        assertEquals(2, versions.size());
        assertEquals("PUBLISHED", versions.get(0).get("status").get("code").asText());
        assertEquals("SUPERSEDED", versions.get(1).get("status").get("code").asText());
        assertEquals("zy-editor-b", versions.get(0).get("reviewer").asText());

        step(ZY, id, "withdraw", reviewerZy, "政策调整");
        assertEquals(404, http.get(pub(ZY) + "/items/" + id, null).status());
        assertProblem(http.delete(items(ZY) + "/" + id, authorZy), 409, "illegal-transition");

        List<String> actions = new ArrayList<>();
        for (String who : List.of("zy-editor-a", "zy-editor-b")) {
            JsonNode audit = http.get("/api/v1/platform/audit?tenant=" + ZY + "&principal=" + who + "&size=200",
                    Tokens.operator()).json();
            audit.get("items").forEach(a -> {
                if (a.get("target").asText().endsWith(id)) {
                    actions.add(a.get("action").asText());
                }
            });
        }
        for (String a : List.of("academy.item.create", "academy.item.submit", "academy.item.publish", "academy.item.update",
                "academy.item.withdraw")) {
            assertTrue(actions.toString(), actions.contains(a));
        }
    }

    @Test
    public void badInputNamesTheFieldAndStoresNothing() {
        long before = http.get(items(ZY) + "?size=1", authorZy).json().get("total").asLong();
        assertField(http.post(items(ZY), authorZy, body("kind", "POLICY", "audiences", List.of("SCHOOLS"))), "title");
        assertField(http.post(items(ZY), authorZy, body("title", "无类型")), "kind");
        assertField(http.post(items(ZY), authorZy, body("kind", "POLICY", "title", "错把指南写进政策", "guide",
                java.util.Map.of("serviceName", "x"))), "guide");
        assertField(http.post(items(ZY), authorZy, body("kind", "POLICY", "title", "日期颠倒", "effectiveFrom", "2026-12-01",
                "expiresOn", "2026-01-01")), "expiresOn");
        assertField(http.post(items(ZY), authorZy, body("kind", "POLICY", "title", "标".repeat(201))), "title");
        assertField(http.post(items(ZY), authorZy, body("kind", "PROCEDURE", "title", "材料缺份数", "guide",
                java.util.Map.of("serviceName", "法律援助申请", "materials", List.of(java.util.Map.of("name", "身份证"))))),
                "guide.materials[0].copies");
        assertEquals(400, http.post(items(ZY), authorZy, body("kind", "NO_SUCH_KIND", "title", "x")).status());
        assertEquals(before, http.get(items(ZY) + "?size=1", authorZy).json().get("total").asLong());

        // A guide is checked for what review needs when it is sent.
        String id = create(ZY, authorZy, body("kind", "PROCEDURE", "title", "不完整的指南", "topics", List.of("LEGAL_AID"),
                "guide", java.util.Map.of("serviceName", "法律援助申请"))).get("item").get("id").asText();
        assertField(stepRes(ZY, id, "submit", authorZy, null), "guide.materials");
        assertEquals("DRAFT", http.get(items(ZY) + "/" + id, authorZy).json().get("item").get("state").get("code").asText());
        assertEquals(204, http.delete(items(ZY) + "/" + id, authorZy).status());
    }

    @Test
    public void richTextIsCleanedOfEverythingThatRuns() {
        String id = published(ZY, authorZy, reviewerZy, body("kind", "FAQ", "title", "邻居装修噪音扰民怎么办？",
                "body", "<p>可申请人民调解。</p><script>alert(1)</script><img src=x onerror=alert(2)>"
                        + "<a href=\"javascript:alert(3)\">链接</a><iframe src=\"https://evil.example\"></iframe>",
                "audiences", List.of("COMMUNITIES")));
        String text = http.get(pub(ZY) + "/items/" + id, null).json().get("body").asText();
        assertTrue(text, text.contains("可申请人民调解"));
        for (String bad : List.of("<script", "onerror", "javascript:", "<iframe")) {
            assertFalse(text, text.contains(bad));
        }
    }

    @Test
    public void aTemplateIsStoredByItsBytesAndDownloadedWithItsChineseName() throws Exception {
        String id = create(ZY, authorZy, body("kind", "DOCUMENT_TEMPLATE", "title", "人民调解申请书", "topics", List.of("MEDIATION"),
                "audiences", List.of("COMMUNITIES"))).get("item").get("id").asText();
        assertField(stepRes(ZY, id, "submit", authorZy, null), "file");
        byte[] docx = docx("人民调解申请书");
        String name = java.net.URLEncoder.encode("人民调解申请书.docx", StandardCharsets.UTF_8);
        // A PDF named .docx, an HTML page named .pdf: refused by their bytes, naming the field.
        assertField(http.sendBytes("PUT", items(ZY) + "/" + id + "/file?name=" + name, authorZy, "application/octet-stream",
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)), "file");
        assertField(http.sendBytes("PUT", items(ZY) + "/" + id + "/file?name=" + java.net.URLEncoder.encode("申请书.pdf",
                StandardCharsets.UTF_8), authorZy, "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "file");
        assertField(http.sendBytes("PUT", items(ZY) + "/" + id + "/file?name=setup.exe", authorZy, "application/octet-stream",
                new byte[] { 'M', 'Z', 0, 0 }), "file");
        assertProblem(http.sendBytes("PUT", items(ZY) + "/" + id + "/file?name=" + name, authorZy, "application/octet-stream",
                new byte[21 * 1024 * 1024]), 413, "file-too-large");
        assertEquals("nothing was attached", "null",
                String.valueOf(http.get(items(ZY) + "/" + id, authorZy).json().get("working").get("fileName").textValue()));

        Http.Res put = http.sendBytes("PUT", items(ZY) + "/" + id + "/file?name=" + name, authorZy, "text/html", docx);
        assertEquals(put.toString(), 200, put.status());
        assertEquals("人民调解申请书.docx", put.json().get("working").get("fileName").asText());
        assertEquals("a draft's file is not public", 404, http.getBytes(pub(ZY) + "/items/" + id + "/file", null).statusCode());
        step(ZY, id, "submit", authorZy, null);
        step(ZY, id, "publish", reviewerZy, null);

        HttpResponse<byte[]> file = http.getBytes(pub(ZY) + "/items/" + id + "/file", null);
        assertEquals(200, file.statusCode());
        assertArrayEquals(docx, file.body());
        assertEquals("the type detected, not the one the uploader declared",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                file.headers().firstValue("Content-Type").orElse(""));
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition, disposition.startsWith("attachment;"));
        assertTrue(disposition, disposition.contains("filename*=UTF-8''" + name.replace("+", "%20")));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        String etag = file.headers().firstValue("ETag").orElse("");
        assertEquals(304, http.getBytes(pub(ZY) + "/items/" + id + "/file", null, "If-None-Match", etag).statusCode());
        assertTrue(ids(http.get(pub(ZY) + "/policies/MEDIATION?kind=DOCUMENT_TEMPLATE&size=200", null).json()).contains(id));

        // Another district finds neither the item nor its file.
        assertEquals(404, http.getBytes(pub(ZM) + "/items/" + id + "/file", null).statusCode());
        assertEquals(404, http.get(items(ZM) + "/" + id, editorZm).status());
        assertEquals(404, http.getBytes(items(ZM) + "/" + id + "/file", editorZm).statusCode());
    }

    @Test
    public void theCitysContentAppearsInEveryDistrictUnlessTheDistrictHidesIt() throws Exception {
        String title = "全市统一：法律援助申请指南 " + UUID.randomUUID();
        String id = published(CITY, cityAuthor, cityReviewer, body("kind", "PROCEDURE", "title", title, "topics", List.of("LEGAL_AID"),
                "audiences", List.of("COMMUNITIES"), "guide", guide()));
        for (String district : List.of(ZY, ZM)) {
            JsonNode board = http.get(pub(district) + "/policies/LEGAL_AID?size=200", null).json();
            assertTrue(district + " shows the city's item", ids(board).contains(id));
            Http.Res item = http.get(pub(district) + "/items/" + id, null);
            assertEquals(item.toString(), 200, item.status());
            assertTrue(item.json().get("city").asBoolean());
            assertEquals("身份证", item.json().get("guide").get("materials").get(0).get("name").asText());
        }

        String etag = http.get(pub(ZY) + "/policies/LEGAL_AID?size=200", null).header("ETag");
        assertEquals(204, http.put("/api/v1/t/" + ZY + "/academy/city-items/" + id + "/hidden", reviewerZy, null).status());
        Http.Res hidden = http.get(pub(ZY) + "/policies/LEGAL_AID?size=200", null, "If-None-Match", etag);
        assertEquals("hiding changes the answer at once", 200, hidden.status());
        assertFalse(ids(hidden.json()).contains(id));
        assertEquals(404, http.get(pub(ZY) + "/items/" + id, null).status());
        assertTrue("中牟县 still shows it", ids(http.get(pub(ZM) + "/policies/LEGAL_AID?size=200", null).json()).contains(id));
        JsonNode cityItems = http.get("/api/v1/t/" + ZY + "/academy/city-items?size=200", reviewerZy).json();
        boolean seenHidden = false;
        for (JsonNode c : cityItems.get("items")) {
            seenHidden |= c.get("item").get("id").asText().equals(id) && c.get("hidden").asBoolean();
        }
        assertTrue(cityItems.toString(), seenHidden);
        assertEquals(403, http.put("/api/v1/t/" + ZY + "/academy/city-items/" + id + "/hidden", editorZm, null).status());
        assertEquals(404, http.put("/api/v1/t/" + ZY + "/academy/city-items/" + UUID.randomUUID() + "/hidden", reviewerZy, null)
                .status());

        assertEquals(204, http.delete("/api/v1/t/" + ZY + "/academy/city-items/" + id + "/hidden", reviewerZy).status());
        assertTrue(ids(http.get(pub(ZY) + "/policies/LEGAL_AID?size=200", null).json()).contains(id));
        // A district's editors neither see nor change the city's drafts or items through their own paths.
        assertEquals(404, http.get(items(ZY) + "/" + id, reviewerZy).status());
        assertEquals(403, http.get(items(CITY), reviewerZy).status());
    }

    @Test
    public void everyPathRefusesOtherTenantsAndRolesWithoutTheRight() {
        String id = create(ZY, authorZy, body("kind", "POLICY", "title", "本区草稿", "body", "<p>x</p>",
                "audiences", List.of("ENTERPRISES"))).get("item").get("id").asText();
        assertEquals(403, http.get(items(ZY), editorZm).status());
        assertEquals(403, http.post(items(ZY), editorZm, body("kind", "POLICY", "title", "越权")).status());
        assertEquals(403, http.post(items(ZY) + "/" + id + "/submit", editorZm, body("version", 0)).status());
        assertEquals(403, http.post(items(ZY) + "/" + id + "/submit", workerZy, body("version", 0)).status());
        assertEquals(403, http.get(items(ZY), workerZy).status());
        assertEquals(403, http.post(items(ZY), Tokens.of("zy-operator", List.of("PLATFORM_OPERATOR"), List.of(ZY)),
                body("kind", "POLICY", "title", "运维不写内容")).status());
        assertEquals(401, http.get(items(ZY), null).status());
        assertEquals(404, http.get(pub(ZY) + "/items/" + id, null).status());
        assertEquals(404, http.get(pub(ZM) + "/items/" + id, null).status());
        assertEquals(400, http.get(pub(ZY) + "/boards/NOT_A_BOARD", null).status());
        Http.Res odd = http.get(pub(ZY) + "/items/" + "a".repeat(3000) + "%E2%80%AE", null);
        assertEquals(404, odd.status());
        assertFalse("the caller's text is not echoed back: " + odd.body(), odd.body().contains("aaaa") || odd.body().contains("\u202e"));
        assertField(http.post(items(ZY), authorZy, body("kind", "POLICY", "title", "空专题", "topics", java.util.Arrays.asList("MEDIATION",
                null))), "topics[1]");
        assertField(http.get(pub(ZY) + "/boards/VILLAGES?page=11&size=200", null), "page");
        JsonNode boards = http.get(pub(ZY) + "/boards", null).json();
        assertEquals(5, boards.size());
        assertEquals("国家机关", boards.get(0).get("section").get("title").asText());
    }

    @Test
    public void gridWorkersRecordTheirLearningAndTheDistrictSeesTheHours() throws Exception {
        String id = published(ZY, authorZy, reviewerZy, body("kind", "LEGAL_EDUCATION", "title", "网格员普法：民法典婚姻家庭编",
                "body", "<p>结婚自由。</p>", "audiences", List.of("COMMUNITIES")));
        String cityId = published(CITY, cityAuthor, cityReviewer, body("kind", "FAQ", "title", "遗嘱怎么立才有效？",
                "body", "<p>自书、代书、打印、录音录像、口头、公证。</p>", "audiences", List.of("COMMUNITIES")));
        String learner = Tokens.of("zy-learner-1", List.of("GRID_WORKER"), List.of(ZY));
        String my = "/api/v1/t/" + ZY + "/academy/my/learning/";
        // The app reports when the item opens, then as time passes: the academy credits what its clock saw pass.
        Http.Res opened = http.post(my + id, learner, "{}");
        assertEquals(opened.toString(), 200, opened.status());
        assertEquals("opening credits no time", 0, opened.json().get("seconds").asLong());
        LearningTime.pass(ZY, "zy-learner-1", id, 3000);
        assertEquals(200, http.post(my + id, learner, body("seconds", 3000)).status());
        LearningTime.pass(ZY, "zy-learner-1", id, 600);
        Http.Res done = http.post(my + id, learner, body("seconds", 600, "completed", true, "quizScore", 90));
        assertEquals(done.toString(), 200, done.status());
        assertEquals(3600, done.json().get("seconds").asLong());
        assertTrue(done.json().hasNonNull("completedAt"));
        assertEquals(200, http.post(my + cityId, learner, "{}").status());
        LearningTime.pass(ZY, "zy-learner-1", cityId, 1800);
        assertEquals("the city's items count too", 200, http.post(my + cityId, learner, body("seconds", 1800)).status());

        assertField(http.post(my + id, learner, body("seconds", 3601)), "seconds");
        assertField(http.post(my + id, learner, body("quizScore", 101)), "quizScore");
        String draft = create(ZY, authorZy, body("kind", "POLICY", "title", "未发布", "audiences", List.of("SCHOOLS")))
                .get("item").get("id").asText();
        assertEquals("a draft is not learned from", 404, http.post(my + draft, learner, "{}").status());
        String zmLearner = Tokens.of("zm-learner", List.of("GRID_WORKER"), List.of(ZM));
        assertEquals("another district's item is not found", 404,
                http.post("/api/v1/t/" + ZM + "/academy/my/learning/" + id, zmLearner, "{}").status());
        assertEquals(403, http.post(my + id, zmLearner, "{}").status());

        JsonNode mine = http.get("/api/v1/t/" + ZY + "/academy/my/learning", learner).json();
        assertEquals(1.5, mine.get("hours").asDouble(), 0.0);
        assertEquals(2, mine.get("items").size());
        JsonNode hours = http.get("/api/v1/t/" + ZY + "/academy/learning?learner=zy-learner-1", Tokens.of("zy-admin",
                List.of("DISTRICT_ADMIN"), List.of(ZY))).json();
        assertEquals(1.5, hours.get(0).get("hours").asDouble(), 0.0);
        assertEquals(1, hours.get(0).get("completed").asLong());
        assertEquals(403, http.get("/api/v1/t/" + ZY + "/academy/learning", learner).status());
        assertEquals(0, http.get("/api/v1/t/" + ZM + "/academy/learning?learner=zy-learner-1", Tokens.of("zm-admin",
                List.of("DISTRICT_ADMIN"), List.of(ZM))).json().size());
        Http.Res csv = http.get("/api/v1/t/" + ZY + "/academy/learning/export?format=csv", reviewerZy);
        assertEquals(200, csv.status());
        assertTrue(csv.body(), csv.body().contains("zy-learner-1") && csv.body().contains("1.5"));
    }

    @Test
    public void aBurstOfReportsRightAfterOpeningIsCreditedOnlyTheTimeThatPassed() throws Exception {
        String id = published(ZY, authorZy, reviewerZy, body("kind", "FAQ", "title", "一小时的内容，三十秒看完？",
                "body", "<p>学习时长按服务器时钟计。</p>", "audiences", List.of("COMMUNITIES")));
        String forger = Tokens.of("zy-learner-burst", List.of("GRID_WORKER"), List.of(ZY));
        String my = "/api/v1/t/" + ZY + "/academy/my/learning/" + id;
        long start = System.nanoTime();
        Http.Res first = http.post(my, forger, body("seconds", 3600));
        assertEquals(first.toString(), 200, first.status());
        assertEquals("the first report opens the item: nothing has passed yet", 0, first.json().get("seconds").asLong());
        long credited = 0;
        for (int i = 0; i < 30; i++) {
            Http.Res r = http.post(my, forger, body("seconds", 3600));
            assertEquals(r.toString(), 200, r.status());
            credited = r.json().get("seconds").asLong();
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000_000L + 1;
        assertTrue("thirty hours claimed in " + elapsed + " s, credited " + credited + " s", credited <= elapsed + 60);
        JsonNode hours = http.get("/api/v1/t/" + ZY + "/academy/learning?learner=zy-learner-burst", Tokens.of("zy-admin",
                List.of("DISTRICT_ADMIN"), List.of(ZY))).json();
        assertTrue(hours.toString(), hours.get(0).get("hours").asDouble() <= 0.1);
    }

    @Test
    public void searchFindsPublishedContentInTheUsersWordsWithHighlightsAndCountsWhatPeopleAsk() throws Exception {
        String mark = "甲" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "乙");
        String aid = published(ZY, authorZy, reviewerZy, body("kind", "PROCEDURE", "title", "法律援助申请指南" + mark,
                "summary", "经济困难的公民可以申请法律援助", "topics", List.of("LEGAL_AID"), "guide", guide()));
        String draft = create(ZY, authorZy, body("kind", "POLICY", "title", "法律援助草稿" + mark, "body", "<p>草稿</p>",
                "topics", List.of("LEGAL_AID"))).get("item").get("id").asText();
        String city = published(CITY, cityAuthor, cityReviewer, body("kind", "FAQ", "title", "市级问答：法律援助免费吗" + mark,
                "body", "<p>法律援助<b>免费</b>。&lt;script&gt;</p>", "topics", List.of("LEGAL_AID")));

        JsonNode r = http.get(pub(ZY) + "/search?q=" + enc("没钱请律师怎么办 " + mark), null).json();
        List<String> found = ids(r);
        assertTrue("the user's words reach 法律援助 through synonyms: " + r, found.contains(aid));
        assertTrue("the city's FAQ is found in the district: " + r, found.contains(city));
        assertFalse("drafts are never found", found.contains(draft));
        assertTrue(r.toString(), r.get("alsoSearched").toString().contains("法律援助"));
        JsonNode cityHit = r.get("items").get(found.indexOf(city));
        assertTrue(cityHit.get("city").asBoolean());
        String snippet = cityHit.get("snippet").asText();
        assertTrue(snippet, snippet.contains("<em>"));
        assertFalse("stored text is escaped: " + snippet, snippet.contains("<script>") || snippet.contains("<b>"));
        assertTrue(ids(http.get(pub(ZY) + "/search?q=" + enc("法援" + mark) + "&kind=PROCEDURE", null).json()).contains(aid));
        assertFalse(ids(http.get(pub(ZY) + "/search?q=" + enc("法援" + mark) + "&kind=FAQ", null).json()).contains(aid));

        // Another district finds the city's item but never this district's.
        List<String> zm = ids(http.get(pub(ZM) + "/search?q=" + enc("法律援助" + mark), null).json());
        assertTrue(zm.contains(city));
        assertFalse(zm.contains(aid));
        // Hidden by the district: gone from its search at once.
        assertEquals(204, http.put("/api/v1/t/" + ZY + "/academy/city-items/" + city + "/hidden", reviewerZy, null).status());
        assertFalse(ids(http.get(pub(ZY) + "/search?q=" + enc("法律援助" + mark), null).json()).contains(city));
        assertEquals(204, http.delete("/api/v1/t/" + ZY + "/academy/city-items/" + city + "/hidden", reviewerZy).status());
        // Withdrawn: gone at once.
        step(ZY, aid, "withdraw", reviewerZy, null);
        assertFalse(ids(http.get(pub(ZY) + "/search?q=" + enc("法律援助申请指南" + mark), null).json()).contains(aid));

        assertTrue("the first character typed already suggests",
                http.get(pub(ZY) + "/search/suggest?q=" + enc("市"), null).body().contains("市级问答：法律援助免费吗" + mark));
        JsonNode suggestions = http.get(pub(ZY) + "/search/suggest?q=" + enc("法律援助免"), null).json();
        assertTrue(suggestions.toString(), suggestions.toString().contains("市级问答：法律援助免费吗" + mark));

        String nothing = "火星移民签证";
        assertEquals(0, http.get(pub(ZY) + "/search?q=" + enc(nothing), null).json().get("total").asLong());
        // Editors see a query once three different people asked it on a day (here three signed-in users:
        // every anonymous caller of a test has the same address); one caller alone, however often, is not listed.
        String alone = "土星移民签证";
        for (int i = 0; i < 5; i++) {
            assertEquals(200, http.get("/api/v1/t/" + ZY + "/academy/search?q=" + enc(alone), workerZy).status());
        }
        for (String who : List.of("zy-asker-1", "zy-asker-2", "zy-asker-3")) {
            Http.Res asked = http.get("/api/v1/t/" + ZY + "/academy/search?q=" + enc(nothing),
                    Tokens.of(who, List.of("GRID_WORKER"), List.of(ZY)));
            assertEquals(asked.toString(), 0, asked.json().get("total").asLong());
        }
        JsonNode queries = http.get("/api/v1/t/" + ZY + "/academy/search/queries", reviewerZy).json();
        assertTrue(queries.toString(), queries.get("noResult").toString().contains(nothing.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(queries.toString(), queries.get("hot").size() > 0);
        assertFalse("asked five times by one user: " + queries, queries.toString().contains(alone));
        assertEquals(403, http.get("/api/v1/t/" + ZY + "/academy/search/queries", editorZm).status());

        assertField(http.get(pub(ZY) + "/search", null), "q");
        assertField(http.get(pub(ZY) + "/search?q=" + enc("长".repeat(51)), null), "q");
        assertField(http.get(pub(ZY) + "/search?q=x&page=100&size=20", null), "page");
    }

    @Test
    public void editorsChangeTheSynonymsAndSearchUsesThemAtOnce() throws Exception {
        String mark = "丙" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "丁");
        String id = published(ZM, editorZm, Tokens.of("zm-editor-2", List.of("EDITOR"), List.of(ZM)), body("kind", "FAQ",
                "title", "宅基地纠纷找谁" + mark, "body", "<p>向村人民调解委员会申请调解。</p>", "audiences", List.of("VILLAGES")));
        String q = "/search?q=" + enc("起楼闹心");
        assertFalse(ids(http.get(pub(ZM) + q, null).json()).contains(id));
        JsonNode defaults = http.get("/api/v1/t/" + ZM + "/academy/search/synonyms", editorZm).json();
        assertTrue(defaults.get("defaults").asBoolean());
        List<String> groups = new ArrayList<>();
        defaults.get("groups").forEach(g -> groups.add(g.asText()));
        groups.add("起楼闹心，宅基地纠纷");
        Http.Res put = http.put("/api/v1/t/" + ZM + "/academy/search/synonyms", editorZm, JSON.writeValueAsString(
                java.util.Map.of("groups", groups)));
        assertEquals(put.toString(), 200, put.status());
        assertFalse(put.json().get("defaults").asBoolean());
        assertTrue(ids(http.get(pub(ZM) + q, null).json()).contains(id));
        assertField(http.put("/api/v1/t/" + ZM + "/academy/search/synonyms", editorZm, "{\"groups\":[\"孤词\"]}"), "groups[0]");
        assertEquals(403, http.put("/api/v1/t/" + ZM + "/academy/search/synonyms", authorZy, "{\"groups\":[]}").status());
        assertEquals(200, http.put("/api/v1/t/" + ZM + "/academy/search/synonyms", editorZm, "{\"groups\":[]}").status());
        assertFalse(ids(http.get(pub(ZM) + q, null).json()).contains(id));

        // The index is rebuilt from the database on command, as a job.
        String admin = Tokens.of("zm-admin", List.of("DISTRICT_ADMIN"), List.of(ZM));
        Http.Res started = http.post("/api/v1/t/" + ZM + "/academy/search/rebuild", admin, "{}");
        assertEquals(started.toString(), 202, started.status());
        String job = started.header("Location");
        eventually("rebuild done", 60_000, () -> "DONE".equals(http.get(job, admin).json().get("state").asText()));
        assertTrue(ids(http.get(pub(ZM) + "/search?q=" + enc("宅基地纠纷" + mark), null).json()).contains(id));
    }

    @Test
    public void theCorpusCarriesPublishedChunksOnlyIncrementallyAndNothingPersonal() throws Exception {
        String before = java.time.OffsetDateTime.now().minusSeconds(1).toString();
        String guideId = published(ZY, authorZy, reviewerZy, body("kind", "PROCEDURE", "title", "语料测试：法律援助申请",
                "topics", List.of("LEGAL_AID"), "guide", guide(), "legalBasis",
                List.of(java.util.Map.of("law", "《中华人民共和国法律援助法》", "articles", "第四十一条"))));
        String faqId = published(ZY, authorZy, reviewerZy, body("kind", "FAQ", "title", "语料测试：调解协议有效吗？",
                "body", "<p>经人民调解委员会调解达成的调解协议，具有法律约束力。</p>", "topics", List.of("MEDIATION")));
        String expired = published(ZY, authorZy, reviewerZy, body("kind", "FAQ", "title", "语料测试：已失效", "body", "<p>旧规定</p>",
                "topics", List.of("MEDIATION"), "effectiveFrom", "2019-01-01", "expiresOn", "2020-01-01"));
        String future = published(ZY, authorZy, reviewerZy, body("kind", "FAQ", "title", "语料测试：未生效", "body", "<p>新规定</p>",
                "topics", List.of("MEDIATION"), "effectiveFrom", "2099-01-01"));
        String draft = create(ZY, authorZy, body("kind", "POLICY", "title", "语料测试：草稿不导出", "body", "<p>草稿</p>",
                "topics", List.of("MEDIATION"))).get("item").get("id").asText();
        String admin = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of(ZY));

        Http.Res all = http.get("/api/v1/t/" + ZY + "/academy/corpus", admin);
        assertEquals(all.toString(), 200, all.status());
        assertTrue(all.contentType(), all.contentType().startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : all.body().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        List<String> sections = new ArrayList<>();
        for (JsonNode c : lines) {
            for (String field : List.of("id", "tenant", "kind", "title", "section", "audiences", "topics", "text", "legalBasis",
                    "version", "updatedAt", "hash")) {
                assertTrue(field + " in " + c, c.has(field));
            }
            assertEquals(ZY, c.get("tenant").asText());
            assertFalse("drafts are not exported", c.get("itemId").asText().equals(draft));
            assertFalse("nothing out of effect is exported", List.of(expired, future).contains(c.get("itemId").asText()));
            assertTrue(c.toString(), c.has("expiresOn"));
            if (c.get("itemId").asText().equals(guideId)) {
                sections.add(c.get("section").asText());
            }
        }
        assertTrue(sections.toString(), sections.containsAll(List.of("事项名称", "申请材料", "办理流程", "收费标准", "咨询电话")));
        // Nothing personal anywhere in the export: no mobile, identity-card number or e-mail address.
        java.util.regex.Pattern personal = java.util.regex.Pattern.compile(
                "(?<!\\d)1[3-9]\\d{9}(?!\\d)|(?<!\\d)\\d{17}[\\dXx](?![\\dXx])|[\\w.+-]+@[\\w-]+\\.[\\w.]+");
        // Ids and hashes are hex: an 11-digit run in one is not a phone number. Everything else is scanned.
        for (JsonNode c : lines) {
            com.fasterxml.jackson.databind.node.ObjectNode content = c.deepCopy();
            content.remove(List.of("id", "itemId", "hash", "updatedAt"));
            assertFalse(content.toString(), personal.matcher(content.toString()).find());
        }
        assertFalse("no author names", all.body().contains("zy-editor"));

        Http.Res alpaca = http.get("/api/v1/t/" + ZY + "/academy/corpus?format=alpaca", admin);
        assertTrue(alpaca.body(), alpaca.body().contains("\"instruction\":\"语料测试：调解协议有效吗？\""));
        assertTrue(alpaca.body(), alpaca.body().contains("\"output\":"));

        step(ZY, faqId, "withdraw", reviewerZy, null);
        Http.Res changed = http.get("/api/v1/t/" + ZY + "/academy/corpus?since=" + enc(before), admin);
        assertTrue(changed.body(), changed.body().contains("\"itemId\":\"" + faqId + "\",\"tenant\":\"" + ZY + "\",\"deleted\":true"));
        assertTrue(changed.body().contains(guideId));
        assertEquals("nothing changed after now", "", http.get("/api/v1/t/" + ZY + "/academy/corpus?since="
                + enc(java.time.OffsetDateTime.now().plusMinutes(1).toString()), admin).body());
        assertField(http.get("/api/v1/t/" + ZY + "/academy/corpus?since=yesterday", admin), "since");
        assertEquals(403, http.get("/api/v1/t/" + ZY + "/academy/corpus", workerZy).status());
        assertEquals(403, http.get("/api/v1/t/" + ZY + "/academy/corpus", editorZm).status());
    }

    @Test
    public void aGuidesPlaceIsAVenueOfTheDistrict() throws Exception {
        String admin = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of(ZY));
        Http.Res venue = http.post("/api/v1/t/" + ZY + "/venues", admin, VenuesIT.venue("学堂测试司法所", "JUSTICE_OFFICE", null,
                "410102001", 113.61, 34.75, ""));
        assertEquals(venue.toString(), 201, venue.status());
        String venueId = venue.json().get("id").asText();
        java.util.Map<String, Object> g = new java.util.LinkedHashMap<>(guide());
        g.put("venueId", venueId);
        String id = published(ZY, authorZy, reviewerZy, body("kind", "PROCEDURE", "title", "在司法所申请人民调解", "topics",
                List.of("MEDIATION"), "guide", g));
        JsonNode place = http.get(pub(ZY) + "/items/" + id, null).json().get("place");
        assertEquals(place.toString(), "学堂测试司法所", place.get("name").asText());
        assertEquals(113.61, place.get("lon").asDouble(), 1e-6);
        assertFalse("the venue's contact person is not public", place.toString().contains("13800001234"));

        g.put("venueId", UUID.randomUUID().toString());
        assertField(http.post(items(ZY), authorZy, body("kind", "PROCEDURE", "title", "不存在的阵地", "guide", g)), "guide.venueId");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static java.util.Map<String, Object> guide() {
        java.util.Map<String, Object> g = new java.util.LinkedHashMap<>();
        g.put("serviceName", "法律援助申请");
        g.put("serviceObjects", "经济困难的公民和符合法定条件的其他当事人");
        g.put("conditions", "因经济困难没有委托代理人，且属于法律援助范围的事项");
        g.put("materials", List.of(java.util.Map.of("name", "身份证", "copies", 1, "form", "ORIGINAL_AND_COPY"),
                java.util.Map.of("name", "经济困难状况说明表", "copies", 1, "form", "ORIGINAL")));
        g.put("steps", List.of(java.util.Map.of("name", "申请", "timeLimit", "当场"),
                java.util.Map.of("name", "审查决定", "timeLimit", "7 日内")));
        g.put("timeLimit", "自收到申请之日起 7 日内作出决定");
        g.put("free", true);
        g.put("agency", "郑州市法律援助中心");
        g.put("phone", "12348");
        return g;
    }

    /** A Word document as Word writes it: [Content_Types].xml first, then the parts. */
    static byte[] docx(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
