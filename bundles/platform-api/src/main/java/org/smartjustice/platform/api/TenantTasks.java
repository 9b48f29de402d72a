package org.smartjustice.platform.api;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in the background on behalf of the current request: the task sees the same tenant
 * and caller as the request that submitted it, and nothing else. This is the only way a module
 * thread gets a tenant, so long jobs (large imports) stay tenant-scoped like requests.
 */
@ProviderType
public interface TenantTasks {

    /**
     * @throws IllegalStateException when called outside a request
     * @throws java.util.concurrent.RejectedExecutionException when too many tasks are waiting
     */
    <T> CompletableFuture<T> submit(Callable<T> task);
}
