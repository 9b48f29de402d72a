package org.smartjustice.platform.internal.audit;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One audit record; written once, never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String principal;

    @Column(name = "tenant_code")
    private String tenantCode;

    @Column(nullable = false)
    private String action;

    private String target;

    @Column(nullable = false)
    private String outcome;

    private String detail;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(AuditEntry e) {
        this.id = e.id();
        this.occurredAt = e.occurredAt();
        this.principal = e.principal();
        this.tenantCode = e.tenant();
        this.action = e.action();
        this.target = e.target();
        this.outcome = e.outcome();
        this.detail = e.detail();
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, principal, tenantCode, action, target, outcome, detail);
    }
}
