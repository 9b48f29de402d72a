package org.smartjustice.platform.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tenant and caller of the request being served. The platform sets both once, before any
 * module code runs, and clears them when the request ends; there is never a default tenant.
 */
@ProviderType
public interface TenantContext {

    /** The tenant of the current request, if the request is tenant-scoped. */
    Optional<String> tenant();

    /**
     * The tenant of the current request.
     *
     * @throws IllegalStateException when no tenant is set: callers fail closed
     */
    String requireTenant();

    /** The caller of the current request; {@link Principal#ANONYMOUS} on public endpoints. */
    Principal principal();

    /**
     * Refuses the request with 403 unless the caller has one of the roles.
     *
     * @throws org.smartjustice.platform.api.problem.ProblemException 403 {@code forbidden}
     */
    void requireAnyRole(Role... roles);
}
