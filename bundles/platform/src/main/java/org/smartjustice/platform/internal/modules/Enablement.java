package org.smartjustice.platform.internal.modules;

import java.time.LocalDateTime;

/** The stored decision about one module for one tenant. */
public record Enablement(String tenant, String module, boolean enabled, LocalDateTime changedAt, String changedBy) {
}
