package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.After;
import org.junit.Test;

/**
 * A 2xx means durable on the embedded default database: the distribution's JVM is killed (SIGKILL,
 * no shutdown of anything) right after answered writes and in the middle of an import job, started
 * again, and every write and its audit record is there, and the job reports itself failed with how
 * far it got instead of being lost. Runs our distribution as a process of its own, not in Pax Exam,
 * since a Pax Exam test cannot kill its own container.
 */
public class CrashSafetyIT {

    private static final int WRITES = 30;
    private static final int IMPORT_ROWS = 40_000;

    private Distribution karaf;

    @Test
    public void everyAnsweredWriteSurvivesAKillOfTheJvm() throws Exception {
        karaf = new Distribution("crash");
        Http http = karaf.http();
        String token = Tokens.of("crash-operator", List.of("PLATFORM_OPERATOR"), List.of("*"));
        String run = Long.toString(System.nanoTime(), 36);

        karaf.start();
        for (int i = 0; i < WRITES; i++) {
            Http.Res created = http.post("/api/v1/t/410102/venues", token, "{\"type\":\"JUSTICE_OFFICE\",\"name\":\"崩溃测试"
                    + run + "-" + i + "\",\"address\":\"中原区崩溃路" + i + "号\",\"streetCode\":\"410102001\","
                    + "\"lon\":113.6,\"lat\":34.75}");
            assertEquals(created.toString(), 201, created.status());
        }
        String job = startLargeImport(http, token, run);
        eventually(() -> {
            JsonNode j = http.get(job, token).json();
            return "RUNNING".equals(j.get("state").asText()) && j.get("done").asLong() > 0;
        });
        karaf.kill();

        karaf.start();
        JsonNode found = http.get("/api/v1/t/410102/venues?size=200&q=" + URLEncoder.encode("崩溃测试" + run,
                StandardCharsets.UTF_8), token).json();
        assertEquals("venues after the kill: " + found, WRITES, found.get("total").asInt());
        JsonNode audit = http.get("/api/v1/platform/audit?principal=crash-operator&size=200", token).json();
        long audited = 0;
        for (JsonNode e : audit.get("items")) {
            audited += e.get("action").asText().equals("POST t/410102/venues") ? 1 : 0;
        }
        assertEquals("audit records after the kill: " + audit, WRITES, audited);

        JsonNode interrupted = http.get(job, token).json();
        assertEquals(interrupted.toString(), "FAILED", interrupted.get("state").asText());
        assertTrue(interrupted.toString(), interrupted.get("error").asText().contains("节点重启"));
        assertTrue(interrupted.toString(), interrupted.get("done").asLong() > 0
                && interrupted.get("done").asLong() < IMPORT_ROWS);
        assertEquals(IMPORT_ROWS, interrupted.get("total").asLong());
    }

    /**
     * Signed grid events from eight senders' threads at once, the JVM killed in the middle of the burst:
     * after the restart every event whose message was answered 2xx is stored, at the newest version
     * answered, and screening takes each stored version once, from the database (every event an active
     * rule takes is in the queue at its stored version, and nothing is left to screen).
     */
    @Test
    public void anIngestBurstKilledMidwayLosesNoAcknowledgedEventAndScreensEachOnce() throws Exception {
        karaf = new Distribution("crash-supervision");
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString("crash-supervision-secret-32bytes".getBytes(StandardCharsets.US_ASCII));
        java.nio.file.Files.writeString(karaf.home.resolve("etc/org.smartjustice.webhooks.sender-crash.cfg"),
                "name = crash\nsecrets = " + secret + "\ntenants = 410102\n", StandardCharsets.UTF_8);
        Http http = karaf.http();
        String supervisor = Tokens.of("crash-supervisor", List.of("SUPERVISOR"), List.of("410102"));
        String run = Long.toString(System.nanoTime(), 36);
        karaf.start();
        Http.Res rule = http.post("/api/v1/t/410102/supervision/rules", supervisor, "{\"name\": \"崩溃测试 " + run
                + "\", \"status\": \"ACTIVE\", \"words\": [{\"word\": \"暴力执法\", \"synonyms\": []}]}");
        assertEquals(rule.toString(), 201, rule.status());

        java.util.Set<String> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger serial = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 8; t++) {
            senders.submit(() -> {
                while (!stop.get()) {
                    int n = serial.incrementAndGet();
                    String eventId = "CRASH-" + run + "-" + n;
                    try {
                        for (int version = 1; version <= 2 && !stop.get(); version++) {
                            String id = "msg_crash_" + run + "_" + n + "_" + version;
                            String body = "{\"type\": \"supervision.grid-event.updated\", \"tenant\": \"410102\", \"data\": "
                                    + SupervisionEventsIT.event(eventId, version, java.util.Map.of("title", "\"反映城管暴力执法 " + n + "\""))
                                    + "}";
                            long ts = System.currentTimeMillis() / 1000;
                            Http.Res r = http.sendSigned("/api/v1/platform/inbound/crash", id, ts,
                                    InboundWebhooksIT.sign(secret, id, ts, body), body);
                            if (r.status() == 202 || r.status() == 200) {
                                answered.add(eventId + "\t" + version);
                            }
                        }
                    } catch (RuntimeException killed) {
                        return;
                    }
                }
            });
        }
        long until = System.currentTimeMillis() + 60_000;
        while (answered.size() < 600 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        karaf.kill();
        stop.set(true);
        senders.shutdown();
        senders.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue("answered before the kill: " + answered.size(), answered.size() >= 600);

        karaf.start();
        String op = Tokens.operator();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            long pending = http.get("/api/v1/platform/inbound?state=PENDING&size=1", op).json().get("total").asLong();
            long due = http.get("/api/v1/t/410102/supervision/screening/backlog", supervisor).json().get("due").asLong();
            if (pending == 0 && due == 0) {
                break;
            }
            Thread.sleep(500);
        }
        java.util.Map<String, Integer> stored = new java.util.HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode items = http.get("/api/v1/t/410102/supervision/events?size=200&page=" + page, supervisor).json().get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(e -> stored.merge(e.get("eventId").asText(), e.get("eventVersion").asInt(), (a, b) -> -1));
        }
        for (String a : answered) {
            String[] p = a.split("\t");
            Integer version = stored.get(p[0]);
            assertTrue("answered " + a + ", stored " + version, version != null && version >= Integer.parseInt(p[1]));
        }
        assertTrue("no event stored twice", stored.values().stream().noneMatch(v -> v < 0));
        java.util.Map<String, Integer> screened = new java.util.HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode items = http.get("/api/v1/t/410102/supervision/screening?size=200&page=" + page, supervisor).json().get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(s -> screened.merge(s.get("event").get("eventId").asText(), s.get("screenedVersion").asInt(), (a, b) -> -1));
        }
        long ours = stored.keySet().stream().filter(e -> e.startsWith("CRASH-" + run)).count();
        assertTrue(ours >= 300);
        for (java.util.Map.Entry<String, Integer> e : stored.entrySet()) {
            if (e.getKey().startsWith("CRASH-" + run)) {
                assertEquals("screened at its stored version, once: " + e.getKey(), e.getValue(), screened.get(e.getKey()));
            }
        }
        assertEquals(0, http.get("/api/v1/t/410102/supervision/screening/backlog", supervisor).json().get("due").asLong());
    }

    /** A job large enough to be killed in the middle of; returns its poll path. */
    private static String startLargeImport(Http http, String token, String run) {
        StringBuilder csv = new StringBuilder("类型,名称,地址,乡镇街道代码,经度,纬度\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append("法治文化场所,崩溃导入").append(run).append('-').append(i).append(",郑州市中原区崩溃路").append(i)
                    .append("号,410102001,113.6,34.75\n");
        }
        Http.Res started = http.sendBytes("POST", "/api/v1/t/410102/venues/imports", token, "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(started.toString(), 202, started.status());
        return started.header("Location");
    }

    private void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end || !karaf.isAlive()) {
                throw new AssertionError("the import job never ran");
            }
            Thread.sleep(100);
        }
    }

    @After
    public void stop() throws IOException {
        if (karaf != null) {
            karaf.close();
        }
    }
}
