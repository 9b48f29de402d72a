-- Jobs (long work of modules): state kept here so that any node answers a poll and a restart
-- marks what was running as failed. Timestamps are UTC.

CREATE TABLE job (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code  VARCHAR(32)   NOT NULL,
    kind         VARCHAR(64)   NOT NULL,
    module       VARCHAR(128)  NOT NULL,
    caller       VARCHAR(128)  NOT NULL,
    node         VARCHAR(255)  NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    total        BIGINT        NOT NULL,
    done         BIGINT        NOT NULL,
    report       TEXT,
    error        VARCHAR(1000),
    created_at   TIMESTAMP     NOT NULL,
    heartbeat_at TIMESTAMP     NOT NULL,
    finished_at  TIMESTAMP
);

CREATE INDEX job_tenant ON job (tenant_code, created_at);
CREATE INDEX job_state ON job (state, heartbeat_at);
