package org.smartjustice.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when tenants come and change: a module registers one as a service (whiteboard) instead of
 * polling for tenants. A listener is first told of every existing tenant, then of each change, in
 * order, one call at a time, on a platform thread inside that tenant's scope (as the system actor
 * {@code system:tenant-events}), so it may use its persistence at once. A tenant leaves by being
 * suspended (stage {@link TenantStage#SUSPENDED}); the platform never deletes one.
 */
@ConsumerType
public interface TenantListener {

    /** A tenant that exists: one already there when the listener came, or one just created. */
    void tenantAdded(Tenant tenant);

    /** A tenant's name or stage changed; {@code before} is how the listener last saw it. */
    default void tenantChanged(Tenant tenant, Tenant before) {
    }
}
