package org.smartjustice.platform.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Records events in the audit log. The platform already records every write request
 * (method, path, outcome) on its own; modules use this for facts a request line does not show,
 * such as an explicit override of a validation rule.
 *
 * <p>The principal, tenant and time are taken from the current request.
 */
@ProviderType
public interface AuditLog {

    /**
     * @param action  what was done, e.g. {@code venues.credit-code-override}
     * @param target  what it was done to, e.g. a venue id
     * @param outcome e.g. {@code success}, {@code rejected}
     * @param detail  free text for people, may be {@code null}
     */
    void record(String action, String target, String outcome, String detail);
}
