package org.smartjustice.platform.api.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink session customizer for every persistence unit ({@code eclipselink.session.customizer}
 * in {@code persistence.xml}): when the database connection is lost, fail the query at once. By
 * default EclipseLink retries it three times, five seconds apart, holding the request meanwhile;
 * the pool (testOnBorrow) already hands out only live connections, and the client is told 503
 * {@code database-unavailable} with {@code Retry-After}.
 */
public final class FailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            login.setConnectionHealthValidatedOnError(false);
        }
    }
}
