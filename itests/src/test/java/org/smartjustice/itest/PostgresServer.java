package org.smartjustice.itest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL server for the persistence itests: initdb in a temporary directory, a
 * free port on 127.0.0.1, stopped when the test JVM ends. Needs Debian's postgresql package
 * (.ci/run installs it); as root it runs the server as the postgres user, as PostgreSQL requires.
 */
public final class PostgresServer {

    public static final String DATABASE = "justice";
    public static final String USER = "justice";

    private final Path dir;
    private final int port;
    private final Path bin;

    private PostgresServer(Path dir, int port, Path bin) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
    }

    /** Hands the server to a test running inside the container, by system properties. */
    public org.ops4j.pax.exam.Option[] forContainer() {
        return new org.ops4j.pax.exam.Option[] {
                org.ops4j.pax.exam.CoreOptions.systemProperty("itest.pg.dir").value(dir.toString()),
                org.ops4j.pax.exam.CoreOptions.systemProperty("itest.pg.port").value(String.valueOf(port)),
                org.ops4j.pax.exam.CoreOptions.systemProperty("itest.pg.bin").value(bin.toString()) };
    }

    /**
     * Starts (or reuses) the build's server and points the container's DataSource at it: the
     * options a PostgreSQL variant of an itest adds to {@code baseOptions}.
     */
    public static org.ops4j.pax.exam.Option[] asTheDatabase() {
        PostgresServer pg = start(Path.of(System.getProperty("itest.build.dir"), "postgres"));
        String ds = ItestSupport.DATASOURCE;
        return org.ops4j.pax.exam.OptionUtils.combine(pg.forContainer(),
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(ds, "osgi.jdbc.driver.name",
                        "PostgreSQL JDBC Driver"),
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(ds, "url",
                        pg.jdbcUrl() + "?connectTimeout=2&socketTimeout=30"),
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(ds, "user", USER),
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(ds, "password",
                        "unused-trust-auth"));
    }

    /** The server {@link #forContainer()} described, for a test inside the container. */
    public static PostgresServer inContainer() {
        return new PostgresServer(Path.of(System.getProperty("itest.pg.dir")),
                Integer.getInteger("itest.pg.port"), Path.of(System.getProperty("itest.pg.bin")));
    }

    /** Stops the server as an outage would: connections are cut, new ones refused. */
    public void stopNow() {
        runAs(isRoot(), bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    /** Starts the stopped server again on the same port and data. */
    public void startAgain() {
        runAs(isRoot(), bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public static PostgresServer start(Path parent) {
        Path bin = findBin();
        try {
            Files.createDirectories(parent);
            Path dir = Files.createTempDirectory(parent, "pg-");
            int port = ItestSupport.freePort();
            PostgresServer pg = new PostgresServer(dir, port, bin);
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "-R", "postgres", dir.toString()));
                run(List.of("chmod", "755", parent.toString()));
            }
            pg.runAs(root, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                    "--auth=trust", "-E", "UTF8", "--locale=C");
            pg.runAs(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                    "-l", dir.resolve("server.log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> pg.stop(root)));
            pg.runAs(root, bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
                    USER, DATABASE);
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL", e);
        }
    }

    private void stop(boolean root) {
        try {
            runAs(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
        } catch (RuntimeException ignored) {
            // Best effort at JVM exit.
        }
    }

    private void runAs(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("failed: " + command + "\n" + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path findBin() {
        File versions = new File("/usr/lib/postgresql");
        File[] installed = versions.listFiles();
        if (installed != null) {
            List<File> sorted = new ArrayList<>(List.of(installed));
            sorted.sort(Comparator.comparing(File::getName).reversed());
            for (File v : sorted) {
                if (new File(v, "bin/initdb").canExecute()) {
                    return v.toPath().resolve("bin");
                }
            }
        }
        throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                + "install Debian's postgresql package, or run with -Ditest.skip.postgres=true");
    }
}
