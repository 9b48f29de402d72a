package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * 行政执法监督's grid events in, through HTTP as the host sends them: a signed webhook from a sender
 * configured here stores the event and is handled once; a newer version updates and an older one is
 * acknowledged and ignored; a burst of one event stores one; bad events are 400 naming the field (a bad
 * webhook ends FAILED naming it) and stored nowhere; another district and other roles are refused; the
 * reporter is masked for every reader.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SupervisionEventsIT extends ItestSupport {

    static final String ZY = "410102";
    static final String ZM = "410122";
    static final String EVENTS = "/api/v1/t/%s/supervision/events";
    static final String INBOUND = "/api/v1/platform/inbound";
    static final String SENDER = "itest-sv-grid";
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "itest-supervision-events-secret!".getBytes(StandardCharsets.US_ASCII));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String op = Tokens.operator();
    private final String operatorZy = Tokens.of("sv-ev-operator", List.of("PLATFORM_OPERATOR"), List.of(ZY));
    private final String supervisorZy = Tokens.of("sv-ev-supervisor", List.of("SUPERVISOR"), List.of(ZY));
    private final String adminZm = Tokens.of("sv-ev-zm-admin", List.of("DISTRICT_ADMIN"), List.of(ZM));
    private final String citySupervisor = Tokens.of("sv-ev-city", List.of("CITY_SUPERVISOR"), List.of("*"));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        eventually("supervision events answer", 60_000, () -> http.get(url(ZY), supervisorZy).status() == 200);
        org.osgi.service.cm.Configuration settings = WebhooksIT.configs().getConfiguration("org.smartjustice.webhooks", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("inboundRetrySchedule", "1s, 1s");
        p.put("inboundPollSeconds", 1);
        settings.update(p);
        org.osgi.service.cm.Configuration c = WebhooksIT.configs().getFactoryConfiguration(InboundWebhooksIT.FACTORY, SENDER, "?");
        Dictionary<String, Object> s = new Hashtable<>();
        s.put("secrets", SECRET);
        s.put("tenants", ZY);
        c.update(s);
        eventually("sender in effect", 20_000, () -> signed("msg_probe", "[]").status() == 400);
    }

    static String url(String tenant) {
        return String.format(EVENTS, tenant);
    }

    /** An event as the host writes it; {@code extra} replaces or adds top-level fields (raw JSON values). */
    static String event(String eventId, int version, Map<String, String> extra) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("source", "\"itest-host\"");
        f.put("eventId", "\"" + eventId + "\"");
        f.put("version", String.valueOf(version));
        f.put("category", "{\"code\": \"06001\", \"name\": \"私搭乱建\"}");
        f.put("title", "\"人行道私搭棚子 v" + version + "\"");
        f.put("description", "\"路口东北角人行道上搭建彩钢棚\"");
        f.put("place", "{\"street\": \"测试街道\", \"community\": \"测试社区\", \"gridCode\": \"410102-T-01\", \"lon\": 113.62, \"lat\": 34.75}");
        f.put("reportedAt", "\"2026-03-01T09:30:00+08:00\"");
        f.put("reporter", "{\"name\": \"张三丰\", \"phone\": \"13812345678\"}");
        f.put("steps", "[{\"step\": \"上报\", \"at\": \"2026-03-01T09:30:00+08:00\", \"unit\": \"网格员\"},"
                + " {\"step\": \"受理\", \"at\": \"2026-03-01T10:00:00+08:00\", \"unit\": \"区网格化中心\"},"
                + " {\"step\": \"派遣\", \"at\": \"2026-03-01T10:05:00+08:00\", \"unit\": \"区网格化中心\"}]");
        f.put("department", "{\"name\": \"测试区城市管理局\", \"org\": \"IT-CG\"}");
        f.put("result", "\"已责令拆除\"");
        f.put("satisfaction", "4");
        f.put("returns", "1");
        f.put("overdue", "false");
        f.putAll(extra);
        StringBuilder b = new StringBuilder("{");
        f.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        return b.append('}').toString();
    }

    static String event(String eventId, int version) {
        return event(eventId, version, Map.of());
    }

    static String envelope(String tenant, String data) {
        return "{\"type\": \"supervision.grid-event.updated\", \"timestamp\": \"2026-03-01T10:05:00+08:00\", \"tenant\": \""
                + tenant + "\", \"data\": " + data + "}";
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Http.Res signed(String messageId, String body) {
        long ts = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("itest.http.port")
                        + INBOUND + "/" + SENDER)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("webhook-id", messageId)
                .header("webhook-timestamp", String.valueOf(ts))
                .header("webhook-signature", InboundWebhooksIT.sign(SECRET, messageId, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode message(String id) {
        Http.Res r = http.get(INBOUND + "/messages/" + id, op);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    /** The events of the tenant with this host id, as a reader sees them. */
    private JsonNode found(String tenant, String eventId, String token) {
        Http.Res r = http.get(url(tenant) + "?eventId=" + eventId, token);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private JsonNode detail(String eventId) {
        JsonNode list = found(ZY, eventId, supervisorZy);
        assertEquals(list.toString(), 1, list.get("total").asInt());
        Http.Res r = http.get(url(ZY) + "/" + list.get("items").get(0).get("id").asText(), supervisorZy);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    @Test
    public void aSignedWebhookStoresTheEventOnceWithItsBody() throws Exception {
        String eventId = newId("WH");
        String body = envelope(ZY, event(eventId, 1));
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        Http.Res sent = signed(messageId, body);
        assertEquals(sent.toString(), 202, sent.status());
        String stored = sent.json().get("id").asText();
        eventually("handled", 20_000, () -> "HANDLED".equals(message(stored).get("state").asText()));

        JsonNode e = detail(eventId);
        assertEquals("itest-host", e.get("source").asText());
        assertEquals(1, e.get("eventVersion").asInt());
        assertEquals("私搭乱建", e.get("category").get("name").asText());
        assertTrue(e.get("category").get("standard").asBoolean());
        assertEquals("DISPATCHED", e.get("state").get("code").asText());
        assertEquals("派遣", e.get("state").get("title").asText());
        assertEquals(3, e.get("timeline").size());
        assertEquals("受理", e.get("timeline").get(1).get("title").asText());
        assertEquals("区网格化中心", e.get("timeline").get(1).get("unit").asText());
        assertEquals("2026-03-01T10:00:00+08:00", e.get("timeline").get(1).get("at").asText());
        assertEquals("IT-CG", e.get("department").get("org").asText());
        assertEquals(1, e.get("versions").size());
        assertEquals("WEBHOOK", e.get("versions").get(0).get("channel").asText());

        // The host retries the same message: answered, handled once, stored once.
        Http.Res again = signed(messageId, body);
        assertEquals(again.toString(), 200, again.status());
        Thread.sleep(2000);
        assertEquals(1, detail(eventId).get("versions").size());

        // A newer version by webhook updates; the older one, sent late as a new message, is handled and ignored.
        String v2 = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String m2 = signed(v2, envelope(ZY, event(eventId, 2, Map.of("steps", "[{\"step\": \"上报\", \"at\": "
                + "\"2026-03-01T09:30:00+08:00\"}, {\"step\": \"结案\", \"at\": \"2026-03-02T09:30:00+08:00\"}]")))).json().get("id").asText();
        eventually("v2 handled", 20_000, () -> "HANDLED".equals(message(m2).get("state").asText()));
        String late = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String m1 = signed(late, envelope(ZY, event(eventId, 1, Map.of("title", "\"迟到的旧版本\"")))).json().get("id").asText();
        eventually("late v1 handled", 20_000, () -> "HANDLED".equals(message(m1).get("state").asText()));
        JsonNode now = detail(eventId);
        assertEquals(2, now.get("eventVersion").asInt());
        assertEquals("CLOSED", now.get("state").get("code").asText());
        assertEquals("人行道私搭棚子 v2", now.get("title").asText());
        assertEquals(2, now.get("versions").size());
    }

    @Test
    public void aNewerVersionUpdatesAnOlderOrEqualOneIsAcknowledgedAndIgnored() {
        String eventId = newId("RS");
        Http.Res v2 = http.post(url(ZY), operatorZy, event(eventId, 2));
        assertEquals(v2.toString(), 201, v2.status());
        assertEquals("CREATED", v2.json().get("outcome").asText());
        assertEquals("events/" + v2.json().get("event").get("id").asText(), v2.header("Location"));

        Http.Res v3 = http.post(url(ZY), operatorZy, event(eventId, 3, Map.of("satisfaction", "2", "overdue", "true")));
        assertEquals(v3.toString(), 200, v3.status());
        assertEquals("UPDATED", v3.json().get("outcome").asText());

        Http.Res v1 = http.post(url(ZY), operatorZy, event(eventId, 1, Map.of("title", "\"旧\"")));
        assertEquals(v1.toString(), 200, v1.status());
        assertEquals("IGNORED", v1.json().get("outcome").asText());
        assertTrue(v1.toString(), v1.json().get("note").asText().contains("早于"));
        Http.Res same = http.post(url(ZY), operatorZy, event(eventId, 3, Map.of("title", "\"同版本另一内容\"")));
        assertEquals("IGNORED", same.json().get("outcome").asText());

        JsonNode e = detail(eventId);
        assertEquals(3, e.get("eventVersion").asInt());
        assertEquals("人行道私搭棚子 v3", e.get("title").asText());
        assertEquals(2, e.get("satisfaction").asInt());
        assertTrue(e.get("overdue").asBoolean());
        assertEquals(2, e.get("versions").size());
        assertEquals("REST", e.get("versions").get(1).get("channel").asText());
    }

    @Test
    public void aBurstOfOneEventStoresOne() throws Exception {
        String eventId = newId("BURST");
        String body = event(eventId, 1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Res>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit((Callable<Http.Res>) () -> {
                    start.await();
                    return http.post(url(ZY), operatorZy, body);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Http.Res> f : answers) {
                Http.Res r = f.get();
                assertTrue(r.toString(), r.status() == 201 || r.status() == 200);
                created += "CREATED".equals(r.json().get("outcome").asText()) ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, found(ZY, eventId, supervisorZy).get("total").asInt());
        assertEquals(1, detail(eventId).get("versions").size());
    }

    @Test
    public void badEventsAre400NamingTheFieldAndStoredNowhere() throws Exception {
        String eventId = newId("BAD");
        assertField(http.post(url(ZY), operatorZy, event(eventId, 1, Map.of("title", "\"\""))), "title");
        assertField(http.post(url(ZY), operatorZy, event(eventId, 1, Map.of("category", "{\"code\": \"ZZ-99\"}"))), "category.name");
        assertField(http.post(url(ZY), operatorZy, event(eventId, 0)), "version");
        assertField(http.post(url(ZY), operatorZy, event(eventId, 1, Map.of("reportedAt", "\"昨天\""))), "reportedAt");
        assertField(http.post(url(ZY), operatorZy, event(eventId, 1, Map.of("steps", "[{\"step\": \"转办\", \"at\": "
                + "\"2026-03-01T10:00:00+08:00\"}]"))), "steps[0].step");
        assertField(http.post(url(ZY), operatorZy, event(eventId, 1, Map.of("reporter", "{\"phone\": \"call me\"}"))), "reporter.phone");
        assertField(http.post(url(ZY), operatorZy, "{\"eventId\": "), "body");
        assertField(http.post(url(ZY), operatorZy, "[1]"), "body");
        assertEquals(0, found(ZY, eventId, supervisorZy).get("total").asInt());

        // The host's own category with its name is taken.
        Http.Res own = http.post(url(ZY), operatorZy, event(newId("OWN"), 1, Map.of("category", "{\"code\": \"ZZ-MDJF\", \"name\": \"矛盾纠纷\"}")));
        assertEquals(own.toString(), 201, own.status());
        assertFalse(own.json().get("event").get("category").get("standard").asBoolean());

        // By webhook the platform has answered already: the message ends FAILED naming the field, no event is stored.
        String m = signed("msg_" + UUID.randomUUID().toString().replace("-", ""),
                envelope(ZY, event(eventId, 1, Map.of("satisfaction", "9")))).json().get("id").asText();
        eventually("FAILED", 30_000, () -> "FAILED".equals(message(m).get("state").asText()));
        assertTrue(message(m).get("lastError").asText().contains("data.satisfaction"));
        assertEquals(0, found(ZY, eventId, supervisorZy).get("total").asInt());
    }

    @Test
    public void anotherDistrictNeverSeesTheEvent() {
        String eventId = newId("ZY");
        Http.Res made = http.post(url(ZY), operatorZy, event(eventId, 1));
        assertEquals(made.toString(), 201, made.status());
        String id = made.json().get("event").get("id").asText();
        assertProblem(http.get(url(ZM), supervisorZy), 403, "tenant-forbidden");
        assertProblem(http.post(url(ZM), operatorZy, event(eventId, 1)), 403, "tenant-forbidden");
        assertEquals(0, found(ZM, eventId, adminZm).get("total").asInt());
        assertProblem(http.get(url(ZM) + "/" + id, adminZm), 404, "not-found");
        assertProblem(http.get(url(ZM) + "/" + id, citySupervisor), 404, "not-found");
        // The city's supervisor reads every district.
        assertEquals(1, found(ZY, eventId, citySupervisor).get("total").asInt());
        // A sender of ZY cannot speak for ZM.
        assertField(signed("msg_" + UUID.randomUUID().toString().replace("-", ""), envelope(ZM, event(eventId, 2))), "tenant");
    }

    @Test
    public void aTenantThatDidNotEnableTheModuleGetsModuleNotEnabled() {
        String erqi = "410103";
        assertProblem(http.get(url(erqi), Tokens.of("sv-ev-erqi", List.of("SUPERVISOR"), List.of(erqi))), 404, "module-not-enabled");
        assertProblem(http.post(url(erqi), op, event(newId("ERQI"), 1)), 404, "module-not-enabled");
    }

    @Test
    public void onlyReadersReadAndOnlyTheHostPushes() {
        String liaison = Tokens.of("sv-ev-liaison", List.of("DEPARTMENT_LIAISON"), List.of(ZY));
        String worker = Tokens.of("sv-ev-worker", List.of("GRID_WORKER"), List.of(ZY));
        String eventId = newId("ROLE");
        assertProblem(http.get(url(ZY), liaison), 403, "forbidden");
        assertProblem(http.get(url(ZY), worker), 403, "forbidden");
        assertProblem(http.get(url(ZY), null), 401, "unauthorized");
        assertProblem(http.post(url(ZY), supervisorZy, event(eventId, 1)), 403, "forbidden");
        assertProblem(http.post(url(ZY), Tokens.of("sv-ev-admin", List.of("DISTRICT_ADMIN"), List.of(ZY)), event(eventId, 1)),
                403, "forbidden");
        assertProblem(http.post(url(ZY), null, event(eventId, 1)), 401, "unauthorized");
        assertEquals(0, found(ZY, eventId, supervisorZy).get("total").asInt());
        String id = http.post(url(ZY), operatorZy, event(eventId, 1)).json().get("event").get("id").asText();
        assertProblem(http.get(url(ZY) + "/" + id, liaison), 403, "forbidden");
    }

    @Test
    public void theReporterIsMaskedForEveryReader() {
        String eventId = newId("MASK");
        Http.Res made = http.post(url(ZY), operatorZy, event(eventId, 1));
        assertFalse(made.body(), made.body().contains("13812345678") || made.body().contains("张三丰"));
        for (String token : List.of(supervisorZy, operatorZy, citySupervisor,
                Tokens.of("sv-ev-admin", List.of("DISTRICT_ADMIN"), List.of(ZY)))) {
            Http.Res list = http.get(url(ZY) + "?eventId=" + eventId, token);
            assertFalse(list.body(), list.body().contains("13812345678") || list.body().contains("张三丰"));
            JsonNode reporter = list.json().get("items").get(0).get("reporter");
            assertEquals("张**", reporter.get("name").asText());
            assertEquals("138****5678", reporter.get("phone").asText());
            assertTrue(reporter.get("masked").asBoolean());
            Http.Res one = http.get(url(ZY) + "/" + list.json().get("items").get(0).get("id").asText(), token);
            assertFalse(one.body(), one.body().contains("13812345678") || one.body().contains("张三丰"));
        }
        // Filters narrow as documented.
        assertEquals(1, http.get(url(ZY) + "?eventId=" + eventId + "&category=06001&org=IT-CG&state=派遣&from=2026-03-01&to=2026-03-01",
                supervisorZy).json().get("total").asInt());
        assertEquals(0, http.get(url(ZY) + "?eventId=" + eventId + "&from=2026-03-02", supervisorZy).json().get("total").asInt());
        assertField(http.get(url(ZY) + "?from=yesterday", supervisorZy), "from");
    }

    /** Waits for a back-fill job to end and answers its report. */
    private JsonNode backfilled(Http.Res started) throws Exception {
        assertEquals(started.toString(), 202, started.status());
        String location = started.header("Location");
        String job = location.substring(location.indexOf("/api/v1/"));
        JsonNode[] state = new JsonNode[1];
        eventually("back-fill done", 60_000, () -> {
            state[0] = http.get(job, op).json();
            return !state[0].get("state").asText().matches("QUEUED|RUNNING");
        });
        assertEquals(state[0].toString(), "DONE", state[0].get("state").asText());
        return state[0].get("report");
    }

    @Test
    public void aBackfillIsAJobWithAReportOfEveryLine() throws Exception {
        String a = newId("BF");
        String b = newId("BF");
        String ndjson = String.join("\n",
                event(a, 1),
                event(b, 1),
                event(a, 2, Map.of("title", "\"补录 v2\"")),
                "",
                event(a, 2),
                event(a, 1),
                "{\"eventId\": ",
                event(newId("BF"), 1, Map.of("satisfaction", "9"))) + "\r\n";
        JsonNode report = backfilled(http.send("POST", url(ZY) + "/backfill", op, "application/x-ndjson", ndjson));
        assertEquals(report.toString(), 8, report.get("lines").asInt());
        assertEquals(2, report.get("created").asInt());
        assertEquals(1, report.get("updated").asInt());
        assertEquals(2, report.get("ignored").asInt());
        assertEquals(2, report.get("rejected").asInt());
        JsonNode rejected = report.get("rejectedLines");
        assertEquals(7, rejected.get(0).get("line").asInt());
        assertEquals("body", rejected.get(0).get("errors").get(0).get("field").asText());
        assertEquals(8, rejected.get(1).get("line").asInt());
        assertEquals("satisfaction", rejected.get(1).get("errors").get(0).get("field").asText());

        JsonNode stored = detail(a);
        assertEquals(2, stored.get("eventVersion").asInt());
        assertEquals("补录 v2", stored.get("title").asText());
        assertEquals("BACKFILL", stored.get("versions").get(1).get("channel").asText());
        assertEquals(1, found(ZY, b, supervisorZy).get("total").asInt());

        // The same file again stores nothing new.
        JsonNode again = backfilled(http.send("POST", url(ZY) + "/backfill", op, "application/x-ndjson", ndjson));
        assertEquals(0, again.get("created").asInt());
        assertEquals(0, again.get("updated").asInt());
        assertEquals(5, again.get("ignored").asInt());
        assertEquals(2, detail(a).get("versions").size());
    }

    @Test
    public void aBackfillIsRefusedToOthersAndOverItsLimitStoringNothing() throws Exception {
        String line = event(newId("BL"), 1);
        assertProblem(http.send("POST", url(ZY) + "/backfill", supervisorZy, "application/x-ndjson", line), 403, "forbidden");
        assertField(http.send("POST", url(ZY) + "/backfill", op, "application/x-ndjson", "\n \n"), "body");
        Http.Res started = http.send("POST", url(ZY) + "/backfill", op, "application/x-ndjson", line);
        String job = started.header("Location");
        backfilled(started);
        assertProblem(http.get(job.substring(job.indexOf("/api/v1/")).replace("/t/" + ZY + "/", "/t/" + ZM + "/"), op), 404, "not-found");

        org.osgi.service.cm.Configuration settings = WebhooksIT.configs().getConfiguration("org.smartjustice.supervision", "?");
        Dictionary<String, Object> limit = new Hashtable<>();
        limit.put("maxBackfillMebibytes", 1);
        settings.update(limit);
        try {
            String id = newId("BL");
            StringBuilder big = new StringBuilder();
            while (big.length() < 1_200_000) {
                big.append(event(id, 1)).append('\n');
            }
            eventually("the limit in effect", 20_000, () -> http.send("POST", url(ZY) + "/backfill", op, "application/x-ndjson",
                    big.toString()).status() == 413);
            assertEquals(0, found(ZY, id, supervisorZy).get("total").asInt());
        } finally {
            settings.delete();
        }
    }
}
