package org.smartjustice.platform.api.schedules;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registers scheduled work. Each module bundle gets its own instance (bundle scope): its schedules
 * stop with it. A schedule is known by its name; its state lives in the database, so a restart
 * does not run it early and two nodes never run the same period twice.
 */
@ProviderType
public interface Schedules {

    /**
     * Runs {@code work} once every {@code period} across all nodes: when a period is due, one node
     * claims it through the database and runs the work once for every active tenant, each in that
     * tenant's scope as the system actor {@code system:schedule}. A failure for one tenant is
     * logged and recorded as the run's outcome; the other tenants still run.
     *
     * @param name   unique in the module, e.g. {@code task-cards}; stored as {@code <module>/<name>}
     * @param period at least one second
     * @return the registration; closing it stops this node taking the schedule's runs
     * @throws IllegalArgumentException for a blank name or a period under a second
     */
    Schedule schedule(String name, Duration period, TenantWork work);
}
