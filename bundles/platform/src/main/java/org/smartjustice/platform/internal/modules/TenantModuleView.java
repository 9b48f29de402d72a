package org.smartjustice.platform.internal.modules;

import java.time.OffsetDateTime;

/** A module as one tenant sees it: installed in the container? switched on for the tenant? */
public record TenantModuleView(String id, String title, boolean installed, boolean enabled,
                               OffsetDateTime changedAt, String changedBy) {
}
