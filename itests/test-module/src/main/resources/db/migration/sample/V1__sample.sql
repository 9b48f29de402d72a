CREATE TABLE sample_note (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_code VARCHAR(32)  NOT NULL,
    title       VARCHAR(50)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX sample_note_tenant ON sample_note (tenant_code);
