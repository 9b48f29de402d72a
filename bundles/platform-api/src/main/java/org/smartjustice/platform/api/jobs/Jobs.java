package org.smartjustice.platform.api.jobs;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Starts and finds jobs. Each module bundle gets its own instance (a bundle-scoped service): its
 * jobs end with it, and a job still running when the module stops is marked failed.
 */
@ProviderType
public interface Jobs {

    /**
     * Starts work in the background for the current request's tenant and caller. Outcomes are
     * written to the audit log ({@code job.done} / {@code job.failed}).
     *
     * @param kind  what it does, e.g. {@code venues.import}
     * @param total the units of work, 0 when unknown
     * @throws IllegalStateException outside a request
     * @throws org.smartjustice.platform.api.problem.ProblemException 503 {@code jobs-busy} when too many jobs wait
     */
    Job start(String kind, long total, JobWork work);

    /** A job of the current request's tenant; another tenant's job does not exist for its callers. */
    Optional<Job> find(String id);
}
