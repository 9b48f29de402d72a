package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.transaction.xa.XAException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseOutageProblemsTest {

    @BeforeAll
    static void jaxrs() {
        FakeJaxrsRuntime.install();
    }

    private static void assertUnavailable(Throwable thrown) {
        Response r = Problems.toResponse(new RuntimeException("persistence failed", thrown));
        assertEquals(503, r.getStatus(), String.valueOf(thrown));
        assertEquals("database-unavailable", ((ProblemBody) r.getEntity()).type());
        assertNotNull(r.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void aLostOrRefusedConnectionIs503WithRetryAfter() {
        assertUnavailable(new SQLException("Connection refused", "08001"));
        assertUnavailable(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertUnavailable(new SQLException("terminating connection due to administrator command", "57P01"));
        assertUnavailable(new SQLTransientConnectionException("gone"));
        assertUnavailable(new SQLException("Cannot get a connection, pool error Timeout waiting for idle object"));
        assertUnavailable(new SQLException("Cannot create PoolableConnectionFactory (Connection refused)"));
        XAException xa = new XAException("resource manager failed");
        xa.errorCode = XAException.XAER_RMFAIL;
        assertUnavailable(xa);
    }

    @Test
    void otherDatabaseErrorsStayIncidents() {
        assertEquals(500, Problems.toResponse(new SQLException("syntax error", "42601")).getStatus());
        assertEquals(500, Problems.toResponse(new SQLException("no state")).getStatus());
    }
}
