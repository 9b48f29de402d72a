package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
 * Inbound webhooks end to end, as a host sends them: signed per Standard Webhooks to
 * {@code /api/v1/platform/inbound/<sender>} without a token, stored raw before the answer, handed to
 * the sample module's handler once (a sender's retry is answered 2xx and changes nothing), refused
 * with 401 and nothing stored when the signature, the time or the sender is wrong, with 400 for a
 * tenant the sender may not speak for; a failing handler's writes roll back with the platform's mark.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InboundWebhooksIT extends ItestSupport {

    static final String A = "410102";
    static final String B = "410122";
    static final String FACTORY = "org.smartjustice.webhooks.sender";
    static final String INBOUND = "/api/v1/platform/inbound";
    /** The sender the tests use: district A only, two secrets (the second one just rotated in). */
    static final String GRID = "itest-grid";
    /** A sender for every tenant, to reach the check that the tenant exists. */
    static final String CITY = "itest-city";
    static final String OLD_SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "itest-inbound-old-secret-32-bytes".getBytes(StandardCharsets.US_ASCII));
    static final String NEW_SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "itest-inbound-new-secret-32-bytes".getBytes(StandardCharsets.US_ASCII));
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String op = Tokens.operator();
    private final String workerA = Tokens.of("worker-a", List.of("GRID_WORKER"), List.of(A));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        SampleModule.install();
        http.put("/api/v1/platform/tenants/" + A + "/modules/sample", op, null);
        eventually("sample endpoint answers", 30_000, () -> http.get("/api/v1/t/" + A + "/sample/notes", workerA).status() == 200);
        org.osgi.service.cm.Configuration settings = WebhooksIT.configs().getConfiguration("org.smartjustice.webhooks", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        // Three hand-overs a second apart, a look every second: a failing message is FAILED within seconds.
        p.put("inboundRetrySchedule", "1s, 1s");
        p.put("inboundPollSeconds", 1);
        settings.update(p);
        sender(GRID, OLD_SECRET + "," + NEW_SECRET, A);
        sender(CITY, NEW_SECRET, "*");
    }

    @Test
    public void aSignedEventIsStoredRawAndHandedOverOnceEvenWhenTheSenderRetries() throws Exception {
        String title = "网格事件 " + UUID.randomUUID().toString().substring(0, 8);
        // Spaces and key order as the host wrote them: the stored bytes are these, not a re-serialisation.
        String body = "{\"type\": \"sample.grid.reported\",  \"timestamp\": \"2024-05-01T08:00:00+08:00\", \"tenant\": \""
                + A + "\", \"data\": {\"title\": \"" + title + "\", \"scope\": true}}";
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        Http.Res first = post(GRID, id, now(), body, OLD_SECRET);
        assertEquals(first.toString(), 202, first.status());
        assertEquals("PENDING", first.json().get("state").asText());
        String stored = first.json().get("id").asText();
        assertFalse("the sender sees no body back", first.body().contains(title));

        eventually("handed over", 20_000, () -> "HANDLED".equals(message(stored).get("state").asText()));
        assertEquals(1, notes(A, title));
        JsonNode note = http.get("/api/v1/t/" + A + "/sample/notes/search?q=" + enc(title), workerA).json().get(0);
        assertEquals("the handler ran in the message's tenant as the sender", title + " " + A + " system:webhook:" + GRID,
                note.get("title").asText());

        // The host did not hear the answer and sends the same message again, signed anew (new secret, new time).
        Http.Res again = post(GRID, id, now(), body, NEW_SECRET);
        assertEquals(again.toString(), 200, again.status());
        assertEquals(stored, again.json().get("id").asText());
        assertEquals("HANDLED", again.json().get("state").asText());
        Thread.sleep(2500);
        assertEquals("handled once", 1, notes(A, title));
        assertEquals("stored once", 1, list("?sender=" + GRID + "&size=200").findValuesAsText("messageId").stream()
                .filter(id::equals).count());

        JsonNode detail = message(stored);
        assertEquals(body, detail.get("body").asText());
        assertEquals(GRID, detail.get("sender").asText());
        assertEquals(id, detail.get("messageId").asText());
        assertEquals(A, detail.get("tenant").asText());
        assertEquals("sample.grid.reported", detail.get("type").asText());
        assertEquals(1, detail.get("attempts").asInt());
        assertEquals(title, detail.get("payload").get("data").get("title").asText());
        assertNotNull(detail.get("handledAt").textValue());
        assertTrue(detail.toString(), detail.get("handledBy").asText().contains("sample"));
        assertFalse("never a secret", detail.toString().contains(OLD_SECRET.substring(6)));

        JsonNode audit = http.get("/api/v1/platform/audit?tenant=" + A + "&size=100", op).json();
        boolean received = false;
        boolean handled = false;
        boolean repeated = false;
        for (JsonNode e : audit.get("items")) {
            boolean mine = e.get("target").asText().endsWith(stored) && ("system:webhook:" + GRID).equals(e.get("principal").asText());
            received |= mine && "webhooks.inbound.received".equals(e.get("action").asText());
            handled |= mine && "webhooks.inbound.handled".equals(e.get("action").asText());
            repeated |= mine && "webhooks.inbound.repeated".equals(e.get("action").asText());
        }
        int requestRecords = 0;
        for (JsonNode e : http.get("/api/v1/platform/audit?principal=anonymous&size=200", op).json().get("items")) {
            requestRecords += e.get("action").asText().equals("POST platform/inbound/" + GRID)
                    && e.get("detail").asText().startsWith("HTTP 20") ? 1 : 0;
        }
        assertTrue(audit.toString(), received && handled && repeated);
        assertEquals("a stored message is audited with it, not a second time by the request", 0, requestRecords);

        // The same id with other bytes is another message under a used id: refused, nothing changes.
        assertProblem(post(GRID, id, now(), body.replace("网格事件", "别的事件"), OLD_SECRET), 409, "webhook-conflict");
        assertEquals(1, notes(A, title));
    }

    @Test
    public void aForgedOldFutureOrUnknownMessageIs401AndNothingIsStored() throws Exception {
        String title = "不应保存 " + UUID.randomUUID().toString().substring(0, 8);
        String body = envelope("sample.grid.reported", A, title);
        long before = list("?size=1").get("total").asLong();
        long ts = now();

        String id = "msg_tampered";
        String signature = sign(OLD_SECRET, id, ts, body);
        Http.Res tampered = send(GRID, id, String.valueOf(ts), signature, body.replace(A, B));
        assertProblem(tampered, 401, "webhook-rejected");
        assertTrue(tampered.toString(), tampered.json().get("detail").asText().contains("webhook-signature"));
        assertFalse("never a secret", tampered.body().contains(OLD_SECRET.substring(6)) || tampered.body().contains(signature.substring(3)));

        Http.Res old = post(GRID, "msg_old", ts - 3600, body, OLD_SECRET);
        assertProblem(old, 401, "webhook-rejected");
        assertTrue(old.toString(), old.json().get("detail").asText().contains("webhook-timestamp"));
        assertProblem(post(GRID, "msg_future", ts + 3600, body, OLD_SECRET), 401, "webhook-rejected");

        Http.Res unknown = post("itest-nobody", "msg_unknown", ts, body, OLD_SECRET);
        assertProblem(unknown, 401, "webhook-rejected");
        // Answered like a wrong signature: probing does not tell which senders exist.
        assertFalse(unknown.toString(), unknown.json().get("detail").asText().contains("itest-nobody"));

        assertProblem(send(GRID, "msg_unsigned", String.valueOf(ts), null, body), 401, "webhook-rejected");
        // A header given twice (a good signature, then a forged one): neither counts.
        Http.Res twice = exchange(request(GRID, "msg_twice", String.valueOf(ts), sign(OLD_SECRET, "msg_twice", ts, body), null)
                .header("webhook-signature", "v1,Zm9yZ2Vk").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertProblem(twice, 401, "webhook-rejected");
        assertProblem(post(GRID, "msg_other_key", ts, body,
                "whsec_" + Base64.getEncoder().encodeToString("another-secret-of-thirty-two-byt".getBytes(StandardCharsets.US_ASCII))),
                401, "webhook-rejected");
        // A bearer token does not stand in for the signature.
        assertProblem(sendWith(GRID, "msg_token", String.valueOf(ts), null, body, op), 401, "webhook-rejected");

        Thread.sleep(1500);
        assertEquals("nothing stored", before, list("?size=1").get("total").asLong());
        assertEquals(0, notes(A, title));
        assertEquals(0, notes(B, title));
    }

    @Test
    public void aTenantTheSenderMayNotSpeakForOrABodyThatIsNoEnvelopeIs400() throws Exception {
        long before = list("?size=1").get("total").asLong();
        assertField(post(GRID, "msg_b", now(), envelope("sample.grid.reported", B, "乙区"), OLD_SECRET), "tenant");
        assertField(post(CITY, "msg_none", now(), envelope("sample.grid.reported", "999999", "无此区"), NEW_SECRET), "tenant");
        assertField(post(GRID, "msg_array", now(), "[1, 2]", OLD_SECRET), "body");
        assertField(post(GRID, "msg_text", now(), "not json", OLD_SECRET), "body");
        assertField(post(GRID, "msg_notype", now(), "{\"tenant\": \"" + A + "\", \"data\": {}}", OLD_SECRET), "type");
        assertField(post(GRID, "msg_numtype", now(), "{\"type\": 7, \"tenant\": \"" + A + "\"}", OLD_SECRET), "type");
        assertEquals("nothing stored", before, list("?size=1").get("total").asLong());

        byte[] huge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        Http.Res tooLarge = sendBytes(GRID, "msg_huge", now(), huge, OLD_SECRET);
        assertProblem(tooLarge, 413, "payload-too-large");
    }

    @Test
    public void aFailingHandlersWritesRollBackAndTheMessageEndsFailedAfterItsRetries() throws Exception {
        String title = "处理失败 " + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"type\": \"sample.grid.failing\", \"tenant\": \"" + A + "\", \"data\": {\"title\": \"" + title
                + "\", \"fail\": true}}";
        Http.Res r = post(GRID, "msg_" + UUID.randomUUID().toString().replace("-", ""), now(), body, OLD_SECRET);
        assertEquals(r.toString(), 202, r.status());
        String stored = r.json().get("id").asText();
        // The retries follow the platform's schedule: the one-second settings above reach it asynchronously,
        // and a loaded machine may still run a few rounds at the default ten seconds.
        eventually("FAILED", 90_000, () -> "FAILED".equals(message(stored).get("state").asText()));
        JsonNode failed = message(stored);
        assertEquals("the first hand-over and two retries", 3, failed.get("attempts").asInt());
        assertTrue(failed.toString(), failed.get("lastError").asText().contains("示例：写入之后处理失败"));
        assertEquals("the handler's note rolled back with the platform's mark, every time", 0, notes(A, title));

        String retry = INBOUND + "/messages/" + stored + "/retry";
        assertProblem(http.send("POST", retry, workerA, null, null), 403, "forbidden");
        assertProblem(http.send("POST", retry, Tokens.of("operator-b", List.of("PLATFORM_OPERATOR"), List.of(B)), null, null),
                403, "tenant-forbidden");
        Http.Res retried = http.send("POST", retry, op, null, null);
        assertEquals(retried.toString(), 200, retried.status());
        eventually("FAILED again", 20_000, () -> "FAILED".equals(message(stored).get("state").asText())
                && message(stored).get("attempts").asInt() == 4);
        assertEquals(0, notes(A, title));
    }

    @Test
    public void aBurstIsHandedOverTogetherAndAFailingMessageFailsAlone() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<Http.Res>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = i == 17
                    ? "{\"type\": \"sample.grid.failing\", \"tenant\": \"" + A + "\", \"data\": {\"title\": \"一批 " + tag + " 失败\", \"fail\": true}}"
                    : envelope("sample.grid.reported", A, "一批 " + tag + " 第" + i + "件");
            String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
            sent.add(pool.submit(() -> post(GRID, id, now(), body, OLD_SECRET)));
        }
        String failing = null;
        for (int i = 0; i < sent.size(); i++) {
            Http.Res r = sent.get(i).get();
            assertEquals(r.toString(), 202, r.status());
            if (i == 17) {
                failing = r.json().get("id").asText();
            }
        }
        pool.shutdown();
        eventually("39 handled", 30_000, () -> notes(A, "一批 " + tag + " 第") == 39);
        String stored = failing;
        eventually("the failing one retried", 30_000, () -> message(stored).get("attempts").asInt() >= 1
                && !"HANDLED".equals(message(stored).get("state").asText()));
        assertEquals(0, notes(A, "一批 " + tag + " 失败"));
        Thread.sleep(1500);
        assertEquals("each handled once", 39, notes(A, "一批 " + tag + " 第"));
    }

    @Test
    public void aMessageNoModuleTakesWaitsPending() throws Exception {
        Http.Res r = post(GRID, "msg_" + UUID.randomUUID().toString().replace("-", ""), now(),
                envelope("unclaimed.grid-event.reported", A, "尚无模块"), OLD_SECRET);
        assertEquals(r.toString(), 202, r.status());
        String stored = r.json().get("id").asText();
        Thread.sleep(2500);
        JsonNode waiting = message(stored);
        assertEquals("PENDING", waiting.get("state").asText());
        assertEquals("no attempt is spent while no handler exists", 0, waiting.get("attempts").asInt());
        JsonNode pending = list("?sender=" + GRID + "&state=PENDING&size=200");
        assertTrue(pending.toString(), pending.findValuesAsText("id").contains(stored));
    }

    @Test
    public void onlyOperatorsSeeMessagesAndOnlyOfTheirTenants() throws Exception {
        Http.Res r = post(GRID, "msg_" + UUID.randomUUID().toString().replace("-", ""), now(),
                envelope("sample.grid.seen", A, "运维可见"), OLD_SECRET);
        assertEquals(r.toString(), 202, r.status());
        String stored = r.json().get("id").asText();
        assertProblem(http.get(INBOUND, null), 401, "unauthorized");
        assertProblem(http.get(INBOUND + "/messages/" + stored, null), 401, "unauthorized");
        assertProblem(http.get(INBOUND, workerA), 403, "forbidden");
        String operatorB = Tokens.of("operator-b", List.of("PLATFORM_OPERATOR"), List.of(B));
        assertProblem(http.get(INBOUND + "/messages/" + stored, operatorB), 403, "tenant-forbidden");
        assertProblem(http.get(INBOUND + "?tenant=" + A, operatorB), 403, "tenant-forbidden");
        for (JsonNode m : http.get(INBOUND + "?size=200", operatorB).json().get("items")) {
            assertEquals(B, m.get("tenant").asText());
        }
        assertProblem(http.get(INBOUND + "?state=SOON", op), 400, "validation-failed");
        assertProblem(http.get(INBOUND + "/messages/no-such-message", op), 404, "not-found");
        JsonNode doc = http.get("/api/v1/openapi.json", null).json();
        assertEquals("接收主机推送的 Webhook（Standard Webhooks）",
                doc.get("paths").get("/platform/inbound/{sender}").get("post").get("summary").asText());
        assertEquals("查询收到的 Webhook", doc.get("paths").get("/platform/inbound").get("get").get("summary").asText());
    }

    // --- the host's side ---

    static String envelope(String type, String tenant, String title) {
        return "{\"type\": \"" + type + "\", \"timestamp\": \"2024-05-01T08:00:00+08:00\", \"tenant\": \"" + tenant
                + "\", \"data\": {\"title\": \"" + title + "\"}}";
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static String sign(String secret, String id, long timestamp, String body) {
        return sign(secret, id, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    static String sign(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed with the secret, as a host sends it (a stale entry before the right one, as rotating hosts do). */
    Http.Res post(String sender, String id, long timestamp, String body, String secret) {
        String stale = sign("whsec_" + Base64.getEncoder().encodeToString("stale-secret-of-thirty-two-bytes".getBytes(StandardCharsets.US_ASCII)),
                id, timestamp, body);
        return send(sender, id, String.valueOf(timestamp), stale + " " + sign(secret, id, timestamp, body), body);
    }

    Http.Res sendBytes(String sender, String id, long timestamp, byte[] body, String secret) {
        return exchange(request(sender, id, String.valueOf(timestamp), sign(secret, id, timestamp, body), null)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Http.Res send(String sender, String id, String timestamp, String signature, String body) {
        return sendWith(sender, id, timestamp, signature, body, null);
    }

    Http.Res sendWith(String sender, String id, String timestamp, String signature, String body, String token) {
        return exchange(request(sender, id, timestamp, signature, token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static HttpRequest.Builder request(String sender, String id, String timestamp, String signature, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("itest.http.port")
                        + INBOUND + "/" + sender)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("webhook-id", id).header("webhook-timestamp", timestamp);
        if (signature != null) {
            b.header("webhook-signature", signature);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Http.Res exchange(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Http.Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- what the platform and the module show ---

    JsonNode list(String query) {
        Http.Res r = http.get(INBOUND + query, op);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    JsonNode message(String id) {
        Http.Res r = http.get(INBOUND + "/messages/" + id, op);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    long notes(String tenant, String title) {
        Http.Res r = http.get("/api/v1/t/" + tenant + "/sample/notes/search?q=" + enc(title),
                Tokens.of("w", List.of("GRID_WORKER"), List.of(tenant)));
        if (r.status() == 404) {
            // The sample module is not enabled there: it holds no notes of that tenant.
            return 0;
        }
        assertEquals(r.toString(), 200, r.status());
        return r.json().size();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Configures a sender and waits until its messages are verified (a probe is refused for its body, not its sender). */
    private void sender(String name, String secrets, String tenants) throws Exception {
        org.osgi.service.cm.Configuration c = WebhooksIT.configs().getFactoryConfiguration(FACTORY, name, "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("secrets", secrets);
        p.put("tenants", tenants);
        c.update(p);
        String secret = secrets.split(",")[secrets.split(",").length - 1];
        eventually("sender " + name + " in effect", 20_000, () -> post(name, "msg_probe", now(), "[]", secret).status() == 400);
    }
}
