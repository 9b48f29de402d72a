package org.smartjustice.platform.api;

import java.time.OffsetDateTime;

/**
 * A district-level unit: one tenant per 区县 or 开发区, keyed by its six-digit division code
 * or, for a unit without one, by a stable operator-chosen code.
 */
public record Tenant(String code, String name, TenantStage stage, long version,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public boolean suspended() {
        return stage == TenantStage.SUSPENDED;
    }
}
