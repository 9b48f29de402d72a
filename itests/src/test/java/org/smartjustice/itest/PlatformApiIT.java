package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The platform's own REST API through HTTP: authentication, tenants, problems, audit. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformApiIT extends ItestSupport {

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configurationAdmin;

    static final String HOST_UI = "https://grid.example.gov.cn";

    /** Tests that break the security configuration on purpose make the platform say so in the log. */
    @Override
    protected List<String> expectedErrors() {
        return List.of("认证配置无效（org.smartjustice.security）", "The published demo secret is configured as hmacSecret");
    }

    @Configuration
    public Option[] config() {
        return baseOptions(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/org.smartjustice.http.cfg", "corsAllowedOrigins", HOST_UI));
    }

    @Test
    public void demoTenantsAreTheCityAndTheDistrictsOfZhengzhouWithTwoPilots() {
        JsonNode page = http.get("/api/v1/platform/tenants?size=200", Tokens.operator()).json();
        assertTrue(page.get("total").asInt() >= 16);
        Map<String, String> stages = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        page.get("items").forEach(t -> stages.put(t.get("code").asText(), t.get("stage").asText()));
        page.get("items").forEach(t -> names.put(t.get("code").asText(), t.get("name").asText()));
        assertEquals("郑州市", names.get("410100"));
        assertEquals("登封市", names.get("410185"));
        assertEquals("PILOT", stages.get("410102"));
        assertEquals("PILOT", stages.get("410122"));
        assertEquals("PLANNED", stages.get("410105"));
    }

    /**
     * The document host developers generate clients from, as a real linter judges it: Redocly
     * CLI's recommended rules (redocly.yaml) over the document of this distribution, every module
     * installed. Zero errors, zero warnings. Needs Node.js (npx); CI=true makes it required.
     */
    @Test
    public void theOpenApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        java.util.Optional<java.nio.file.Path> npx = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .map(dir -> java.nio.file.Path.of(dir, "npx")).filter(java.nio.file.Files::isExecutable).findFirst();
        if (npx.isEmpty() && Boolean.getBoolean("itest.require.redocly")) {
            throw new AssertionError("Node.js (npx) is required (CI=true) to lint the OpenAPI document");
        }
        org.junit.Assume.assumeTrue("no npx: the OpenAPI lint is skipped", npx.isPresent());
        Http.Res doc = http.get("/api/v1/openapi.json", null);
        assertEquals(200, doc.status());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("openapi-", ".json");
        java.nio.file.Path out = java.nio.file.Files.createTempFile("redocly-", ".txt");
        java.nio.file.Files.writeString(file, doc.body());
        ProcessBuilder lint = new ProcessBuilder(npx.get().toString(), "--yes", "@redocly/cli@" + System.getProperty("itest.redocly.version"),
                "lint", "--config", System.getProperty("itest.redocly.config"), "--format=summary", file.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile());
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("npm_config_update_notifier", "false");
        Process p = lint.start();
        assertTrue("Redocly CLI did not finish within 5 minutes", p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES));
        String report = java.nio.file.Files.readString(out);
        assertEquals(report, 0, p.exitValue());
        assertFalse("warnings: " + report, report.lines().anyMatch(l -> l.matches("\\s*(error|warning) .*")));
        assertTrue(report, report.contains("valid"));
    }

    /**
     * The owners describe their words: every parameter of every installed module has a description, and
     * each module's full-text {@code q} says what that module searches (the platform once described the
     * academy's search as a venue's name or address).
     */
    @Test
    public void everyParameterIsDescribedByItsOwner() {
        JsonNode paths = http.get("/api/v1/openapi.json", null).json().get("paths");
        java.util.List<String> undescribed = new java.util.ArrayList<>();
        java.util.Map<String, java.util.Set<String>> qOf = new java.util.TreeMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode parameters = op.getValue().get("parameters");
            if (parameters == null) {
                return;
            }
            parameters.forEach(p -> {
                String text = p.path("description").asText("");
                if (text.isBlank()) {
                    undescribed.add(op.getKey() + " " + path.getKey() + " " + p.get("name").asText());
                }
                java.util.regex.Matcher module = java.util.regex.Pattern.compile("^(?:/public)?/t/\\{tenant\\}/([^/]+)")
                        .matcher(path.getKey());
                if (p.get("name").asText().equals("q") && module.find()) {
                    qOf.computeIfAbsent(module.group(1), m -> new java.util.TreeSet<>()).add(text);
                }
            });
        }));
        assertEquals("parameters without a description: " + undescribed, java.util.List.of(), undescribed);
        assertTrue(qOf.toString(), qOf.keySet().containsAll(java.util.Set.of("venues", "rosters", "academy", "map")));
        assertTrue(qOf.toString(), qOf.get("academy").stream().noneMatch(t -> t.contains("阵地") || t.contains("地址")));
        assertTrue(qOf.toString(), qOf.get("rosters").stream().noneMatch(t -> t.contains("阵地")));
    }

    @Test
    public void divisionsAreServedFromTheCityDownToCommunitiesToAnySignedInCaller() {
        String worker = Tokens.of("gw-1", List.of("GRID_WORKER"), List.of("410102"));
        JsonNode city = http.get("/api/v1/platform/divisions", worker).json();
        assertEquals("410100", city.get("code").asText());
        assertEquals(15, city.get("children").size());

        Http.Res street = http.get("/api/v1/platform/divisions/410102001", worker);
        assertEquals(200, street.status());
        assertTrue(street.header("Cache-Control"), street.header("Cache-Control").contains("max-age=3600"));
        JsonNode s = street.json();
        assertEquals("林山寨街道", s.get("name").asText());
        assertEquals("STREET", s.get("level").asText());
        assertEquals("410102", s.get("parentCode").asText());
        assertEquals("410102001002", s.get("children").get(0).get("code").asText());
        assertEquals("碧沙岗社区居委会", s.get("children").get(0).get("name").asText());
        assertEquals(4, s.get("bounds").size());

        JsonNode community = http.get("/api/v1/platform/divisions/410102001002", worker).json();
        assertEquals("COMMUNITY", community.get("level").asText());
        assertEquals(0, community.get("children").size());

        assertProblem(http.get("/api/v1/platform/divisions/999999", worker), 404, "division-not-found");
        assertProblem(http.get("/api/v1/platform/divisions", null), 401, "unauthorized");
    }

    @Test
    public void missingMalformedExpiredWronglySignedAndUnsignedTokensGet401() {
        String path = "/api/v1/platform/tenants";
        Map<String, Object> expired = claims("alice", List.of("PLATFORM_OPERATOR"), List.of("*"));
        expired.put("exp", System.currentTimeMillis() / 1000 - 3600);
        Map<String, Object> valid = claims("alice", List.of("PLATFORM_OPERATOR"), List.of("*"));

        assertProblem(http.get(path, null), 401, "unauthorized");
        assertProblem(http.get(path, "not-a-jwt"), 401, "invalid-token");
        assertProblem(http.get(path, Tokens.sign("HS256", expired, Tokens.SECRET)), 401, "invalid-token");
        assertProblem(http.get(path, Tokens.sign("HS256", valid, "another-secret-that-is-also-long-enough!")), 401, "invalid-token");
        assertProblem(http.get(path, Tokens.sign("none", valid, null)), 401, "invalid-token");
        Map<String, Object> foreignIssuer = claims("alice", List.of("PLATFORM_OPERATOR"), List.of("*"));
        foreignIssuer.put("iss", "somebody-else");
        assertProblem(http.get(path, Tokens.sign("HS256", foreignIssuer, Tokens.SECRET)), 401, "invalid-token");
        assertEquals(200, http.get(path, Tokens.sign("HS256", valid, Tokens.SECRET)).status());
    }

    @Test
    public void tenantOfAnotherDistrictOrWithoutTheRoleGets403() {
        String zhongyuanAdmin = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of("410102"));
        assertProblem(http.get("/api/v1/t/410103/menu", zhongyuanAdmin), 403, "tenant-forbidden");
        assertProblem(http.get("/api/v1/platform/tenants/410103", zhongyuanAdmin), 403, "tenant-forbidden");
        assertEquals(200, http.get("/api/v1/t/410102/menu", zhongyuanAdmin).status());
        // A district admin sees only their own tenants in the list.
        JsonNode list = http.get("/api/v1/platform/tenants", zhongyuanAdmin).json();
        assertEquals(1, list.get("total").asInt());
        // Writing tenants is for operators only.
        assertProblem(http.post("/api/v1/platform/tenants", zhongyuanAdmin, "{\"code\":\"410199\",\"name\":\"测试区\"}"),
                403, "forbidden");
        assertProblem(http.get("/api/v1/platform/audit", zhongyuanAdmin), 403, "forbidden");
    }

    @Test
    public void operatorCreatesReadsAndUpdatesATenantWithOptimisticLocking() {
        String op = Tokens.operator();
        Http.Res created = http.post("/api/v1/platform/tenants", op,
                "{\"code\":\"zhengdong\",\"name\":\"郑东新区\",\"stage\":\"PILOT\"}");
        assertEquals(created.toString(), 201, created.status());
        assertTrue(created.contentType().startsWith("application/json"));
        assertTrue(created.contentType().toLowerCase().contains("charset=utf-8"));
        assertEquals("郑东新区", http.get("/api/v1/platform/tenants/zhengdong", op).json().get("name").asText());

        assertProblem(http.post("/api/v1/platform/tenants", op, "{\"code\":\"zhengdong\",\"name\":\"重复\"}"), 409, "tenant-exists");

        long version = created.json().get("version").asLong();
        Http.Res updated = http.put("/api/v1/platform/tenants/zhengdong", op,
                "{\"name\":\"郑东新区\",\"stage\":\"CITYWIDE\",\"version\":" + version + "}");
        assertEquals(updated.toString(), 200, updated.status());
        assertEquals("CITYWIDE", updated.json().get("stage").asText());
        Http.Res stale = http.put("/api/v1/platform/tenants/zhengdong", op,
                "{\"name\":\"旧的修改\",\"stage\":\"PILOT\",\"version\":" + version + "}");
        assertProblem(stale, 409, "conflict");
        assertEquals("CITYWIDE", http.get("/api/v1/platform/tenants/zhengdong", op).json().get("stage").asText());
    }

    @Test
    public void badTenantInputIsRefusedNamingTheFieldAndStoresNothing() {
        String op = Tokens.operator();
        int before = tenantCount();
        assertField(http.post("/api/v1/platform/tenants", op, "{\"code\":\"4101\""), "body");
        assertField(http.post("/api/v1/platform/tenants", op, "{\"code\":\"410199\"}"), "name");
        assertField(http.post("/api/v1/platform/tenants", op, "{\"code\":\"410199\",\"name\":\"" + "长".repeat(51) + "\"}"), "name");
        assertField(http.post("/api/v1/platform/tenants", op, "{\"code\":\"41/01\",\"name\":\"x\"}"), "code");
        // Six digits that are no district of the city are no division code.
        assertField(http.post("/api/v1/platform/tenants", op, "{\"code\":\"999999\",\"name\":\"x\"}"), "code");
        assertField(http.post("/api/v1/platform/tenants", op, "{\"code\":\"410199\",\"name\":\"x\",\"stage\":\"LIVE\"}"), "stage");
        assertField(http.post("/api/v1/platform/tenants", op, "{\"code\":\"410199\",\"name\":\"x\",\"colour\":\"red\"}"), "colour");
        assertField(http.get("/api/v1/platform/tenants?size=500", op), "size");
        assertEquals(before, tenantCount());
    }

    @Test
    public void jaxrsOwnErrorsAreProblemsWithoutInternals() {
        String op = Tokens.operator();
        assertProblem(http.get("/api/v1/platform/no-such-thing", op), 404, "not-found");
        Http.Res wrongMethod = http.send("PATCH", "/api/v1/platform/tenants", op, "application/json", "{}");
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertProblem(http.send("POST", "/api/v1/platform/tenants", op, "text/plain", "code=1"), 415, "unsupported-media-type");
        assertProblem(http.get("/api/v1/t/999999/menu", op), 404, "tenant-not-found");
        for (Http.Res r : List.of(wrongMethod, http.post("/api/v1/platform/tenants", op, "{]"))) {
            assertFalse(r.body(), r.body().contains("Exception"));
            assertFalse(r.body(), r.body().contains("at org."));
        }
    }

    @Test
    public void suspendedTenantAnswers403() {
        String op = Tokens.operator();
        http.post("/api/v1/platform/tenants", op, "{\"code\":\"suspended-district\",\"name\":\"暂停区\",\"stage\":\"SUSPENDED\"}");
        assertProblem(http.get("/api/v1/t/suspended-district/menu", op), 403, "tenant-suspended");
    }

    @Test
    public void writesAreAuditedAndTheAuditIsReadOnly() {
        String op = Tokens.operator();
        http.post("/api/v1/platform/tenants", op, "{\"code\":\"audited\",\"name\":\"审计区\"}");
        JsonNode page = http.get("/api/v1/platform/audit?principal=operator&size=200", op).json();
        boolean found = false;
        for (JsonNode e : page.get("items")) {
            if (e.get("action").asText().equals("POST platform/tenants") && "success".equals(e.get("outcome").asText())) {
                found = true;
                java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(e.get("occurredAt").asText());
                assertTrue("recorded just now: " + at,
                        java.time.Duration.between(at, java.time.OffsetDateTime.now()).abs().toMinutes() < 10);
            }
        }
        assertTrue("audit has the tenant creation: " + page, found);
        String city = Tokens.of("city", List.of("CITY_SUPERVISOR"), List.of("*"));
        assertEquals(200, http.get("/api/v1/platform/audit", city).status());
        assertEquals(405, http.delete("/api/v1/platform/audit", op).status());
        assertField(http.get("/api/v1/platform/audit?from=yesterday", op), "from");
    }

    @Test
    public void shellCommandsAddTenantsSwitchModulesAndMintWorkingTokens() throws Exception {
        String added = shell("justice:tenant-add --stage PILOT shell-district 命令行区");
        assertTrue(added, added.contains("shell-district"));
        assertTrue(shell("justice:tenant-list").contains("命令行区"));
        String modules = shell("justice:module-list");
        assertTrue(modules, modules.lines().anyMatch(l -> l.contains("venues") && l.contains("410102")));

        String token = shell("justice:token --sub shell-user --roles DISTRICT_ADMIN --tenants shell-district").trim();
        Http.Res menu = http.get("/api/v1/t/shell-district/menu", token);
        assertEquals(menu.toString(), 200, menu.status());
        assertProblem(http.get("/api/v1/t/410102/menu", token), 403, "tenant-forbidden");

        assertProblem(http.get("/api/v1/t/shell-district/venues", token), 404, "module-not-enabled");
        assertTrue(shell("justice:module-enable shell-district venues").contains("enabled"));
        assertEquals(200, http.get("/api/v1/t/shell-district/venues", token).status());
        shell("justice:module-disable shell-district venues");
        assertProblem(http.get("/api/v1/t/shell-district/venues", token), 404, "module-not-enabled");

        JsonNode audit = http.get("/api/v1/platform/audit?principal=shell&tenant=shell-district", Tokens.operator()).json();
        assertEquals(3, audit.get("total").asInt());
    }

    private String shell(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void oddPathFormsAreCheckedLikeThePlainFormOrRefused() {
        String zhongmu = Tokens.of("zm-admin", List.of("DISTRICT_ADMIN"), List.of("410122"));
        String zhongyuan = Tokens.of("zy-admin", List.of("DISTRICT_ADMIN"), List.of("410102"));
        // Matrix parameters are refused wherever they stand.
        for (String path : List.of("/api/v1/t;x/410102/menu", "/api/v1/t;x/410102/venues",
                "/api/v1/t/410102;x=1/menu", "/api/v1/t/410102/venues;x", "/api/v1/t/410102%2Fvenues",
                "/api/v1/t/410102%00/menu", "/api/v1/public;x/t/410102/map/collections",
                "/api/v1/public/t;x/410102/map/collections", "/api/v1/public/t/410102;x/map/collections",
                "/api/v1/platform;x/tenants/410102")) {
            for (String token : List.of(zhongmu, zhongyuan)) {
                // Ours (bad-path), or Jetty's own refusal of an ambiguous encoding (bad-request).
                Http.Res r = http.get(path, token);
                assertEquals(r.toString(), 400, r.status());
                assertTrue(r.toString(), r.contentType().startsWith("application/problem+json"));
                assertTrue(r.toString(), List.of("bad-path", "bad-request").contains(r.json().get("type").asText()));
            }
        }
        // Empty and dot segments: refused by us, or normalised by Jetty first and then checked as the plain form.
        for (String path : List.of("/api/v1//t/410102/menu", "/api/v1/t//410102/venues", "/api/v1/t/./410102/menu",
                "/api/v1/t/%2e/410102/venues")) {
            Http.Res other = http.get(path, zhongmu);
            assertTrue(path + " " + other, other.status() == 400 || other.status() == 403);
            Http.Res own = http.get(path, zhongyuan);
            assertTrue(path + " " + own, own.status() == 400 || own.status() == 200);
        }
        // Encoded characters and trailing dots read as the matcher reads them, and are checked so.
        assertProblem(http.get("/api/v1/t/4101%302/menu", zhongmu), 403, "tenant-forbidden");
        assertProblem(http.get("/api/v1/t/4101%302/venues", zhongmu), 403, "tenant-forbidden");
        assertEquals(200, http.get("/api/v1/t/4101%302/menu", zhongyuan).status());
        assertProblem(http.get("/api/v1/t/410102./menu", zhongyuan), 404, "tenant-not-found");
        assertProblem(http.get("/api/v1/public/t/410102./map/collections", null), 404, "tenant-not-found");
        // Writes too, and nothing changes.
        assertProblem(http.send("DELETE", "/api/v1/t;x/410102/venues/x", zhongmu, null, null), 400, "bad-path");
    }

    @Test
    public void aTokenActsOnlyForTheTenantsItNamesOnPlatformEndpointsToo() {
        String op = Tokens.operator();
        String zhongmuOperator = Tokens.of("zm-operator", List.of("PLATFORM_OPERATOR"), List.of("410122"));
        String zhongmuCity = Tokens.of("zm-city", List.of("CITY_SUPERVISOR"), List.of("410122"));
        JsonNode before = http.get("/api/v1/platform/tenants/410102", op).json();
        String versioned = "{\"name\":\"改名\",\"stage\":\"SUSPENDED\",\"version\":" + before.get("version").asLong() + "}";

        assertProblem(http.get("/api/v1/platform/tenants/410102", zhongmuOperator), 403, "tenant-forbidden");
        assertProblem(http.put("/api/v1/platform/tenants/410102", zhongmuOperator, versioned), 403, "tenant-forbidden");
        assertProblem(http.get("/api/v1/platform/tenants/410102/modules", zhongmuOperator), 403, "tenant-forbidden");
        assertProblem(http.put("/api/v1/platform/tenants/410102/modules/venues", zhongmuOperator, ""), 403, "forbidden");
        assertProblem(http.delete("/api/v1/platform/tenants/410102/modules/venues", zhongmuOperator), 403, "forbidden");
        assertProblem(http.post("/api/v1/platform/tenants", zhongmuOperator,
                "{\"code\":\"410198\",\"name\":\"越权区\"}"), 403, "tenant-forbidden");
        assertProblem(http.get("/api/v1/platform/audit?tenant=410102", zhongmuCity), 403, "tenant-forbidden");
        assertProblem(http.get("/api/v1/platform/audit?tenant=410102", zhongmuOperator), 403, "tenant-forbidden");

        JsonNode after = http.get("/api/v1/platform/tenants/410102", op).json();
        assertEquals(before.get("name"), after.get("name"));
        assertEquals(before.get("stage"), after.get("stage"));
        assertEquals(before.get("version"), after.get("version"));
        assertProblem(http.get("/api/v1/platform/tenants/410198", op), 404, "tenant-not-found");
        assertEquals(200, http.get("/api/v1/t/410102/venues", op).status());

        // Without a tenant filter, the audit of a one-district token holds that district's records only.
        http.put("/api/v1/platform/tenants/410122/modules/venues", zhongmuOperator, "");
        JsonNode own = http.get("/api/v1/platform/audit?size=200", zhongmuCity).json();
        assertTrue(own.toString(), own.get("total").asInt() > 0);
        own.get("items").forEach(e -> assertEquals(e.toString(), "410122", e.get("tenant").asText()));
    }

    @Test
    public void claimsOfTheWrongTypeAreRefusedAndATokenWithoutAKnownRoleReadsOnlyPublicEndpoints() {
        Map<String, Object> tenantsAsString = claims("s", List.of("PLATFORM_OPERATOR"), List.of());
        tenantsAsString.put("tenants", "*");
        Map<String, Object> rolesAsString = claims("s", List.of(), List.of("*"));
        rolesAsString.put("roles", "PLATFORM_OPERATOR,EDITOR");
        Map<String, Object> forever = claims("s", List.of("PLATFORM_OPERATOR"), List.of("*"));
        forever.put("exp", 253402214400L);
        Map<String, Object> numericName = claims("s", List.of("PLATFORM_OPERATOR"), List.of("*"));
        numericName.put("name", 42);
        for (Map<String, Object> bad : List.of(tenantsAsString, rolesAsString, forever, numericName)) {
            assertProblem(http.get("/api/v1/platform/tenants", Tokens.sign("HS256", bad, Tokens.SECRET)), 401,
                    "invalid-token");
        }
        for (List<String> roles : List.of(List.<String>of(), List.of("HOST_SUPERUSER"))) {
            String roleless = Tokens.of("nobody", roles, List.of("*"));
            assertProblem(http.get("/api/v1/t/410102/venues", roleless), 403, "no-role");
            assertProblem(http.get("/api/v1/t/410102/venues/export?format=csv", roleless), 403, "no-role");
            assertProblem(http.get("/api/v1/platform/tenants", roleless), 403, "no-role");
            assertProblem(http.get("/api/v1/t/410102/menu", roleless), 403, "no-role");
            assertEquals(200, http.get("/api/v1/public/t/410102/map/collections", roleless).status());
        }
    }

    @Test
    public void refusalsAndRolloutWritesAreAuditedWithTheirCallerAndTenant() {
        String op = Tokens.operator();
        String zhongmu = Tokens.of("zm-auditee", List.of("DISTRICT_ADMIN"), List.of("410122"));
        assertProblem(http.post("/api/v1/t/410102/venues", zhongmu, "{}"), 403, "tenant-forbidden");
        JsonNode refused = http.get("/api/v1/platform/audit?principal=zm-auditee", op).json();
        assertEquals(refused.toString(), 1, refused.get("total").asInt());
        assertEquals("410102", refused.get("items").get(0).get("tenant").asText());
        assertEquals("failure", refused.get("items").get(0).get("outcome").asText());

        http.put("/api/v1/platform/tenants/410105/modules/venues", op, "");
        http.delete("/api/v1/platform/tenants/410105/modules/venues", op);
        http.post("/api/v1/platform/tenants", op, "{\"code\":\"audit-created\",\"name\":\"审计新建区\"}");
        JsonNode rollout = http.get("/api/v1/platform/audit?tenant=410105&principal=operator", op).json();
        assertEquals(rollout.toString(), 2, rollout.get("total").asInt());
        JsonNode created = http.get("/api/v1/platform/audit?tenant=audit-created", op).json();
        assertEquals(created.toString(), 1, created.get("total").asInt());
    }

    @Test
    public void crossOriginCallsAreForTheConfiguredOriginsOnlyAndPreflightsNeedNoToken() {
        Http.Res preflight = http.send("OPTIONS", "/api/v1/t/410102/venues", null, null, null);
        // Without Origin it is no preflight: an ordinary unauthenticated request.
        assertEquals(401, preflight.status());
        Http.Res allowed = http.get("/api/v1/t/410102/venues", null, "Origin", HOST_UI);
        assertEquals(HOST_UI, allowed.header("Access-Control-Allow-Origin"));
        String answer = http.raw("OPTIONS /api/v1/t/410102/venues HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: " + HOST_UI
                + "\r\nAccess-Control-Request-Method: PUT\r\nAccess-Control-Request-Headers: authorization, if-match\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer, answer.startsWith("HTTP/1.1 204"));
        assertTrue(answer, answer.contains("Access-Control-Allow-Origin: " + HOST_UI));
        assertTrue(answer, answer.contains("Access-Control-Allow-Methods: ") && answer.contains("PUT"));
        assertTrue(answer, answer.contains("Access-Control-Allow-Headers: ") && answer.contains("If-Match"));
        String refused = http.raw("OPTIONS /api/v1/t/410102/venues HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: https://evil.example\r\nAccess-Control-Request-Method: GET\r\nConnection: close\r\n\r\n");
        assertTrue(refused, refused.startsWith("HTTP/1.1 403"));
        assertFalse(refused, refused.contains("Access-Control-Allow-Origin"));
        Http.Res other = http.get("/api/v1/platform/tenants", Tokens.operator(), "Origin", "https://evil.example");
        assertEquals(200, other.status());
        assertEquals(null, other.header("Access-Control-Allow-Origin"));
        Http.Res mine = http.get("/api/v1/platform/tenants", Tokens.operator(), "Origin", HOST_UI);
        assertEquals(HOST_UI, mine.header("Access-Control-Allow-Origin"));
        assertTrue(mine.header("Access-Control-Expose-Headers").contains("ETag"));
    }

    @Test
    public void everyAnswerUnderApiIsAProblemOrJsonWithoutInternals() {
        assertEquals("nosniff", http.get("/api/v1/platform/health", null).header("X-Content-Type-Options"));
        assertEquals("nosniff", http.get("/api/v1/platform/tenants", null).header("X-Content-Type-Options"));
        // Answers to a token are the caller's: not kept on the way.
        for (String path : List.of("/api/v1/platform/audit?size=1", "/api/v1/t/410102/menu", "/api/v1/platform/tenants")) {
            assertEquals(path, "no-store", http.get(path, Tokens.operator()).header("Cache-Control"));
        }
        // Jetty's own refusals.
        for (String request : List.of(
                "GET /api/v1/t/410102/<script> HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /api/v1/platform/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /api/v1/platform/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000)
                        + "\r\nConnection: close\r\n\r\n",
                "GET /api/v1/platform/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n",
                "GET /api/v1/platform/health?x=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /api/v1/public/t/410102/map/collections/venues/items?q=% HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) {
            String answer = http.raw(request);
            int status = Integer.parseInt(answer.substring(9, 12));
            assertTrue(answer, status >= 400 && status < 500);
            assertTrue(answer, answer.contains("Content-Type: application/problem+json"));
            assertTrue(answer, answer.contains("X-Content-Type-Options: nosniff"));
            assertTrue(answer, answer.contains("\"status\":" + status));
            assertFalse(answer, answer.contains("<html") || answer.contains("Exception") || answer.contains("Jetty"));
        }
        // A host token of 10 KB fits in the headers: refused for its signature, not for its size.
        assertProblem(http.get("/api/v1/platform/tenants", "x".repeat(10_000)), 401, "invalid-token");
        // A charset that does not exist, on every method.
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            Http.Res bogus = http.send(method, "/api/v1/platform/tenants/410102", Tokens.operator(),
                    "application/json; charset=bogus", "{}");
            assertProblem(bogus, 415, "unsupported-media-type");
        }
        // No service description but the OpenAPI document.
        Http.Res wadl = http.get("/api/v1/platform/tenants?_wadl", null);
        assertProblem(wadl, 401, "unauthorized");
        assertTrue(http.get("/api/v1/openapi.json?_wadl", null).body().startsWith("{"));
        // Redirects name no host taken from the request.
        String redirect = http.raw("GET /api/v1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertFalse(redirect, redirect.contains("evil.example"));
    }

    @Test
    public void theDemoSecretIsRefusedWhenTheDemoProfileIsOffAndHealthSaysSo() throws Exception {
        org.osgi.service.cm.Configuration security = configurationAdmin.getConfiguration("org.smartjustice.security", null);
        org.osgi.service.cm.Configuration demo = configurationAdmin.getConfiguration("org.smartjustice.demo", null);
        java.util.Dictionary<String, Object> securityBefore = security.getProperties();
        java.util.Dictionary<String, Object> demoBefore = demo.getProperties();
        String demoSecret = "smartjustice-demo-secret-for-local-use-only-2026";
        Map<String, Object> claims = claims("demo-user", List.of("PLATFORM_OPERATOR"), List.of("*"));
        String demoToken = Tokens.sign("HS256", claims, demoSecret);
        try {
            java.util.Hashtable<String, Object> withDemoSecret = copy(securityBefore);
            withDemoSecret.put("hmacSecret", demoSecret);
            security.update(withDemoSecret);
            java.util.Hashtable<String, Object> demoOff = copy(demoBefore);
            demoOff.put("enabled", "false");
            demo.update(demoOff);
            eventually("health warns of the demo secret", 15_000, () -> http.get("/api/v1/platform/health", null).json()
                    .get("checks").get("authentication").get("status").asText().equals("WARNING"));
            assertProblem(http.get("/api/v1/platform/tenants", demoToken), 401, "invalid-token");
            assertEquals(200, http.get("/api/v1/platform/health", null).status());

            java.util.Hashtable<String, Object> demoOn = copy(demoBefore);
            demoOn.put("enabled", "true");
            demo.update(demoOn);
            eventually("the demo secret works with the demo profile on", 15_000,
                    () -> http.get("/api/v1/platform/tenants", demoToken).status() == 200);
        } finally {
            security.update(securityBefore);
            demo.update(demoBefore);
            eventually("test tokens work again", 15_000,
                    () -> http.get("/api/v1/platform/tenants", Tokens.operator()).status() == 200);
        }
    }

    @Test
    public void anUnusableSecurityConfigurationAnswers503AndNeverServesWithoutAuthentication() throws Exception {
        org.osgi.service.cm.Configuration security = configurationAdmin.getConfiguration("org.smartjustice.security", null);
        java.util.Dictionary<String, Object> before = security.getProperties();
        try {
            java.util.Hashtable<String, Object> shortSecret = copy(before);
            shortSecret.put("hmacSecret", "too-short");
            security.update(shortSecret);
            eventually("authenticated requests answer 503", 15_000,
                    () -> http.get("/api/v1/platform/tenants", Tokens.operator()).status() == 503);
            for (String path : List.of("/api/v1/platform/tenants", "/api/v1/t/410102/venues", "/api/v1/t/410102/menu")) {
                Http.Res r = http.get(path, Tokens.operator());
                assertProblem(r, 503, "platform-not-ready");
                assertTrue(r.toString(), r.header("Retry-After") != null);
                assertProblem(http.get(path, null), 503, "platform-not-ready");
            }
            assertEquals("WARNING", http.get("/api/v1/platform/health", null).json().get("checks")
                    .get("authentication").get("status").asText());
            assertEquals(200, http.get("/api/v1/public/t/410102/map/collections", null).status());
        } finally {
            // Karaf's file install writes each update back to etc/ and may read an earlier write back after
            // this one: apply the itests' configuration again until it holds.
            java.util.Hashtable<String, Object> original = copy(before);
            original.put("hmacSecret", Tokens.SECRET);
            original.put("issuer", Tokens.ISSUER);
            long deadline = System.currentTimeMillis() + 60_000;
            boolean restored = false;
            while (!restored && System.currentTimeMillis() < deadline) {
                security.update(original);
                long until = System.currentTimeMillis() + 5_000;
                while (!restored && System.currentTimeMillis() < until) {
                    restored = http.get("/api/v1/platform/tenants", Tokens.operator()).status() == 200;
                    Thread.sleep(100);
                }
            }
            assertTrue("tokens work again", restored);
        }
    }

    private static java.util.Hashtable<String, Object> copy(java.util.Dictionary<String, Object> properties) {
        java.util.Hashtable<String, Object> copy = new java.util.Hashtable<>();
        if (properties != null) {
            for (java.util.Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                copy.put(key, properties.get(key));
            }
        }
        return copy;
    }

    @Test
    public void healthIsAnonymous() {
        Http.Res r = http.get("/api/v1/platform/health", null);
        assertEquals(200, r.status());
        assertEquals("UP", r.json().get("status").asText());
    }

    private int tenantCount() {
        return http.get("/api/v1/platform/tenants?size=1", Tokens.operator()).json().get("total").asInt();
    }

    static Map<String, Object> claims(String sub, List<String> roles, List<String> tenants) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", sub);
        claims.put("roles", roles);
        claims.put("tenants", tenants);
        claims.put("iss", Tokens.ISSUER);
        claims.put("exp", System.currentTimeMillis() / 1000 + 600);
        return claims;
    }

    static void assertProblem(Http.Res r, int status, String type) {
        assertEquals(r.toString(), status, r.status());
        assertTrue(r.toString(), r.contentType().startsWith("application/problem+json"));
        JsonNode body = r.json();
        assertEquals(r.toString(), type, body.get("type").asText());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("title").asText().isEmpty());
    }

    static void assertField(Http.Res r, String field) {
        assertProblem(r, 400, "validation-failed");
        boolean named = false;
        for (JsonNode e : r.json().get("errors")) {
            named |= field.equals(e.get("field").asText());
        }
        assertTrue(r + " should name " + field, named);
    }
}
