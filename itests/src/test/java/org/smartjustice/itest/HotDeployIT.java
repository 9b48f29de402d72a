package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Hot deploy (DESIGN §3): installing a module's feature makes its endpoints and menu entries
 * appear, uninstalling makes them disappear, with no restart and no failed request elsewhere;
 * enablement is per tenant, persisted, and guarded by role and tenant.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends ItestSupport {

    private static final String NOTES = "/api/v1/t/%s/sample/notes";
    private static final String OPENAPI = "/api/v1/openapi.json";
    private static final String SAMPLE_PATH = "/t/{tenant}/sample/notes";

    @Inject
    private BundleContext bundleContext;

    private final String op = Tokens.operator();

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Test
    public void installUninstallReinstallWithoutRestartOrFailedRequests() throws Exception {
        String pilot = Tokens.of("pilot-worker", List.of("GRID_WORKER"), List.of("410102"));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread client = new Thread(() -> {
            while (running.get()) {
                // The platform and the other modules (DESIGN §3: no failed request to other modules meanwhile).
                for (String path : List.of("/api/v1/platform/tenants?size=1", "/api/v1/t/410102/menu", "/api/v1/platform/modules",
                        OPENAPI, "/api/v1/t/410102/venues?size=1", "/api/v1/public/t/410102/map/collections/venues/items?limit=5")) {
                    try {
                        Http.Res r = http.get(path, op);
                        if (r.status() != 200) {
                            failures.add(path + " -> " + r);
                        }
                    } catch (RuntimeException e) {
                        failures.add(path + " -> " + e);
                    }
                    calls.incrementAndGet();
                }
            }
        }, "concurrent-client");
        JsonNode document = openApi();
        assertTrue(document.get("openapi").asText(), document.get("openapi").asText().startsWith("3."));
        assertTrue(paths(document).toString(), paths(document).contains("/platform/tenants"));
        client.start();
        try {
            for (int cycle = 0; cycle < 2; cycle++) {
                SampleModule.install();
                eventually("sample endpoint answers", 30_000,
                        () -> http.get(String.format(NOTES, "410102"), pilot).status() == 200);
                assertTrue(menuIds("410102", pilot).contains("sample"));
                assertTrue(moduleIds().contains("sample"));
                // The OpenAPI document follows: the module's paths appear with it...
                JsonNode withSample = openApi();
                List<String> paths = paths(withSample);
                assertTrue(paths.toString(), paths.containsAll(List.of("/platform/tenants", SAMPLE_PATH,
                        "/public/t/{tenant}/sample/hello")));
                assertTrue(withSample.get("paths").get(SAMPLE_PATH).has("post"));
                // A module's second resource is served beside the first, and described too.
                assertTrue(paths.toString(), paths.contains("/t/{tenant}/sample/about"));
                Http.Res about = http.get("/api/v1/t/410102/sample/about", pilot);
                assertEquals(about.toString(), 200, about.status());
                assertEquals("410102", about.json().get("tenant").asText());
                assertEquals(200, http.get(String.format(NOTES, "410102"), pilot).status());

                SampleModule.uninstall();
                eventually("sample endpoint gone", 30_000,
                        () -> http.get(String.format(NOTES, "410102"), pilot).status() == 404);
                assertProblem(http.get("/api/v1/t/410102/sample/about", pilot), 404, "not-found");
                assertFalse(menuIds("410102", pilot).contains("sample"));
                assertFalse(moduleIds().contains("sample"));
                // ...and go with it.
                paths = paths(openApi());
                assertTrue(paths.toString(), paths.contains("/platform/tenants"));
                assertTrue(paths.toString(), paths.stream().noneMatch(p -> p.contains("/sample/")));
            }
            SampleModule.install();
            eventually("sample endpoint back", 30_000,
                    () -> http.get(String.format(NOTES, "410102"), pilot).status() == 200);
        } finally {
            running.set(false);
            client.join(10_000);
        }
        assertTrue("the concurrent client made calls: " + calls.get(), calls.get() > 10);
        assertEquals("failed requests during hot deploy: " + failures, 0, failures.size());
    }

    @Test
    public void enablementIsPerTenantGuardedAndSurvivesARestart() throws Exception {
        SampleModule.install();
        eventually("sample installed", 30_000, () -> moduleIds().contains("sample"));
        String erqiAdmin = Tokens.of("erqi-admin", List.of("DISTRICT_ADMIN"), List.of("410103"));
        String zhongyuanAdmin = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of("410102"));
        String erqiWorker = Tokens.of("erqi-worker", List.of("GRID_WORKER"), List.of("410103"));

        // Installed but not enabled for 二七区: 404 module-not-enabled and no menu entry.
        assertProblem(http.get(String.format(NOTES, "410103"), erqiAdmin), 404, "module-not-enabled");
        assertFalse(menuIds("410103", erqiAdmin).contains("sample"));

        // Only operators, or the district's own admin, may switch it on.
        assertProblem(http.put("/api/v1/platform/tenants/410103/modules/sample", zhongyuanAdmin, null), 403, "forbidden");
        assertProblem(http.put("/api/v1/platform/tenants/410103/modules/sample", erqiWorker, null), 403, "forbidden");
        assertProblem(http.put("/api/v1/platform/tenants/410103/modules/nonexistent", op, null), 404, "module-not-installed");
        Http.Res enabled = http.put("/api/v1/platform/tenants/410103/modules/sample", erqiAdmin, null);
        assertEquals(enabled.toString(), 200, enabled.status());
        assertTrue(enabled.json().get("enabled").asBoolean());

        assertEquals(200, http.get(String.format(NOTES, "410103"), erqiWorker).status());
        // Role-filtered menu: the admin sub-entry is for district admins only.
        assertTrue(menuIds("410103", erqiAdmin).containsAll(List.of("sample", "sample.admin")));
        List<String> workerMenu = menuIds("410103", erqiWorker);
        assertTrue(workerMenu.contains("sample"));
        assertFalse(workerMenu.contains("sample.admin"));
        // Other districts are unaffected.
        assertProblem(http.get(String.format(NOTES, "410104"), op), 404, "module-not-enabled");
        JsonNode modules = http.get("/api/v1/platform/modules", op).json();
        for (JsonNode m : modules) {
            if (m.get("id").asText().equals("sample")) {
                List<String> tenants = new ArrayList<>();
                m.get("enabledTenants").forEach(t -> tenants.add(t.asText()));
                assertTrue(tenants.toString(), tenants.contains("410103"));
                assertFalse(tenants.toString(), tenants.contains("410104"));
                assertFalse(m.get("version").asText().isEmpty());
            }
        }

        // The decision is data: it survives a restart of the platform.
        Bundle platform = platformBundle();
        platform.stop();
        platform.start();
        awaitPlatform();
        eventually("sample still enabled for 410103 after restart", 30_000,
                () -> http.get(String.format(NOTES, "410103"), erqiWorker).status() == 200);

        // Switching it off again.
        assertEquals(204, http.delete("/api/v1/platform/tenants/410103/modules/sample", erqiAdmin).status());
        assertProblem(http.get(String.format(NOTES, "410103"), erqiWorker), 404, "module-not-enabled");
        assertFalse(menuIds("410103", erqiAdmin).contains("sample"));
    }

    /** The OpenAPI document, fetched anonymously as any client would. */
    private JsonNode openApi() {
        Http.Res r = http.get(OPENAPI, null);
        assertEquals(r.toString(), 200, r.status());
        assertTrue(r.contentType(), r.contentType().startsWith("application/json"));
        return r.json();
    }

    private static List<String> paths(JsonNode document) {
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    private Bundle platformBundle() {
        for (Bundle b : bundleContext.getBundles()) {
            if ("org.smartjustice.platform".equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("platform bundle not found");
    }

    private List<String> menuIds(String tenant, String token) {
        Http.Res r = http.get("/api/v1/t/" + tenant + "/menu", token);
        assertEquals(r.toString(), 200, r.status());
        List<String> ids = new ArrayList<>();
        r.json().forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private List<String> moduleIds() {
        List<String> ids = new ArrayList<>();
        http.get("/api/v1/platform/modules", op).json().forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }
}
