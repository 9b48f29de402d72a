-- Platform tables: tenants, per-tenant module enablement, audit log.
-- Timestamps are UTC. Portable between H2 2.x and PostgreSQL.

CREATE TABLE tenant (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    stage       VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);

CREATE TABLE module_enablement (
    tenant_code VARCHAR(32)  NOT NULL REFERENCES tenant (code),
    module_id   VARCHAR(64)  NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    changed_at  TIMESTAMP    NOT NULL,
    changed_by  VARCHAR(128) NOT NULL,
    PRIMARY KEY (tenant_code, module_id)
);

CREATE TABLE audit_entry (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    principal   VARCHAR(128)  NOT NULL,
    tenant_code VARCHAR(32),
    action      VARCHAR(128)  NOT NULL,
    target      VARCHAR(512),
    outcome     VARCHAR(32)   NOT NULL,
    detail      VARCHAR(1000)
);

CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX audit_entry_tenant ON audit_entry (tenant_code, occurred_at);
CREATE INDEX audit_entry_principal ON audit_entry (principal, occurred_at);
