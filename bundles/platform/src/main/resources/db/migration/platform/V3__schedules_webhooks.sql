-- Schedules (timetabled work, claimed through this table so that one node runs each period) and
-- outbound webhook deliveries (stored with the change that caused them, retried until delivered).
-- Timestamps are UTC. Portable between H2 2.x and PostgreSQL.

CREATE TABLE schedule (
    name             VARCHAR(255)  NOT NULL PRIMARY KEY,
    period_seconds   BIGINT        NOT NULL,
    next_run_at      TIMESTAMP     NOT NULL,
    claimed_by       VARCHAR(255),
    claimed_until    TIMESTAMP,
    last_started_at  TIMESTAMP,
    last_finished_at TIMESTAMP,
    last_outcome     VARCHAR(16),
    last_message     VARCHAR(1000),
    runs             BIGINT        NOT NULL,
    created_at       TIMESTAMP     NOT NULL
);

CREATE TABLE webhook_delivery (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    event_id        VARCHAR(64)   NOT NULL,
    endpoint        VARCHAR(128)  NOT NULL,
    tenant_code     VARCHAR(32)   NOT NULL,
    event_type      VARCHAR(128)  NOT NULL,
    subject         VARCHAR(512),
    body            TEXT          NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_attempt_at TIMESTAMP,
    last_status     INTEGER,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP     NOT NULL,
    delivered_at    TIMESTAMP,
    claimed_by      VARCHAR(255),
    claimed_until   TIMESTAMP
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX webhook_delivery_tenant ON webhook_delivery (tenant_code, created_at);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);
