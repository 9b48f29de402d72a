package org.smartjustice.platform.api.schedules;

/** One tenant's share of a scheduled run, called in that tenant's scope. */
@FunctionalInterface
public interface TenantWork {

    /** @param tenant the tenant whose scope the call runs in (also {@code TenantContext.requireTenant()}) */
    void run(String tenant) throws Exception;
}
