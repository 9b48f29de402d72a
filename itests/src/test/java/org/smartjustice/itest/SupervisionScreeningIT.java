package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;
import static org.smartjustice.itest.SupervisionEventsIT.event;
import static org.smartjustice.itest.SupervisionEventsIT.newId;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * 甄别 and 归集 through HTTP: rules are data that screen each new version of an event after the host had
 * its answer, matching Chinese words as words (a synonym where the text says it another way) with the
 * reasons shown; supervisors collect or dismiss in the queue; a dry run tells what a draft would take
 * and stores nothing; the city's defaults screen in every district that did not switch them off; the
 * department figures count by month; another district and other roles see nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionScreeningIT extends ItestSupport {

    static final String ZY = "410102";
    static final String ZM = "410122";
    static final String CITY = "410100";

    private final String operator = Tokens.operator();
    private final String supervisorZy = Tokens.of("sv-sc-supervisor", List.of("SUPERVISOR"), List.of(ZY));
    private final String supervisorZm = Tokens.of("sv-sc-zm-supervisor", List.of("SUPERVISOR"), List.of(ZM));
    private final String adminZy = Tokens.of("sv-sc-admin", List.of("DISTRICT_ADMIN"), List.of(ZY));
    private final String citySupervisor = Tokens.of("sv-sc-city", List.of("CITY_SUPERVISOR"), List.of("*"));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        eventually("supervision rules answer", 60_000, () -> http.get(path(ZY, "rules"), supervisorZy).status() == 200);
    }

    static String path(String tenant, String rest) {
        return "/api/v1/t/" + tenant + "/supervision/" + rest;
    }

    /** A rule's JSON: an active rule of these words (each {@code word} or {@code word|synonym|...}) and extra fields. */
    static String rule(String name, String status, List<String> words, String extra) {
        List<String> ws = new ArrayList<>();
        for (String w : words) {
            String[] forms = w.split("\\|");
            StringBuilder syn = new StringBuilder();
            for (int i = 1; i < forms.length; i++) {
                syn.append(i > 1 ? ", " : "").append('"').append(forms[i]).append('"');
            }
            ws.add("{\"word\": \"" + forms[0] + "\", \"synonyms\": [" + syn + "]}");
        }
        return "{\"name\": \"" + name + "\", \"status\": \"" + status + "\", \"words\": [" + String.join(", ", ws) + "]"
                + (extra == null ? "" : ", " + extra) + "}";
    }

    private String createRule(String tenant, String token, String json) {
        Http.Res r = http.post(path(tenant, "rules"), token, json);
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("id").asText();
    }

    /** Pushes an event (service token) reported a day ago; returns its id in this module. */
    private String push(String tenant, String eventId, int version, Map<String, String> fields) {
        Map<String, String> f = new java.util.HashMap<>(Map.of("reportedAt", "\"" + daysAgo(1) + "\""));
        f.putAll(fields);
        if (!fields.containsKey("steps")) {
            f.put("steps", steps(f.get("reportedAt")));
        }
        if (!fields.containsKey("place")) {
            // A place of its own, so that no repeat rule (the demo's city defaults have one) counts events of other tests.
            f.put("place", "{\"street\": \"测试街道\", \"community\": \"社区 " + eventId + "\"}");
        }
        Http.Res r = http.post(path(tenant, "events"), operator, event(eventId, version, f));
        assertTrue(r.toString(), r.status() == 201 || r.status() == 200);
        return r.json().get("event").get("id").asText();
    }

    /** 上报, 受理 and 派遣 from the reporting time on (a raw JSON time). */
    static String steps(String reportedAt) {
        OffsetDateTime at = OffsetDateTime.parse(reportedAt.replace("\"", ""));
        return "[{\"step\": \"上报\", \"at\": \"" + at + "\", \"unit\": \"网格员\"},"
                + " {\"step\": \"受理\", \"at\": \"" + at.plusMinutes(30) + "\", \"unit\": \"区网格化中心\"},"
                + " {\"step\": \"派遣\", \"at\": \"" + at.plusMinutes(35) + "\", \"unit\": \"区网格化中心\"}]";
    }

    static String daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(days).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The title and description of an event, and more fields (name, raw JSON value, ...). */
    static Map<String, String> text(String title, String description, String... more) {
        Map<String, String> f = new java.util.HashMap<>();
        f.put("title", "\"" + title + "\"");
        f.put("description", "\"" + description + "\"");
        for (int i = 0; i + 1 < more.length; i += 2) {
            f.put(more[i], more[i + 1]);
        }
        return f;
    }

    /** The event's screening as the tenant's supervisors see it, waiting for screening to have taken its newest version. */
    private JsonNode screened(String tenant, String token, String event, long version, String status) throws Exception {
        JsonNode[] found = new JsonNode[1];
        eventually("event " + event + " v" + version + " screened " + status, 30_000, () -> {
            found[0] = find(tenant, token, event, status);
            return found[0] != null && found[0].get("screenedVersion").asLong() >= version;
        });
        return found[0];
    }

    private JsonNode find(String tenant, String token, String event, String status) {
        Http.Res r = http.get(path(tenant, "screening") + "?status=" + status + "&size=200", token);
        assertEquals(r.toString(), 200, r.status());
        for (JsonNode s : r.json().get("items")) {
            if (s.get("event").get("id").asText().equals(event)) {
                return s;
            }
        }
        return null;
    }

    /** Waits until screening has nothing left of the tenant (so that an absence means "not taken"). */
    private void screeningDone(String tenant, String token) throws Exception {
        eventually("screening of " + tenant + " caught up", 30_000,
                () -> http.get(path(tenant, "screening/backlog"), token).json().get("due").asLong() == 0);
    }

    @Test
    public void aRuleTakesAnEventByItsWordsAndShowsWhy() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String ruleId = createRule(ZY, supervisorZy, rule("收费投诉 " + tag, "ACTIVE", List.of("乱收费|乱收取费用", "罚款"),
                "\"categories\": [\"06\"]"));

        String synonym = push(ZY, newId("SC"), 1, text("城管队员乱收取费用", "商户反映 " + tag));
        String fine = push(ZY, newId("SC"), 1, text("执法队员对商户罚款未出具票据", tag));
        String notAWord = push(ZY, newId("SC"), 1, text("对违规商户处罚款项未开票", tag));
        String otherCategory = push(ZY, newId("SC"), 1, text("商户反映乱收费", tag,
                "category", "{\"code\": \"07001\", \"name\": \"其他\"}"));

        JsonNode s = screened(ZY, supervisorZy, synonym, 1, "PENDING");
        assertEquals("PENDING", s.get("status").get("code").asText());
        assertEquals("待甄别", s.get("status").get("title").asText());
        JsonNode reason = s.get("reasons").get(0);
        assertEquals(ruleId, reason.get("ruleId").asText());
        assertEquals("收费投诉 " + tag, reason.get("ruleName").asText());
        assertEquals("CATEGORY", reason.get("findings").get(0).get("condition").asText());
        JsonNode words = reason.get("findings").get(1);
        assertEquals("WORDS", words.get("condition").asText());
        assertEquals("乱收取费用", words.get("words").get(0).asText());
        assertTrue(words.get("text").asText(), words.get("text").asText().contains("近义词"));
        assertNotNull(screened(ZY, supervisorZy, fine, 1, "PENDING"));
        screeningDone(ZY, supervisorZy);
        assertNull("处罚款项 is not the word 罚款", find(ZY, supervisorZy, notAWord, "PENDING"));
        assertNull("another category", find(ZY, supervisorZy, otherCategory, "PENDING"));
        Http.Res byRule = http.get(path(ZY, "screening") + "?rule=" + ruleId, supervisorZy);
        assertEquals(byRule.toString(), 2, byRule.json().get("total").asInt());
    }

    @Test
    public void eachNewVersionIsScreenedAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        createRule(ZY, supervisorZy, rule("暴力执法 " + tag, "ACTIVE", List.of("暴力执法"), null));
        String eventId = newId("SV");
        String id = push(ZY, eventId, 1, text("反映城管暴力执法", tag));
        assertNotNull(screened(ZY, supervisorZy, id, 1, "PENDING"));
        // v2 says nothing of it any more: it leaves the queue.
        push(ZY, eventId, 2, text("反映城管执法态度", tag));
        screeningDone(ZY, supervisorZy);
        assertNull(find(ZY, supervisorZy, id, "PENDING"));
        // v3, v4, v5 in a burst: screened, the newest version's reasons kept, nothing left behind.
        for (int v = 3; v <= 5; v++) {
            push(ZY, eventId, v, text("再次反映暴力执法 v" + v, tag));
        }
        JsonNode s = screened(ZY, supervisorZy, id, 5, "PENDING");
        assertEquals(5, s.get("event").get("eventVersion").asInt());
        screeningDone(ZY, supervisorZy);
    }

    @Test
    public void supervisorsCollectOrDismissWithAReason() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        createRule(ZY, supervisorZy, rule("推诿扯皮 " + tag, "ACTIVE", List.of("推诿"), null));
        String a = push(ZY, newId("SD"), 1, text("部门之间互相推诿", tag));
        String b = push(ZY, newId("SD"), 1, text("窗口人员推诿不办", tag));
        JsonNode sa = screened(ZY, supervisorZy, a, 1, "PENDING");
        JsonNode sb = screened(ZY, supervisorZy, b, 1, "PENDING");
        String url = path(ZY, "screening/" + sa.get("id").asText());

        assertField(http.post(url + "/dismiss", supervisorZy, "{\"version\": " + sa.get("version").asLong() + "}"), "note");
        assertProblem(http.post(url + "/collect", adminZy, "{\"version\": " + sa.get("version").asLong() + "}"), 403, "forbidden");
        assertProblem(http.post(url + "/collect", citySupervisor, "{\"version\": " + sa.get("version").asLong() + "}"), 403, "forbidden");
        Http.Res collected = http.post(url + "/collect", supervisorZy, "{\"version\": " + sa.get("version").asLong() + ", \"note\": \"需跟进\"}");
        assertEquals(collected.toString(), 200, collected.status());
        assertEquals("COLLECTED", collected.json().get("status").get("code").asText());
        assertEquals("sv-sc-supervisor", collected.json().get("decision").get("by").asText());
        assertProblem(http.post(url + "/dismiss", supervisorZy, "{\"version\": " + sa.get("version").asLong() + ", \"note\": \"x\"}"),
                409, "conflict");

        Http.Res dismissed = http.post(path(ZY, "screening/" + sb.get("id").asText() + "/dismiss"), supervisorZy,
                "{\"version\": " + sb.get("version").asLong() + ", \"note\": \"属正常答复，已核实\"}");
        assertEquals(dismissed.toString(), 200, dismissed.status());
        assertEquals("属正常答复，已核实", dismissed.json().get("decision").get("note").asText());

        // The supervision view: collected events with their timeline, result and satisfaction.
        assertNotNull(find(ZY, supervisorZy, a, "COLLECTED"));
        assertNull(find(ZY, supervisorZy, a, "PENDING"));
        JsonNode one = http.get(url, supervisorZy).json();
        assertEquals(3, one.get("event").get("timeline").size());
        assertEquals("已责令拆除", one.get("event").get("result").asText());
        assertEquals(4, one.get("event").get("satisfaction").asInt());
        assertTrue(one.get("event").get("reporter").get("masked").asBoolean());
        assertNotNull(find(ZY, supervisorZy, b, "DISMISSED"));
    }

    @Test
    public void aDryRunTellsWhatADraftWouldTakeAndStoresNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            push(ZY, newId("DR"), 1, text("反映吃拿卡要 " + tag, "第 " + i + " 件", "returns", String.valueOf(i)));
        }
        push(ZY, newId("DR"), 1, text("很久以前的吃拿卡要 " + tag, "旧", "reportedAt", "\"" + daysAgo(40) + "\""));
        long rulesBefore = http.get(path(ZY, "rules"), supervisorZy).json().get("total").asLong();

        String draft = rule("", "DRAFT", List.of("吃拿卡要"), "\"minReturns\": 1, \"description\": \"" + tag + "\"");
        Http.Res r = http.post(path(ZY, "rules/dry-run"), supervisorZy, draft);
        assertEquals(r.toString(), 200, r.status());
        assertEquals(30, r.json().get("days").asInt());
        assertTrue(r.toString(), r.json().get("examined").asLong() >= 3);
        List<String> titles = new ArrayList<>();
        r.json().get("examples").forEach(e -> titles.add(e.get("event").get("title").asText()));
        long ours = titles.stream().filter(t -> t.contains(tag)).count();
        assertEquals(r.toString(), 2, ours);
        assertTrue(r.toString(), r.json().get("matched").asLong() >= 2);
        assertEquals("RETURNS", r.json().get("examples").get(0).get("findings").get(1).get("condition").asText());
        assertEquals(rulesBefore, http.get(path(ZY, "rules"), supervisorZy).json().get("total").asLong());

        // A stored draft screens nothing; its own dry run answers the same.
        String id = createRule(ZY, supervisorZy, rule("草稿 " + tag, "DRAFT", List.of("吃拿卡要"), "\"minReturns\": 1"));
        Http.Res stored = http.post(path(ZY, "rules/" + id + "/dry-run"), supervisorZy, "");
        assertEquals(stored.toString(), 200, stored.status());
        assertEquals(r.json().get("matched").asLong(), stored.json().get("matched").asLong());
        screeningDone(ZY, supervisorZy);
        assertEquals(0, http.get(path(ZY, "screening") + "?rule=" + id, supervisorZy).json().get("total").asInt());
    }

    @Test
    public void badRulesAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = http.get(path(ZY, "rules"), supervisorZy).json().get("total").asLong();
        assertField(http.post(path(ZY, "rules"), supervisorZy, "{\"name\": \"空\"}"), "conditions");
        assertField(http.post(path(ZY, "rules"), supervisorZy, rule("x", "ACTIVE", List.of("！？"), null)), "words[0].word");
        assertField(http.post(path(ZY, "rules"), supervisorZy, rule("x", "ACTIVE", List.of("罚款"), "\"maxSatisfaction\": 9")),
                "maxSatisfaction");
        assertField(http.post(path(ZY, "rules"), supervisorZy, rule("x", "ACTIVE", List.of("罚款"), "\"cityWide\": true")), "cityWide");
        assertField(http.post(path(ZY, "rules"), supervisorZy, rule("x", "ACTIVE", List.of("罚款"), "\"repeat\": {\"count\": 3}")),
                "repeat.days");
        assertEquals(400, http.post(path(ZY, "rules"), supervisorZy, "{\"name\": ").status());
        assertProblem(http.post(path(ZY, "rules"), Tokens.of("sv-sc-worker", List.of("GRID_WORKER"), List.of(ZY)),
                rule("x", "ACTIVE", List.of("罚款"), null)), 403, "forbidden");
        assertProblem(http.post(path(ZY, "rules"), citySupervisor, rule("x", "ACTIVE", List.of("罚款"), null)), 403, "forbidden");
        assertEquals(before, http.get(path(ZY, "rules"), supervisorZy).json().get("total").asLong());

        String tag = UUID.randomUUID().toString().substring(0, 6);
        String id = createRule(ZY, supervisorZy, rule("重名 " + tag, "DRAFT", List.of("罚款"), null));
        assertProblem(http.post(path(ZY, "rules"), supervisorZy, rule("重名 " + tag, "DRAFT", List.of("罚款"), null)), 409, "rule-exists");
        assertProblem(http.put(path(ZY, "rules/" + id), supervisorZy, rule("重名 " + tag, "ACTIVE", List.of("罚款"), "\"version\": 99")),
                409, "conflict");
        assertEquals("DRAFT", http.get(path(ZY, "rules/" + id), supervisorZy).json().get("status").get("code").asText());
    }

    @Test
    public void theCitysDefaultsScreenInEveryDistrictThatKeepsThem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String word = "以罚代管";
        String cityRule = createRule(CITY, citySupervisor, rule("市级默认 " + tag, "ACTIVE", List.of(word),
                "\"cityWide\": true, \"description\": \"" + tag + "\""));

        JsonNode inZy = null;
        for (JsonNode r : http.get(path(ZY, "rules") + "?size=200", supervisorZy).json().get("items")) {
            if (r.get("id").asText().equals(cityRule)) {
                inZy = r;
            }
        }
        assertNotNull(inZy);
        assertTrue(inZy.get("cityDefault").asBoolean());
        assertFalse(inZy.get("optedOut").asBoolean());
        // A district reads it, may switch it off for itself, but cannot change it.
        assertProblem(http.put(path(ZY, "rules/" + cityRule), supervisorZy, rule("改", "OFF", List.of(word), "\"version\": 0")), 404, "not-found");
        assertEquals(204, http.put(path(ZM, "rules/" + cityRule + "/opt-out"), supervisorZm, "").status());

        String zy = push(ZY, newId("CD"), 1, text("执法部门以罚代管 " + tag, ""));
        String zm = push(ZM, newId("CD"), 1, text("执法部门以罚代管 " + tag, ""));
        JsonNode s = screened(ZY, supervisorZy, zy, 1, "PENDING");
        assertTrue(s.get("reasons").get(0).get("cityDefault").asBoolean());
        screeningDone(ZM, supervisorZm);
        assertNull("switched off in 中牟", find(ZM, supervisorZm, zm, "PENDING"));

        // Switched back on, the next version is screened.
        assertEquals(204, http.delete(path(ZM, "rules/" + cityRule + "/opt-out"), supervisorZm).status());
        JsonNode zmRule = http.get(path(ZM, "rules/" + cityRule), supervisorZm).json();
        assertFalse(zmRule.get("optedOut").asBoolean());
        push(ZM, http.get(path(ZM, "events/" + zm), supervisorZm).json().get("eventId").asText(), 2,
                text("执法部门以罚代管 " + tag, "v2"));
        assertNotNull(screened(ZM, supervisorZm, zm, 2, "PENDING"));
        assertProblem(http.put(path(CITY, "rules/" + cityRule + "/opt-out"), citySupervisor, ""), 409, "not-a-district");
    }

    @Test
    public void aRepeatInOnePlaceIsCountedWithItsFigure() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String org = "IT-RP-" + tag;
        createRule(ZY, supervisorZy, rule("重复发生 " + tag, "ACTIVE", List.of(),
                "\"categories\": [\"06002\"], \"repeat\": {\"count\": 3, \"days\": 7}"));
        String place = "{\"street\": \"测试街道\", \"community\": \"重复社区" + tag + "\"}";
        String department = "{\"name\": \"测试执法队\", \"org\": \"" + org + "\"}";
        Map<String, String> same = new java.util.HashMap<>(Map.of("category", "{\"code\": \"06002\", \"name\": \"店面无证装修\"}",
                "place", place, "department", department));
        same.put("reportedAt", "\"" + daysAgo(3) + "\"");
        String first = push(ZY, newId("RP"), 1, same);
        same.put("reportedAt", "\"" + daysAgo(2) + "\"");
        push(ZY, newId("RP"), 1, same);
        // Nine days before: outside the window of seven.
        same.put("reportedAt", "\"" + daysAgo(9) + "\"");
        push(ZY, newId("RP"), 1, same);
        screeningDone(ZY, supervisorZy);
        assertNull(find(ZY, supervisorZy, first, "PENDING"));
        same.put("reportedAt", "\"" + daysAgo(1) + "\"");
        String third = push(ZY, newId("RP"), 1, same);
        JsonNode s = screened(ZY, supervisorZy, third, 1, "PENDING");
        JsonNode repeat = s.get("reasons").get(0).get("findings").get(1);
        assertEquals("REPEAT", repeat.get("condition").asText());
        assertEquals(3, repeat.get("figure").asInt());
    }

    @Test
    public void departmentFiguresAreCountedByMonthForACharts() throws Exception {
        String org = "IT-FIG-" + UUID.randomUUID().toString().substring(0, 6);
        String department = "{\"name\": \"统计测试局\", \"org\": \"" + org + "\"}";
        push(ZY, newId("FG"), 1, Map.of("department", department, "reportedAt", "\"2025-02-03T10:00:00+08:00\"",
                "overdue", "true", "satisfaction", "1", "returns", "2"));
        push(ZY, newId("FG"), 1, Map.of("department", department, "reportedAt", "\"2025-02-28T23:30:00+08:00\""));
        // Beijing time decides the month: 2025-03-01 00:30 +08:00 is still February in UTC.
        push(ZY, newId("FG"), 1, Map.of("department", department, "reportedAt", "\"2025-03-01T00:30:00+08:00\"",
                "satisfaction", "5"));
        Http.Res r = http.get(path(ZY, "stats/departments") + "?fromMonth=2025-01&toMonth=2025-03&org=" + org, supervisorZy);
        assertEquals(r.toString(), 200, r.status());
        assertEquals("[\"2025-01\",\"2025-02\",\"2025-03\"]", r.json().get("months").toString());
        JsonNode d = r.json().get("departments").get(0);
        assertEquals(org, d.get("org").asText());
        assertEquals("[0,2,1]", d.get("series").get("events").toString());
        assertEquals("[null,0.5,0.0]", d.get("series").get("overdueRate").toString());
        assertEquals("[null,0.5,0.0]", d.get("series").get("dissatisfactionRate").toString());
        assertEquals("[0,3,1]", d.get("series").get("returns").toString());
        assertEquals(3, d.get("totals").get("events").asInt());

        assertField(http.get(path(ZY, "stats/departments") + "?fromMonth=2025-13", supervisorZy), "fromMonth");
        assertField(http.get(path(ZY, "stats/departments") + "?fromMonth=2020-01&toMonth=2025-01", supervisorZy), "fromMonth");
        assertEquals(0, http.get(path(ZM, "stats/departments") + "?fromMonth=2025-01&toMonth=2025-03&org=" + org, supervisorZm)
                .json().get("departments").size());
    }

    @Test
    public void anotherDistrictAndOtherRolesSeeNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String ruleId = createRule(ZY, supervisorZy, rule("越权测试 " + tag, "ACTIVE", List.of("越权"), null));
        String id = push(ZY, newId("AX"), 1, text("反映越权执法", tag));
        JsonNode s = screened(ZY, supervisorZy, id, 1, "PENDING");
        String screening = s.get("id").asText();

        assertProblem(http.get(path(ZM, "screening/" + screening), supervisorZm), 404, "not-found");
        assertProblem(http.post(path(ZM, "screening/" + screening + "/dismiss"), supervisorZm, "{\"version\": 0, \"note\": \"x\"}"),
                404, "not-found");
        assertProblem(http.get(path(ZM, "rules/" + ruleId), supervisorZm), 404, "not-found");
        assertProblem(http.post(path(ZM, "rules/" + ruleId + "/dry-run"), supervisorZm, ""), 404, "not-found");
        assertProblem(http.delete(path(ZM, "rules/" + ruleId), supervisorZm), 404, "not-found");
        assertProblem(http.get(path(ZY, "screening"), supervisorZm), 403, "tenant-forbidden");
        String liaison = SupervisionIT.liaison("sv-sc-liaison", ZY, "IT-CG");
        for (String p : List.of("screening", "screening/" + screening, "rules", "rules/" + ruleId, "stats/departments", "screening/backlog")) {
            assertProblem(http.get(path(ZY, p), liaison), 403, "forbidden");
        }
        assertProblem(http.post(path(ZY, "rules/dry-run"), liaison, rule("", "DRAFT", List.of("越权"), null)), 403, "forbidden");
        assertProblem(http.post(path(ZY, "screening/" + screening + "/collect"), liaison, "{\"version\": 0}"), 403, "forbidden");
        assertEquals(401, http.get(path(ZY, "screening"), null).status());
        // The city's supervisors read every district.
        assertNotNull(find(ZY, citySupervisor, id, "PENDING"));
    }
}
