package org.smartjustice.platform.api;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in the background on behalf of the current request: the task sees the same tenant
 * and caller as the request that submitted it, and nothing else. Each bundle gets its own instance:
 * when the bundle stops, its running tasks are interrupted and its queued ones fail.
 * For long work that users poll, use {@link org.smartjustice.platform.api.jobs.Jobs}. This is the only way a module
 * thread gets a tenant, so long jobs (large imports) stay tenant-scoped like requests.
 */
@ProviderType
public interface TenantTasks {

    /**
     * @throws IllegalStateException when called outside a request
     * @throws java.util.concurrent.RejectedExecutionException when too many tasks are waiting
     */
    <T> CompletableFuture<T> submit(Callable<T> task);

    /**
     * Runs work for a tenant that no request started — demo data, maintenance — on the calling
     * thread, as the system actor {@code system:<actor>}, and records that in the audit log.
     *
     * @throws IllegalStateException when called while serving a request (a request keeps its tenant)
     *                               or for a tenant that does not exist
     */
    <T> T runAs(String tenant, String actor, Callable<T> work) throws Exception;
}
