package org.smartjustice.platform.internal.rest;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.persistence.OptimisticLockException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

class ProblemsTest {

    enum Kind { STATION, ROOM }

    record Row(String name, Kind kind) {
    }

    record Input(String name, Kind kind, List<Row> rows) {
    }

    @BeforeAll
    static void jaxrs() {
        FakeJaxrsRuntime.install();
    }

    private static ProblemBody body(Response r) {
        return assertInstanceOf(ProblemBody.class, r.getEntity());
    }

    private static void assertProblemJson(Response r) {
        MediaType type = r.getMediaType();
        assertNotNull(type);
        assertEquals("application", type.getType());
        assertEquals("problem+json", type.getSubtype());
    }

    private static JsonProcessingException readFails(String json) {
        return assertThrows(JsonProcessingException.class, () -> JsonProvider.MAPPER.readValue(json, Input.class));
    }

    @Test
    void problemExceptionKeepsStatusTypeAndErrors() {
        ProblemException p = ProblemException.badRequest("以下字段无效：name",
                List.of(new FieldError("name", "必填")));

        Response r = Problems.toResponse(p);

        assertEquals(400, r.getStatus());
        assertProblemJson(r);
        ProblemBody b = body(r);
        assertEquals("validation-failed", b.type());
        assertEquals(400, b.status());
        assertEquals("以下字段无效：name", b.detail());
        assertEquals(List.of(new FieldError("name", "必填")), b.errors());
    }

    @Test
    void problemExceptionWrappedInAnotherIsStillUsed() {
        Response r = Problems.toResponse(new IllegalStateException("wrapper",
                new ProblemException(404, "module-not-enabled", "模块未启用", "venues")));

        assertEquals(404, r.getStatus());
        assertEquals("module-not-enabled", body(r).type());
    }

    @Test
    void aUniqueViolationUnderThePersistenceLayerIsA409NotAnIncident() {
        java.sql.SQLException duplicate = new java.sql.SQLIntegrityConstraintViolationException(
                "Unique index or primary key violation: VENUE_NATURAL_KEY", "23505");

        Response r = Problems.toResponse(new RuntimeException("commit failed", new IllegalStateException(duplicate)));

        assertEquals(409, r.getStatus());
        assertProblemJson(r);
        assertEquals("conflict", body(r).type());
        // Other constraint violations (a missing NOT NULL value) remain incidents.
        assertEquals(500, Problems.toResponse(new RuntimeException(
                new java.sql.SQLIntegrityConstraintViolationException("NULL not allowed", "23502"))).getStatus());
    }

    @Test
    void unknownJsonFieldIsA400NamingTheField() {
        JsonProcessingException e = readFails("{\"name\":\"中原区\",\"colour\":\"red\"}");
        assertInstanceOf(UnrecognizedPropertyException.class, e);

        Response r = Problems.toResponse(e);

        assertEquals(400, r.getStatus());
        assertProblemJson(r);
        assertEquals("validation-failed", body(r).type());
        assertEquals("colour", body(r).errors().get(0).field());
    }

    @Test
    void invalidEnumValueIsA400NamingTheFieldAndTheChoices() {
        JsonProcessingException e = readFails("{\"name\":\"中原区\",\"kind\":\"CASTLE\"}");
        assertInstanceOf(InvalidFormatException.class, e);

        Response r = Problems.toResponse(e);

        assertEquals(400, r.getStatus());
        FieldError error = body(r).errors().get(0);
        assertEquals("kind", error.field());
        assertTrue(error.message().contains("STATION") && error.message().contains("ROOM"), error.message());
    }

    @Test
    void fieldInsideAListIsNamedWithItsIndex() {
        JsonProcessingException e = readFails("{\"rows\":[{\"kind\":\"ROOM\"},{\"kind\":\"CASTLE\"}]}");

        assertEquals("rows[1].kind", body(Problems.toResponse(e)).errors().get(0).field());
    }

    @Test
    void wrappedJsonErrorIsStillA400() {
        JsonProcessingException e = readFails("{\"kind\":\"CASTLE\"}");

        Response r = Problems.toResponse(new RuntimeException("reader failed", e));

        assertEquals(400, r.getStatus());
        assertEquals("kind", body(r).errors().get(0).field());
    }

    @Test
    void malformedJsonIsA400AboutTheBody() {
        JsonProcessingException e = readFails("{\"name\":");

        Response r = Problems.toResponse(e);

        assertEquals(400, r.getStatus());
        assertEquals("body", body(r).errors().get(0).field());
    }

    @Test
    void notAllowedIsA405KeepingTheAllowHeader() {
        Response r = Problems.toResponse(new NotAllowedException("GET", new String[] { "HEAD" }));

        assertEquals(405, r.getStatus());
        assertProblemJson(r);
        assertEquals("method-not-allowed", body(r).type());
        String allow = r.getHeaderString(HttpHeaders.ALLOW);
        assertNotNull(allow);
        assertTrue(allow.contains("GET") && allow.contains("HEAD"), allow);
    }

    @Test
    void notFoundIsA404Problem() {
        Response r = Problems.toResponse(new NotFoundException());

        assertEquals(404, r.getStatus());
        assertProblemJson(r);
        assertEquals("not-found", body(r).type());
        assertEquals(null, r.getHeaderString(HttpHeaders.ALLOW));
    }

    @Test
    void aClientThatWentAwayIsNoIncident() {
        Throwable written = new RuntimeException("write failed", new EofException(null));

        assertTrue(Problems.clientWentAway(written));
        assertTrue(Problems.clientWentAway(new IOException("Connection reset by peer")));
        assertEquals(400, Problems.toResponse(written).getStatus());
        assertEquals("client-closed", body(Problems.toResponse(written)).type());
        assertFalse(Problems.clientWentAway(new IOException("No space left on device")));
        // The database's socket failing is ours, whatever the wording below it.
        Throwable database = new RuntimeException(new java.sql.SQLException("I/O error", new IOException("Connection reset by peer")));
        assertFalse(Problems.clientWentAway(database));
        assertEquals(500, Problems.toResponse(database).getStatus());
        assertEquals(500, Problems.toResponse(new IOException("No space left on device")).getStatus());
    }

    /** Named like Jetty's, which the platform knows by name only. */
    private static final class EofException extends IOException {
        EofException(Throwable cause) {
            super(cause);
        }
    }

    @Test
    void unexpectedErrorIsA500ThatLeaksNothing() {
        RuntimeException boom = new IllegalArgumentException("column SECRET_PASSWORD_HASH is null");

        Response r = Problems.toResponse(boom);

        assertEquals(500, r.getStatus());
        assertProblemJson(r);
        ProblemBody b = body(r);
        assertEquals("internal-error", b.type());
        assertEquals(500, b.status());
        assertFalse(b.detail().contains("SECRET_PASSWORD_HASH"), b.detail());
        assertFalse(b.detail().contains("IllegalArgumentException"), b.detail());
        assertFalse(b.detail().contains("java."), b.detail());
        assertTrue(b.errors() == null || b.errors().isEmpty());
    }

    @Test
    void staleWriteIsA409Conflict() {
        Response r = Problems.toResponse(new RuntimeException("commit failed",
                new OptimisticLockException("row changed")));

        assertEquals(409, r.getStatus());
        assertProblemJson(r);
        assertEquals("conflict", body(r).type());
        assertFalse(body(r).detail().contains("row changed"));
    }

    @Test
    void failureToSerialiseTheResponseIsNotBlamedOnTheClient() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JsonProvider.MAPPER.writeValueAsString(new Object()));

        assertEquals(500, Problems.toResponse(e).getStatus());
    }
}
