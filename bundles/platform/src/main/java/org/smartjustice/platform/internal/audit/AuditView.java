package org.smartjustice.platform.internal.audit;

import java.time.OffsetDateTime;

import org.smartjustice.platform.api.persistence.UtcTimes;

/** An audit record as the REST API shows it. */
public record AuditView(String id, OffsetDateTime occurredAt, String principal, String tenant, String action,
                        String target, String outcome, String detail) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id(), UtcTimes.toOffset(e.occurredAt()), e.principal(), e.tenant(), e.action(),
                e.target(), e.outcome(), e.detail());
    }
}
