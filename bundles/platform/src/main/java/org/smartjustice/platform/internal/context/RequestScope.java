package org.smartjustice.platform.internal.context;

import org.smartjustice.platform.api.Principal;

/** What one request runs as: its caller and, for tenant-scoped requests, its tenant. */
public record RequestScope(Principal principal, String tenant) {
}
