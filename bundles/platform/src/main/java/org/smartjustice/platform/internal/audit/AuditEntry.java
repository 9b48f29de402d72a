package org.smartjustice.platform.internal.audit;

import java.time.LocalDateTime;

/** An audit record: who did what to which target, for which tenant, when, and how it ended. */
public record AuditEntry(String id, LocalDateTime occurredAt, String principal, String tenant, String action,
                         String target, String outcome, String detail) {

    static final int TARGET_MAX = 512;
    static final int DETAIL_MAX = 1000;

    public AuditEntry {
        target = cut(target, TARGET_MAX);
        detail = cut(detail, DETAIL_MAX);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
