-- Departments (执法主体 and departments with legal-education duties) that supervision watches and
-- that receive legal-education notices. Every row belongs to one tenant (tenant_code, set by
-- EclipseLink multitenancy); the city tenant 410100 holds the city's departments. Timestamps UTC.

CREATE TABLE supervision_department (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(32)    NOT NULL,
    name                VARCHAR(100)   NOT NULL,
    -- The name without blanks, NFKC: what makes two names the same department.
    name_key            VARCHAR(400)   NOT NULL,
    short_name          VARCHAR(30),
    kind                VARCHAR(40)    NOT NULL,
    credit_code         VARCHAR(18),
    -- The host platform's organisation unit: what a DEPARTMENT_LIAISON's token carries as org.
    org_code            VARCHAR(64),
    enforcement_domains VARCHAR(2000),
    -- 谁执法谁普法 responsibility items, one per line.
    responsibilities    VARCHAR(6100),
    source              VARCHAR(1000),
    verified            BOOLEAN        NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT supervision_department_name UNIQUE (tenant_code, name_key),
    -- NULLs are distinct in a unique constraint on H2 2.x and PostgreSQL 15 alike: many without a code.
    CONSTRAINT supervision_department_credit UNIQUE (tenant_code, credit_code),
    CONSTRAINT supervision_department_org UNIQUE (tenant_code, org_code)
);

CREATE INDEX supervision_department_tenant_name ON supervision_department (tenant_code, name, id);
CREATE INDEX supervision_department_tenant_kind ON supervision_department (tenant_code, kind, name, id);
