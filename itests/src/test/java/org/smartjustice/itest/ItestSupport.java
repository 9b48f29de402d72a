package org.smartjustice.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.apache.karaf.features.FeaturesService;
import org.junit.After;
import org.junit.Before;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots our own distribution (karaf-assembly) in Pax Exam, on a free HTTP port, with a test
 * signing key, and talks to it over real HTTP.
 */
public abstract class ItestSupport {

    public static final String SECURITY = "etc/org.smartjustice.security.cfg";
    public static final String DATASOURCE = "etc/org.ops4j.datasource-justice.cfg";

    protected Option[] baseOptions(Option... extra) {
        String distribution = System.getProperty("itest.distribution");
        String repo = System.getProperty("itest.maven.repo");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .karafVersion(System.getProperty("itest.karaf.version"))
                        .name("Smart Justice")
                        .unpackDirectory(new File(System.getProperty("itest.build.dir"), "exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevelOption.LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
                editConfigurationFilePut(SECURITY, "hmacSecret", Tokens.SECRET),
                editConfigurationFilePut(SECURITY, "issuer", Tokens.ISSUER),
                // Tests make their own venues; the demo venues are tested on their own (VenuesIT).
                editConfigurationFilePut("etc/org.smartjustice.venues.demo.cfg", "enabled", "false"),
                editConfigurationFilePut("etc/org.smartjustice.rosters.demo.cfg", "enabled", "false"),
                editConfigurationFilePut("etc/org.smartjustice.academy.demo.cfg", "enabled", "false"),
                editConfigurationFilePut("etc/org.smartjustice.supervision.demo.cfg", "enabled", "false"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                systemProperty("itest.http.port").value(String.valueOf(HTTP_PORT)),
                systemProperty("itest.require.chromium").value(String.valueOf("true".equals(System.getProperty("itest.require.chromium")))),
                systemProperty("itest.sample.features").value(System.getProperty("itest.sample.features", "")),
                systemProperty("itest.redocly.version").value(System.getProperty("itest.redocly.version", "")),
                systemProperty("itest.redocly.config").value(System.getProperty("itest.redocly.config", "")),
                systemProperty("itest.require.redocly").value(String.valueOf("true".equals(System.getProperty("itest.require.redocly"))))));
        if (Boolean.getBoolean("itest.keep")) {
            // -Ditest.keep=true keeps target/exam/<id> (logs, data) for a post-mortem.
            options.add(keepRuntimeFolder());
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /** The distribution's HTTP port, for every test; ready when a test starts. */
    protected Http http;

    /** Runs before the @Before methods of the test classes (JUnit runs a superclass's first). */
    @Before
    public void awaitPlatformReady() throws InterruptedException {
        http = http();
        awaitPlatform();
    }

    /**
     * ERROR lines of the container's log that are known and harmless. Felix cannot extract a jar
     * that Aries JAX-RS embeds, whose central directory it finds odd ("CEN header", third-party;
     * the bundle works from its own class path). And in the Pax Exam container only, bundle events
     * reach a specs activator that cannot load Karaf's OsgiLocator (NoClassDefFoundError, then a
     * FrameworkEvent ERROR): the same feature operations on the distribution itself log neither.
     */
    static final List<String> EXPECTED_EVERYWHERE = List.of("CEN header", "Unable to extract embedded JAR file",
            "org/apache/karaf/specs/locator/OsgiLocator", "| FrameworkEvent ERROR");

    /**
     * Known upstream bugs, tolerated only where the ERROR line and a frame of its stack both match, so
     * that the same exception from our code, or from another version, still fails the test.
     */
    record KnownUpstream(String line, String frame, String reason) {
    }

    static final List<KnownUpstream> KNOWN_UPSTREAM = List.of(new KnownUpstream(
            "EventDispatcher: Error during dispatch. (java.util.ConcurrentModificationException)",
            "(OSGi.java:734)",
            "ARIES-2065: component-dsl 1.2.2 (the newest release, which Aries JAX-RS Whiteboard 2.0.2, also the newest,"
                    + " needs) keeps the whiteboard's services per name in a plain HashMap (OSGi.splitBy) that two threads"
                    + " registering JAX-RS services at boot can change at once; fixed only on component-dsl's unreleased"
                    + " master. Seen once in six boots. The platform's WhiteboardWatch restarts the whiteboard when a"
                    + " service stays lost; one that is not mended still fails the tests with a 404 or 503."));

    /** Where this class has read the container's log up to (one class per JVM, from the boot on). */
    private static long logRead;

    /** ERROR lines a test class provokes on purpose, as parts of the line; none by default. */
    protected List<String> expectedErrors() {
        return List.of();
    }

    /**
     * A test fails when the container logged an ERROR during it (or during the boot, for the first
     * test) that is neither expected everywhere nor by the class: an error nobody looked at is a bug
     * the answers did not show.
     */
    @After
    public void noUnexpectedErrorsInTheLog() throws IOException {
        String data = System.getProperty("karaf.data");
        if (data == null) {
            return;
        }
        java.nio.file.Path log = java.nio.file.Path.of(data, "log", "karaf.log");
        if (!java.nio.file.Files.exists(log)) {
            return;
        }
        List<String> unexpected = new ArrayList<>();
        try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(log.toFile(), "r")) {
            if (in.length() < logRead) {
                logRead = 0;
            }
            in.seek(logRead);
            byte[] rest = new byte[(int) Math.min(in.length() - logRead, 64L * 1024 * 1024)];
            in.readFully(rest);
            logRead += rest.length;
            String[] lines = new String(rest, java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.contains("| ERROR |") && EXPECTED_EVERYWHERE.stream().noneMatch(line::contains)
                        && expectedErrors().stream().noneMatch(line::contains) && !knownUpstream(lines, i)) {
                    unexpected.add(line);
                    // The exception and its first frames, so that a failure in CI tells its cause.
                    for (int j = i + 1; j < lines.length && j <= i + 12 && !lines[j].contains(" | "); j++) {
                        unexpected.add(lines[j]);
                    }
                }
            }
        }
        if (!unexpected.isEmpty()) {
            throw new AssertionError("unexpected ERROR in the container's log:\n" + String.join("\n", unexpected));
        }
    }

    /** Whether the ERROR at {@code lines[i]} is a {@link #KNOWN_UPSTREAM} bug: its line and a frame of its stack match. */
    static boolean knownUpstream(String[] lines, int i) {
        int end = i + 1;
        while (end < lines.length && !lines[end].contains(" | ")) {
            end++;
        }
        List<String> stack = java.util.Arrays.asList(lines).subList(i + 1, end);
        return KNOWN_UPSTREAM.stream().anyMatch(k -> lines[i].contains(k.line())
                && stack.stream().anyMatch(frame -> frame.contains(k.frame())));
    }

    /** Chosen once per test JVM (one JVM per test class) and handed to the container. */
    private static final int HTTP_PORT = freePort();

    protected static Http http() {
        return new Http(Integer.getInteger("itest.http.port"));
    }

    protected static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the platform answers an authenticated call, so tests start on a ready container. */
    protected static void awaitPlatform() throws InterruptedException {
        if (platformDown != null) {
            // One container per class: the next test would wait as long again for the same container.
            throw new AssertionError(platformDown);
        }
        try {
            awaitOk(http(), "/api/v1/platform/tenants?size=1", Tokens.operator(), 120_000, () -> true);
        } catch (AssertionError e) {
            platformDown = e.getMessage() + "\nbundles not active: " + bundlesNotActive();
            throw new AssertionError(platformDown);
        }
        if (!settled) {
            awaitWhiteboardSettled();
            settled = true;
        }
    }

    private static boolean settled;
    private static String platformDown;

    /** What a container that never came up has not started, for the failure's message. */
    private static String bundlesNotActive() {
        List<String> names = new ArrayList<>();
        for (org.osgi.framework.Bundle b : org.osgi.framework.FrameworkUtil.getBundle(ItestSupport.class).getBundleContext()
                .getBundles()) {
            boolean fragment = b.getHeaders().get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
            if (b.getState() != org.osgi.framework.Bundle.ACTIVE && !fragment) {
                names.add(b.getSymbolicName() + " (state " + b.getState() + ")");
            }
        }
        return names.toString();
    }

    /**
     * Waits until the JAX-RS whiteboard has had no change for a second. While the container starts,
     * resources keep arriving after the first answers, and the whiteboard rebuilds the application
     * for each: a request in between gets CXF's own "No service was found" page. A test that sends
     * its first request then would fail for a reason that is not its own.
     */
    protected static void awaitWhiteboardSettled() throws InterruptedException {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(ItestSupport.class)
                .getBundleContext();
        long deadline = System.currentTimeMillis() + 60_000;
        Object last = null;
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            org.osgi.framework.ServiceReference<?> runtime = context.getServiceReference(
                    "org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime");
            Object count = runtime == null ? null : runtime.getProperty("service.changecount");
            if (count == null || !count.equals(last)) {
                last = count;
                since = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - since >= 1_000) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the JAX-RS whiteboard kept changing for a minute (change count " + last + ")");
    }

    /** Waits until the path answers 200, failing early when the server is gone ({@code alive} false). */
    static void awaitOk(Http http, String path, String token, long millis, java.util.function.BooleanSupplier alive)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new AssertionError("the server is gone while waiting for " + path + ": " + last);
            }
            try {
                Http.Res r = http.get(path, token);
                if (r.status() == 200) {
                    return;
                }
                last = r.toString();
            } catch (IllegalStateException notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer 200: " + last);
    }

    /** Polls until the condition holds or the time is up; for effects that follow service events. */
    protected static void eventually(String what, long millis, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    /**
     * The service as registered now, not as it was when the test started: pax-jdbc-config
     * replaces the DataSource (closing the old pool) when its configuration is read again early
     * after boot, and Karaf re-creates its FeaturesService (shutting the old one's executor) when
     * its own configuration arrives; an injected reference can be such a closed one.
     */
    protected static <T> T service(Class<T> type, String filter) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ItestSupport.class).getBundleContext();
        String objectClass = "(objectClass=" + type.getName() + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context,
                context.createFilter(filter == null ? objectClass : "(&" + objectClass + filter + ")"), null);
        tracker.open();
        try {
            T service = tracker.waitForService(30_000);
            if (service == null) {
                throw new AssertionError("no " + type.getName() + (filter == null ? "" : " " + filter));
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    protected static DataSource dataSource() throws Exception {
        return service(DataSource.class, "(osgi.jndi.service.name=justice)");
    }

    protected static FeaturesService features() throws Exception {
        return service(FeaturesService.class, null);
    }
}
