package org.smartjustice.itest;


import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.smartjustice.itest.PlatformApiIT.assertProblem;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@link TenantDataIT} against a real PostgreSQL server, switched on by configuration alone
 * (etc/org.ops4j.datasource-justice.cfg): migrations, multitenancy and validation on PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresTenantDataIT extends TenantDataIT {

    @BeforeClass
    public static void postgresWanted() {
        Assume.assumeFalse("PostgreSQL itests skipped by -Ditest.skip.postgres=true", Boolean.getBoolean("itest.skip.postgres"));
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }

    /** While the database is down, the audit record of a refused write cannot be stored either, and says so. */
    @Override
    protected List<String> expectedErrors() {
        return List.of("could not write audit record");
    }

    @Override
    @Configuration
    public Option[] config() {
        return baseOptions(PostgresServer.asTheDatabase());
    }

    @Test
    public void anOutageAnswers503QuicklyReportsDownAndRecoversWithoutLosingAnsweredWrites() throws Exception {
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Http.Res created = http.post(notes(A), workerA, "{\"title\":\"停库前的记录 " + i + "\",\"kind\":\"NOTE\"}");
            assertEquals(created.toString(), 200, created.status());
            answered.add(created.json().get("id").asText());
        }
        PostgresServer pg = PostgresServer.inContainer();
        pg.stopNow();
        try {
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                Http.Res read = http.get(notes(A), workerA);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertProblem(read, 503, "database-unavailable");
                assertTrue("answered in " + millis + " ms", millis < 2000);
                assertNotNull(read.header("Retry-After"));
            }
            long started = System.nanoTime();
            assertProblem(http.post(notes(A), workerA, "{\"title\":\"停库时的记录\",\"kind\":\"NOTE\"}"), 503,
                    "database-unavailable");
            assertTrue((System.nanoTime() - started) / 1_000_000 < 2000);
            eventually("health reports the database down", 5_000,
                    () -> http.get("/api/v1/platform/health", null).status() == 503);
            JsonNode health = http.get("/api/v1/platform/health", null).json();
            assertEquals("DOWN", health.get("status").asText());
            assertEquals("DOWN", health.get("checks").get("database").get("status").asText());
        } finally {
            pg.startAgain();
        }
        eventually("requests are served again", 30_000, () -> http.get(notes(A), workerA).status() == 200);
        eventually("health is up again", 5_000, () -> http.get("/api/v1/platform/health", null).status() == 200);
        for (String id : answered) {
            Http.Res note = http.get(notes(A) + "/" + id, workerA);
            assertEquals(note.toString(), 200, note.status());
        }
    }
}
