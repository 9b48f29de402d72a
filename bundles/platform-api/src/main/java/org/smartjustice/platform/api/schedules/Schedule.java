package org.smartjustice.platform.api.schedules;

import org.osgi.annotation.versioning.ProviderType;

/** A registered schedule. */
@ProviderType
public interface Schedule extends AutoCloseable {

    /** {@code <module>/<name>}, as operators see it. */
    String name();

    /**
     * Makes the next run due now (it is still claimed through the database, so it runs once
     * across nodes), for operators and tests that cannot wait for the period.
     */
    void runSoon();

    /** Stops this node taking the schedule's runs; its stored state stays. */
    @Override
    void close();
}
