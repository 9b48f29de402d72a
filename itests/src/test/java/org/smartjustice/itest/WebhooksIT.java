package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

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
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Outbound webhooks end to end: a module publishes inside its write, the event is stored with the
 * change (or not at all), delivered signed to a receiver that is down at first, retried with the
 * same webhook-id, FAILED after the last attempt and retried by an operator; operators see it all,
 * within the tenants their token names. {@link PostgresWebhooksIT} runs the same on PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebhooksIT extends ItestSupport {

    static final String A = "410102";
    static final String B = "410122";
    static final String FACTORY = "org.smartjustice.webhooks.endpoint";
    static final String DELIVERIES = "/api/v1/platform/webhooks/deliveries";
    /** Seven attempts a second apart: FAILED within seconds. */
    static final String RETRIES = "1s, 1s, 1s, 1s, 1s, 1s";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String op = Tokens.operator();
    private final String workerA = Tokens.of("worker-a", List.of("GRID_WORKER"), List.of(A));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        SampleModule.install();
        for (String tenant : List.of(A, B)) {
            http.put("/api/v1/platform/tenants/" + tenant + "/modules/sample", op, null);
        }
        eventually("sample endpoint answers", 30_000, () -> http.get("/api/v1/t/" + A + "/sample/notes", workerA).status() == 200);
        org.osgi.service.cm.Configuration settings = configs().getConfiguration("org.smartjustice.webhooks", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("retrySchedule", RETRIES);
        p.put("pollIntervalMillis", 200);
        p.put("requestTimeoutSeconds", 2);
        settings.update(p);
    }

    @Test
    public void anEventIsDeliveredSignedAfterTheHostWasDownWithTheSameIdOnEveryAttempt() throws Exception {
        try (WebhookReceiver host = new WebhookReceiver(freePort()).answering(503)) {
            org.osgi.service.cm.Configuration endpoint = endpoint("itest-down-first", host.url(), "sample.note.*", A);
            try {
                JsonNode created = publish(A);
                String eventId = created.get("eventId").asText();
                assertTrue(eventId, eventId.startsWith("msg_"));
                eventually("a refused attempt is recorded", 20_000, () -> delivery(eventId, "itest-down-first") != null
                        && delivery(eventId, "itest-down-first").get("attempts").asInt() >= 1);
                JsonNode refused = delivery(eventId, "itest-down-first");
                assertEquals("PENDING", refused.get("state").asText());
                assertTrue(refused.toString(), refused.get("lastError").asText().contains("无法连接"));
                assertTrue(refused.get("lastStatus").isNull());
                int refusals = refused.get("attempts").asInt();

                host.start();
                eventually("delivered", 30_000, () -> "DELIVERED".equals(delivery(eventId, "itest-down-first").get("state").asText()));
                JsonNode delivered = delivery(eventId, "itest-down-first");
                List<WebhookReceiver.Received> got = host.of(eventId);
                assertEquals(got.toString(), 2, got.size());
                assertEquals(503, got.get(0).answered());
                assertEquals(204, got.get(1).answered());
                assertTrue("at least one refusal, the 503 and the 204: " + delivered,
                        delivered.get("attempts").asInt() >= refusals + 2);
                assertEquals(204, delivered.get("lastStatus").asInt());
                assertNotNull(delivered.get("deliveredAt").textValue());
                long now = System.currentTimeMillis() / 1000;
                for (WebhookReceiver.Received r : got) {
                    assertTrue("signature checked by the receiver: " + r, r.signed());
                    assertEquals("application/json", r.contentType());
                    assertTrue(r.toString(), Math.abs(now - r.timestamp()) < 120);
                    assertEquals("the exact same bytes on every attempt", got.get(0).body(), r.body());
                }
                JsonNode body = JSON.readTree(got.get(0).body());
                String noteId = created.get("noteId").asText();
                assertEquals("sample.note.created", body.get("type").asText());
                assertEquals(A, body.get("tenant").asText());
                assertEquals("notes/" + noteId, body.get("subject").asText());
                assertEquals(noteId, body.get("data").get("id").asText());
                assertTrue(body.get("timestamp").asText(), body.get("timestamp").asText().endsWith("+08:00"));

                Http.Res detail = http.get(DELIVERIES + "/" + delivered.get("id").asText(), op);
                assertEquals(detail.toString(), 200, detail.status());
                assertEquals(body, detail.json().get("payload"));
                assertFalse("never the secret", detail.body().contains(WebhookReceiver.SECRET.substring(6)));
                assertFalse(detail.body().contains(host.url()));
            } finally {
                endpoint.delete();
            }
        }
    }

    @Test
    public void aDeliveryFailsAfterTheLastAttemptAndAnOperatorRetriesIt() throws Exception {
        try (WebhookReceiver host = new WebhookReceiver(freePort())) {
            org.osgi.service.cm.Configuration endpoint = endpoint("itest-failing", host.url(), "*", "*");
            try {
                String eventId = publish(A).get("eventId").asText();
                eventually("failed", 40_000, () -> delivery(eventId, "itest-failing") != null
                        && "FAILED".equals(delivery(eventId, "itest-failing").get("state").asText()));
                JsonNode failed = delivery(eventId, "itest-failing");
                assertEquals("seven attempts: the first and six retries", 7, failed.get("attempts").asInt());
                assertTrue(failed.get("nextAttemptAt").isNull());
                String retry = DELIVERIES + "/" + failed.get("id").asText() + "/retry";

                String operatorB = Tokens.of("operator-b", List.of("PLATFORM_OPERATOR"), List.of(B));
                assertProblem(http.send("POST", retry, operatorB, null, null), 403, "tenant-forbidden");
                assertProblem(http.send("POST", retry, Tokens.of("city", List.of("CITY_SUPERVISOR"), List.of("*")), null, null), 403, "forbidden");
                assertEquals("FAILED", delivery(eventId, "itest-failing").get("state").asText());

                host.start();
                Http.Res retried = http.send("POST", retry, op, null, null);
                assertEquals(retried.toString(), 200, retried.status());
                eventually("delivered after the retry", 20_000,
                        () -> "DELIVERED".equals(delivery(eventId, "itest-failing").get("state").asText()));
                assertEquals(8, delivery(eventId, "itest-failing").get("attempts").asInt());
                assertEquals(1, host.of(eventId).size());
                assertTrue(host.of(eventId).get(0).signed());
                assertProblem(http.send("POST", retry, op, null, null), 409, "delivery-not-failed");

                JsonNode audit = http.get("/api/v1/platform/audit?tenant=" + A + "&size=50", op).json();
                boolean audited = false;
                for (JsonNode e : audit.get("items")) {
                    audited |= "webhooks.retry".equals(e.get("action").asText()) && e.get("detail").asText().contains(eventId);
                }
                assertTrue(audit.toString(), audited);
            } finally {
                endpoint.delete();
            }
        }
    }

    @Test
    public void aRefusedWriteStoresNeitherTheChangeNorItsEventAndAnUnsubscribedEventNothing() throws Exception {
        try (WebhookReceiver host = new WebhookReceiver(freePort()).start()) {
            org.osgi.service.cm.Configuration endpoint = endpoint("itest-refused", host.url(), "sample.*", A);
            try {
                long notes = count(A);
                assertProblem(http.post("/api/v1/t/" + A + "/sample/events/refused", workerA,
                        "{\"title\":\"被拒绝的记录\",\"kind\":\"NOTE\"}"), 409, "sample-refused");
                assertEquals(notes, count(A));
                assertEquals(0, http.get(DELIVERIES + "?type=sample.note.refused", op).json().get("total").asLong());

                // Tenant B is not subscribed: the write succeeds, the id is returned, nothing is queued.
                String workerB = Tokens.of("worker-b", List.of("GRID_WORKER"), List.of(B));
                Http.Res b = http.post("/api/v1/t/" + B + "/sample/events", workerB, "{\"title\":\"无人订阅\",\"kind\":\"NOTE\"}");
                assertEquals(b.toString(), 200, b.status());
                String eventId = b.json().get("eventId").asText();
                assertTrue(eventId.startsWith("msg_"));
                Thread.sleep(500);
                for (JsonNode d : http.get(DELIVERIES + "?tenant=" + B + "&size=200", op).json().get("items")) {
                    assertNotEquals(eventId, d.get("eventId").asText());
                }
            } finally {
                endpoint.delete();
            }
        }
    }

    @Test
    public void anUnusableEndpointConfigurationIsRefusedWithAWarningNamingTheField() throws Exception {
        org.osgi.service.cm.Configuration bad = configs().getFactoryConfiguration(FACTORY, "itest-bad-secret", "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("url", "http://127.0.0.1:9/hooks");
        p.put("secret", "not-a-whsec-secret-value");
        bad.update(p);
        try {
            Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
            eventually("the warning", 10_000, () -> {
                try {
                    return Files.readString(log).lines().anyMatch(l -> l.contains("WARN") && l.contains(FACTORY + "~itest-bad-secret")
                            && l.contains("field secret"));
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertFalse("the secret is never logged", Files.readString(log).contains("not-a-whsec-secret-value"));
        } finally {
            bad.delete();
        }
    }

    /** Both units in one JTA transaction get the one pooled connection: one resource, no two-phase commit. */
    @Test
    public void aWriteAndItsEventShareOneDatabaseSession() {
        Http.Res r = http.post("/api/v1/t/" + A + "/sample/events/sessions", workerA, "{\"title\":\"同一会话\",\"kind\":\"NOTE\"}");
        assertEquals(r.toString(), 200, r.status());
        JsonNode inside = r.json().get("inTransaction");
        JsonNode outside = r.json().get("outside");
        assertEquals(r.body(), inside.get(0).asText(), inside.get(1).asText());
        assertNotEquals("two connections held at once outside a transaction are two sessions: " + r.body(),
                outside.get(0).asText(), outside.get(1).asText());
    }

    @Test
    public void operatorsSeeDeliveriesOfTheirTenantsOnly() throws Exception {
        try (WebhookReceiver host = new WebhookReceiver(freePort()).start()) {
            org.osgi.service.cm.Configuration endpoint = endpoint("itest-tenants", host.url(), "*", "*");
            try {
                String eventA = publish(A).get("eventId").asText();
                eventually("A's delivery", 10_000, () -> delivery(eventA, "itest-tenants") != null);
                String idA = delivery(eventA, "itest-tenants").get("id").asText();

                String operatorB = Tokens.of("operator-b", List.of("PLATFORM_OPERATOR"), List.of(B));
                assertProblem(http.get(DELIVERIES + "?tenant=" + A, operatorB), 403, "tenant-forbidden");
                assertProblem(http.get(DELIVERIES + "/" + idA, operatorB), 403, "tenant-forbidden");
                Http.Res mine = http.get(DELIVERIES + "?size=200", operatorB);
                assertEquals(mine.toString(), 200, mine.status());
                for (JsonNode d : mine.json().get("items")) {
                    assertEquals(B, d.get("tenant").asText());
                }
                String city = Tokens.of("city", List.of("CITY_SUPERVISOR"), List.of("*"));
                assertEquals(200, http.get(DELIVERIES + "/" + idA, city).status());
                assertProblem(http.get(DELIVERIES, workerA), 403, "forbidden");
                assertProblem(http.get(DELIVERIES + "?state=SOON", op), 400, "validation-failed");
                assertProblem(http.get(DELIVERIES + "?size=201", op), 400, "validation-failed");
                JsonNode page = http.get(DELIVERIES + "?tenant=" + A + "&state=DELIVERED&page=1&size=1", op).json();
                assertEquals(1, page.get("items").size());
                assertTrue(page.get("total").asLong() >= 1);
                assertProblem(http.get(DELIVERIES + "/no-such-delivery", op), 404, "not-found");
            } finally {
                endpoint.delete();
            }
        }
    }

    /** Publishes one event in tenant's scope from inside the sample module's write. */
    private JsonNode publish(String tenant) {
        String token = Tokens.of("worker", List.of("GRID_WORKER"), List.of(tenant));
        Http.Res r = http.post("/api/v1/t/" + tenant + "/sample/events", token, "{\"title\":\"事件记录\",\"kind\":\"NOTE\"}");
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private long count(String tenant) {
        return http.get("/api/v1/t/" + tenant + "/sample/notes/count", Tokens.of("w", List.of("GRID_WORKER"), List.of(tenant)))
                .json().get("count").asLong();
    }

    /** The delivery of the event to the endpoint, as operators see it; null while there is none. */
    JsonNode delivery(String eventId, String endpoint) {
        Http.Res r = http.get(DELIVERIES + "?size=200", op);
        assertEquals(r.toString(), 200, r.status());
        for (JsonNode d : r.json().get("items")) {
            if (eventId.equals(d.get("eventId").asText()) && endpoint.equals(d.get("endpoint").asText())) {
                return d;
            }
        }
        return null;
    }

    /** Configures a host endpoint and waits until events are queued for it (a probe event shows it). */
    private org.osgi.service.cm.Configuration endpoint(String name, String url, String events, String tenants) throws Exception {
        org.osgi.service.cm.Configuration c = configs().getFactoryConfiguration(FACTORY, name, "?");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("url", url);
        p.put("secret", WebhookReceiver.SECRET);
        p.put("events", events);
        p.put("tenants", tenants);
        c.update(p);
        eventually("endpoint " + name + " in effect", 20_000, () -> delivery(publish(A).get("eventId").asText(), name) != null);
        return c;
    }

    /**
     * Kept open: ConfigAdmin is a service factory, and a service object taken through a tracker
     * that is closed again is disposed ("service has been unregistered").
     */
    private static org.osgi.util.tracker.ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> configAdmin;

    static synchronized ConfigurationAdmin configs() throws Exception {
        if (configAdmin == null) {
            org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(WebhooksIT.class)
                    .getBundleContext();
            configAdmin = new org.osgi.util.tracker.ServiceTracker<>(context, ConfigurationAdmin.class, null);
            configAdmin.open();
        }
        ConfigurationAdmin admin = configAdmin.waitForService(30_000);
        if (admin == null) {
            throw new AssertionError("no ConfigurationAdmin");
        }
        return admin;
    }
}
