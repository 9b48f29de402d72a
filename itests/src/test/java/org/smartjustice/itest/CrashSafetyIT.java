package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

    private Process karaf;
    private Path home;

    @Test
    public void everyAnsweredWriteSurvivesAKillOfTheJvm() throws Exception {
        home = Files.createDirectories(Path.of(System.getProperty("itest.build.dir"), "crash"))
                .resolve("karaf-" + System.currentTimeMillis());
        copy(Path.of(System.getProperty("itest.assembly.dir")), home);
        int port = ItestSupport.freePort();
        configure(port);
        Http http = new Http(port);
        String token = Tokens.of("crash-operator", List.of("PLATFORM_OPERATOR"), List.of("*"));
        String run = Long.toString(System.nanoTime(), 36);

        karaf = start();
        awaitVenues(http, token);
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
        killHard(karaf);

        karaf = start();
        awaitVenues(http, token);
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

    private static final int IMPORT_ROWS = 40_000;

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
            killHard(karaf);
        }
        // The copy is some 150 MB; kept only when asked for (-Ditest.keep=true), to look into its logs.
        if (home != null && !Boolean.getBoolean("itest.keep")) {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void configure(int port) throws IOException {
        Path etc = home.resolve("etc");
        put(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(port));
        put(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(ItestSupport.freePort()));
        put(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(ItestSupport.freePort()));
        put(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(ItestSupport.freePort()));
        put(etc.resolve("org.smartjustice.security.cfg"), "hmacSecret", Tokens.SECRET);
        put(etc.resolve("org.smartjustice.security.cfg"), "issuer", Tokens.ISSUER);
        put(etc.resolve("org.smartjustice.venues.demo.cfg"), "enabled", "false");
    }

    /** Sets one key of a Karaf .cfg file by appending it: the last assignment wins. */
    private static void put(Path cfg, String key, String value) throws IOException {
        Files.writeString(cfg, System.lineSeparator() + key + " = " + value + System.lineSeparator(),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private Process start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    /** SIGKILL to the script and every process under it (the JVM): nothing gets to flush or close. */
    private static void killHard(Process process) {
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("process " + p.pid() + " did not die", e);
            }
        }
    }

    private void awaitVenues(Http http, String token) throws InterruptedException {
        ItestSupport.awaitOk(http, "/api/v1/t/410102/venues?size=1", token, 180_000, karaf::isAlive);
    }

    private static void copy(Path from, Path to) throws IOException {
        // Not data/: a distribution started in place (README) has its own state there.
        try (Stream<Path> paths = Files.walk(from).filter(p -> !from.relativize(p).startsWith("data"))) {
            paths.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
