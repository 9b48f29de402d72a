package org.smartjustice.platform.api;

import java.time.OffsetDateTime;

/**
 * A district-level unit: one tenant per 区县 or 开发区, keyed by its six-digit division code
 * or, for a unit without one, by a stable operator-chosen code.
 */
public record Tenant(String code, String name, TenantStage stage, long version,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /**
     * The city (郑州市), a tenant of its own for the city bureau's work. A district reads the city's
     * rows only where a module says so, through an explicit read as the city
     * ({@link org.smartjustice.platform.api.persistence.TenantPersistence#readAsCity}).
     */
    public static final String CITY = "410100";

    public boolean suspended() {
        return stage == TenantStage.SUSPENDED;
    }
}
