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
