package org.smartjustice.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * The sample module's hourly schedule: run for every active tenant in its scope when an operator
 * asks, once per period, claimed through the database (another node's live claim is respected, an
 * expired one taken over), stopped with its module.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchedulesIT extends ItestSupport {

    static final String A = "410102";
    static final String MODULE = "org.smartjustice.itest-sample-module";
    static final String NAME = MODULE + "/tenant-runs";
    static final String RUN = "/api/v1/platform/schedules/" + MODULE + "/tenant-runs/run";

    private final String op = Tokens.operator();
    private final String workerA = Tokens.of("worker-a", List.of("GRID_WORKER"), List.of(A));

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void ready() throws Exception {
        SampleModule.install();
        http.put("/api/v1/platform/tenants/" + A + "/modules/sample", op, null);
        eventually("the sample's schedule-runs answer", 30_000,
                () -> http.get("/api/v1/t/" + A + "/sample/schedule-runs", workerA).status() == 200);
        eventually("the schedule is stored", 10_000, () -> schedule() != null);
        // A run left due (after a reinstall) is over before a test counts.
        eventually("nothing due or running", 30_000, () -> {
            JsonNode s = schedule();
            return !s.get("running").asBoolean() && OffsetDateTime.parse(s.get("nextRunAt").asText()).isAfter(OffsetDateTime.now());
        });
    }

    @Test
    public void anOperatorRunsItSoonForEveryActiveTenantOnceInEachTenantsScope() throws Exception {
        Map<String, Integer> before = runs();
        Http.Res asked = http.send("POST", RUN, op, null, null);
        assertEquals(asked.toString(), 202, asked.status());
        assertEquals(NAME, asked.json().get("name").asText());

        List<String> active = activeTenants();
        assertTrue(active.toString(), active.size() >= 16);
        eventually("one run for every active tenant", 30_000, () -> {
            Map<String, Integer> now = runs();
            return active.stream().allMatch(t -> now.getOrDefault(t, 0) == before.getOrDefault(t, 0) + 1);
        });
        JsonNode scopes = http.get("/api/v1/t/" + A + "/sample/schedule-runs", workerA).json().get("scopes");
        for (String t : active) {
            assertEquals(t + " system:schedule", scopes.get(t).asText());
        }
        eventually("the outcome is stored", 10_000, () -> schedule().get("lastFinishedAt").isTextual());
        JsonNode state = schedule();
        assertEquals("success", state.get("lastOutcome").asText());
        assertEquals(3600, state.get("periodSeconds").asLong());
        assertEquals(MODULE, state.get("module").asText());
        assertFalse(state.get("running").asBoolean());
        assertTrue(state.get("claimedBy").isNull());
        assertTrue(state.get("runs").asLong() >= 1);
        OffsetDateTime next = OffsetDateTime.parse(state.get("nextRunAt").asText());
        assertTrue("the next run one period after this one: " + state, next.isAfter(OffsetDateTime.now().plusMinutes(55)));

        Thread.sleep(3000);
        assertEquals("no second run in the same period", runs(), afterOneRun(before, active));
    }

    @Test
    public void anotherNodesLiveClaimIsRespectedAndAnExpiredOneTakenOver() throws Exception {
        Map<String, Integer> before = runs();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        sql("update schedule set claimed_by = ?, claimed_until = ?, next_run_at = ? where name = ?",
                "other-node:/opt/karaf", Timestamp.valueOf(now.plusMinutes(2)), Timestamp.valueOf(now.minusSeconds(1)), NAME);
        Thread.sleep(3000);
        assertEquals("due, but another node holds the lease", before, runs());
        JsonNode claimed = schedule();
        assertTrue(claimed.get("running").asBoolean());
        assertEquals("other-node:/opt/karaf", claimed.get("claimedBy").asText());

        // The other node died: its lease runs out and this node runs the period.
        sql("update schedule set claimed_until = ? where name = ?", Timestamp.valueOf(now.minusSeconds(1)), NAME);
        List<String> active = activeTenants();
        eventually("taken over", 30_000, () -> runs().equals(afterOneRun(before, active)));
        eventually("and freed", 10_000, () -> schedule().get("claimedBy").isNull());
    }

    @Test
    public void aStoppedModulesScheduleDoesNotRunAndOnlyCityWideOperatorsRunSchedules() throws Exception {
        assertProblem(http.send("POST", RUN, Tokens.of("operator-a", List.of("PLATFORM_OPERATOR"), List.of(A)), null, null), 403,
                "tenant-forbidden");
        assertProblem(http.send("POST", RUN, Tokens.of("city", List.of("CITY_SUPERVISOR"), List.of("*")), null, null), 403, "forbidden");
        assertProblem(http.get("/api/v1/platform/schedules", workerA), 403, "forbidden");
        assertProblem(http.send("POST", "/api/v1/platform/schedules/" + MODULE + "/no-such/run", op, null, null), 404, "not-found");
        assertProblem(http.send("POST", "/api/v1/platform/schedules/" + MODULE + "%2Ftenant-runs/run", op, null, null), 400, "bad-path");

        SampleModule.uninstall();
        try {
            String startedBefore = schedule().get("lastStartedAt").asText();
            assertEquals(202, http.send("POST", RUN, op, null, null).status());
            Thread.sleep(3000);
            JsonNode state = schedule();
            assertEquals("no node runs a schedule whose module is gone", startedBefore, state.get("lastStartedAt").asText());
            assertTrue(OffsetDateTime.parse(state.get("nextRunAt").asText()).isBefore(OffsetDateTime.now()));
        } finally {
            SampleModule.install();
        }
        // Back: it is due, so this node runs it.
        eventually("runs again once the module is back", 30_000, () -> {
            Http.Res r = http.get("/api/v1/t/" + A + "/sample/schedule-runs", workerA);
            return r.status() == 200 && r.json().get("runs").has(A);
        });
    }

    private static Map<String, Integer> afterOneRun(Map<String, Integer> before, List<String> active) {
        Map<String, Integer> expected = new TreeMap<>(before);
        active.forEach(t -> expected.merge(t, 1, Integer::sum));
        return expected;
    }

    private Map<String, Integer> runs() {
        Http.Res r = http.get("/api/v1/t/" + A + "/sample/schedule-runs", workerA);
        assertEquals(r.toString(), 200, r.status());
        Map<String, Integer> runs = new TreeMap<>();
        r.json().get("runs").fields().forEachRemaining(e -> runs.put(e.getKey(), e.getValue().asInt()));
        return runs;
    }

    private List<String> activeTenants() {
        List<String> active = new ArrayList<>();
        for (JsonNode t : http.get("/api/v1/platform/tenants?size=200", op).json().get("items")) {
            if (!"SUSPENDED".equals(t.get("stage").asText())) {
                active.add(t.get("code").asText());
            }
        }
        return active;
    }

    private JsonNode schedule() {
        Http.Res r = http.get("/api/v1/platform/schedules", op);
        assertEquals(r.toString(), 200, r.status());
        for (JsonNode s : r.json()) {
            if (NAME.equals(s.get("name").asText())) {
                assertNotNull(s.get("nextRunAt").textValue());
                return s;
            }
        }
        return null;
    }

    private static void sql(String statement, Object... values) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            assertEquals(1, st.executeUpdate());
        }
    }
}
