-- Files kept for modules (document templates, later attachments and evidence). The bytes are in
-- stored_file_content unless the platform is configured to keep them in a shared directory.
-- Portable between H2 2.x and PostgreSQL (BYTEA is H2's BINARY VARYING).

CREATE TABLE stored_file (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(32)   NOT NULL,
    module       VARCHAR(255)  NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    file_type    VARCHAR(16)   NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    storage      VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(255)  NOT NULL
);

CREATE INDEX stored_file_tenant ON stored_file (tenant_code, id);

CREATE TABLE stored_file_content (
    file_id  VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES stored_file (id) ON DELETE CASCADE,
    content  BYTEA        NOT NULL
);
