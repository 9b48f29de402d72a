package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertField;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

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
 * A module's data through the platform's persistence, on the embedded database: every row
 * belongs to one tenant and no read path shows it to another; bad input stores nothing.
 * {@link PostgresTenantDataIT} runs the same against PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TenantDataIT extends ItestSupport {

    static final String A = "410102";
    static final String B = "410122";

    private final String op = Tokens.operator();
    protected final String workerA = Tokens.of("worker-a", List.of("GRID_WORKER"), List.of(A));
    private final String workerB = Tokens.of("worker-b", List.of("GRID_WORKER"), List.of(B));

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
        eventually("sample endpoint answers", 30_000, () -> http.get(notes(A), workerA).status() == 200);
    }

    @Test
    public void aRowWrittenAsTenantAIsInvisibleToTenantBOnEveryReadPath() {
        Http.Res created = http.post(notes(A), workerA, "{\"title\":\"中原区的记录 isolation\",\"kind\":\"NOTE\"}");
        assertEquals(created.toString(), 200, created.status());
        String id = created.json().get("id").asText();
        long countB = count(B, workerB);

        assertTrue(titles(http.get(notes(A), workerA)).contains("中原区的记录 isolation"));
        assertEquals(200, http.get(notes(A) + "/" + id, workerA).status());

        assertFalse(titles(http.get(notes(B), workerB)).contains("中原区的记录 isolation"));
        assertFalse(titles(http.get(notes(B) + "/search?q=isolation", workerB)).contains("中原区的记录 isolation"));
        assertProblem(http.get(notes(B) + "/" + id, workerB), 404, "not-found");
        assertEquals(countB, count(B, workerB));
        // A city-wide caller acting for B sees B's rows only, too.
        assertProblem(http.get(notes(B) + "/" + id, op), 404, "not-found");
        assertFalse(titles(http.get(notes(B), op)).contains("中原区的记录 isolation"));
        // And B's token cannot reach A's path at all.
        assertProblem(http.get(notes(A) + "/" + id, workerB), 403, "tenant-forbidden");
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = count(A, workerA);
        assertField(http.post(notes(A), workerA, "{\"title\":"), "body");
        // No body, or a body of null: the platform refuses it, the module never sees a null input.
        assertField(http.send("POST", notes(A), workerA, "application/json", null), "body");
        assertField(http.post(notes(A), workerA, "null"), "body");
        assertField(http.post(notes(A), workerA, "{\"kind\":\"NOTE\"}"), "title");
        assertField(http.post(notes(A), workerA, "{\"title\":\"" + "字".repeat(51) + "\",\"kind\":\"NOTE\"}"), "title");
        assertField(http.post(notes(A), workerA, "{\"title\":\"x\",\"kind\":\"MEMO\"}"), "kind");
        assertField(http.post(notes(A), workerA, "{\"title\":\"x\",\"kind\":\"NOTE\",\"secret\":1}"), "secret");
        assertEquals(before, count(A, workerA));
    }

    @Test
    public void aWriteNeedsTheDeclaredRoleAndTheVersionItIsBasedOn() throws Exception {
        String adminA = Tokens.of("admin-a", List.of("DISTRICT_ADMIN"), List.of(A));
        JsonNode note = http.post(notes(A), workerA, "{\"title\":\"待改名\",\"kind\":\"NOTE\"}").json();
        String one = notes(A) + "/" + note.get("id").asText();
        long version = note.get("version").asLong();
        String body = "{\"title\":\"已改名\",\"kind\":\"TASK\"}";

        Http.Res refused = http.put(one, workerA, body, "If-Match", "\"" + version + "\"");
        assertProblem(refused, 403, "forbidden");
        assertTrue(refused.body(), refused.json().get("detail").asText().contains("DISTRICT_ADMIN"));
        assertField(http.put(one, adminA, body, "If-Match", "\"v1\""), "If-Match");
        assertField(http.put(one, adminA, body), "version");
        assertField(http.put(one, adminA, "{\"title\":\"已改名\",\"kind\":\"TASK\",\"version\":" + (version + 5) + "}",
                "If-Match", "\"" + version + "\""), "version");
        assertProblem(http.put(one, adminA, body, "If-Match", "\"" + (version + 1) + "\""), 409, "conflict");
        assertEquals("待改名", http.get(one, workerA).json().get("title").asText());

        assertField(http.put(one, adminA, body, "If-Match", "W/\"" + version + "\""), "If-Match");
        Http.Res changed = http.put(one, adminA, body, "If-Match", "\"" + version + "\"");
        assertEquals(changed.toString(), 200, changed.status());
        assertEquals("已改名", changed.json().get("title").asText());
        assertEquals(version + 1, changed.json().get("version").asLong());
        // The superclass's tenant column is stamped by EclipseLink (weaving off), not by the module.
        try (Connection c = dataSource().getConnection(); var st = c.prepareStatement(
                "select tenant_code from sample_note where id = ?")) {
            st.setString(1, note.get("id").asText());
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(A, rs.getString(1));
            }
        }
    }

    @Test
    public void publicEndpointsAreAnonymousAndStillPerTenant() {
        Http.Res hello = http.get("/api/v1/public/t/" + A + "/sample/hello", null);
        assertEquals(hello.toString(), 200, hello.status());
        assertEquals(A, hello.json().get("tenant").asText());
        assertEquals("anonymous", hello.json().get("caller").asText());
        assertProblem(http.get("/api/v1/public/t/410185/sample/hello", null), 404, "module-not-enabled");
        assertProblem(http.get("/api/v1/public/t/999999/sample/hello", null), 404, "tenant-not-found");
        // Tenant endpoints of the same module are not public.
        assertProblem(http.get(notes(A), null), 401, "unauthorized");
    }

    @Test
    public void theModuleRunsOnTheConfiguredDatabaseWithItsMigrationApplied() throws Exception {
        try (Connection c = dataSource().getConnection()) {
            assertEquals(expectedDatabase(), c.getMetaData().getDatabaseProductName());
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select count(*) from \"schema_history_sample\" where \"success\" = true and \"version\" = '1'")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    protected String expectedDatabase() {
        return "H2";
    }

    static String notes(String tenant) {
        return "/api/v1/t/" + tenant + "/sample/notes";
    }

    private long count(String tenant, String token) {
        Http.Res r = http.get(notes(tenant) + "/count", token);
        assertEquals(r.toString(), 200, r.status());
        return r.json().get("count").asLong();
    }

    private static List<String> titles(Http.Res r) {
        assertEquals(r.toString(), 200, r.status());
        List<String> titles = new ArrayList<>();
        for (JsonNode n : r.json()) {
            titles.add(n.get("title").asText());
        }
        return titles;
    }
}
