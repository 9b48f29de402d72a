package org.smartjustice.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the built distribution run as a process of its own, for tests that Pax Exam cannot
 * make: killing the JVM (CrashSafetyIT), or driving a browser from the build's JVM (MapBrowserIT).
 * Ports are free ones, the test's token secret and issuer are configured, demo venues are off.
 */
final class Distribution implements AutoCloseable {

    final Path home;
    final int port = ItestSupport.freePort();
    private Process karaf;

    Distribution(String name) throws IOException {
        home = Files.createDirectories(Path.of(System.getProperty("itest.build.dir"), name))
                .resolve("karaf-" + System.currentTimeMillis());
        copy(Path.of(System.getProperty("itest.assembly.dir")), home);
        set("org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port));
        set("org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ItestSupport.freePort()));
        set("org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(ItestSupport.freePort()));
        set("org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(ItestSupport.freePort()));
        set("org.smartjustice.security.cfg", "hmacSecret", Tokens.SECRET);
        set("org.smartjustice.security.cfg", "issuer", Tokens.ISSUER);
        set("org.smartjustice.venues.demo.cfg", "enabled", "false");
    }

    /** Sets one key of a Karaf .cfg file by appending it: the last assignment wins. */
    void set(String cfg, String key, String value) throws IOException {
        Files.writeString(home.resolve("etc").resolve(cfg), System.lineSeparator() + key + " = " + value
                + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    Http http() {
        return new Http(port);
    }

    boolean isAlive() {
        return karaf != null && karaf.isAlive();
    }

    /** Starts it and waits until the venues of 410102 answer. */
    void start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = pb.start();
        ItestSupport.awaitOk(http(), "/api/v1/t/410102/venues?size=1", Tokens.operator(), 180_000, this::isAlive);
        awaitSettled();
    }

    /**
     * The JAX-RS whiteboard rebuilds the application while the last services of the boot arrive, and a
     * request during a rebuild gets CXF's "No service was found" (a CI run saw one right after the first
     * 200): the distribution counts as up once it has answered 200 for five seconds in a row.
     */
    private void awaitSettled() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            boolean ok;
            try {
                ok = http().get("/api/v1/t/410102/venues?size=1", Tokens.operator()).status() == 200;
            } catch (IllegalStateException notYet) {
                ok = false;
            }
            if (!ok) {
                since = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - since >= 5_000) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the distribution did not answer 200 for five seconds in a row");
    }

    /** SIGKILL to the script and every process under it (the JVM): nothing gets to flush or close. */
    void kill() {
        if (karaf == null) {
            return;
        }
        List<ProcessHandle> all = Stream.concat(karaf.descendants(), Stream.of(karaf.toHandle())).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("process " + p.pid() + " did not die", e);
            }
        }
        karaf = null;
    }

    /** Kills it and deletes the copy (some 150 MB), unless -Ditest.keep=true asks to look into its logs. */
    @Override
    public void close() throws IOException {
        kill();
        if (!Boolean.getBoolean("itest.keep")) {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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
