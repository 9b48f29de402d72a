-- Inbound webhooks: every message a configured sender sent, stored as received (its bytes) before
-- the sender is answered, then handed to the module that handles its type, once. The sender's id is
-- unique per sender: a retry finds the row it already made. Timestamps are UTC.
-- Portable between H2 2.x and PostgreSQL (BYTEA is H2's BINARY VARYING).

CREATE TABLE inbound_webhook (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    sender          VARCHAR(128)  NOT NULL,
    message_id      VARCHAR(255)  NOT NULL,
    tenant_code     VARCHAR(32)   NOT NULL,
    event_type      VARCHAR(128)  NOT NULL,
    body            BYTEA         NOT NULL,
    body_sha256     VARCHAR(64)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    received_at     TIMESTAMP     NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_attempt_at TIMESTAMP,
    last_error      VARCHAR(1000),
    handled_at      TIMESTAMP,
    handled_by      VARCHAR(255),
    claimed_by      VARCHAR(255),
    claimed_until   TIMESTAMP,
    CONSTRAINT inbound_webhook_message UNIQUE (sender, message_id)
);

CREATE INDEX inbound_webhook_due ON inbound_webhook (state, tenant_code, next_attempt_at);
CREATE INDEX inbound_webhook_received ON inbound_webhook (received_at);
