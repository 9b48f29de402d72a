-- 网格学堂: content items, their versions (the published one stays while the next is edited) and
-- the city items a district hides for itself. Audiences and topics are kept as |A|B| lists.
-- Timestamps are UTC. Portable between H2 2.x and PostgreSQL.

CREATE TABLE academy_item (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    kind            VARCHAR(32)    NOT NULL,
    state           VARCHAR(16)    NOT NULL,
    latest_no       INTEGER        NOT NULL,
    working_no      INTEGER,
    published_no    INTEGER,
    title           VARCHAR(200)   NOT NULL,
    summary         VARCHAR(1000),
    audiences       VARCHAR(200)   NOT NULL,
    topics          VARCHAR(400)   NOT NULL,
    effective_from  DATE,
    expires_on      DATE,
    published_at    TIMESTAMP,
    file_id         VARCHAR(36),
    created_at      TIMESTAMP      NOT NULL,
    created_by      VARCHAR(255)   NOT NULL,
    updated_at      TIMESTAMP      NOT NULL
);

CREATE INDEX academy_item_state ON academy_item (tenant_code, state, published_at);
CREATE INDEX academy_item_updated ON academy_item (tenant_code, updated_at);

CREATE TABLE academy_item_version (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    item_id         VARCHAR(36)    NOT NULL REFERENCES academy_item (id),
    number          INTEGER        NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    summary         VARCHAR(1000),
    body            TEXT,
    legal_basis     TEXT,
    source          VARCHAR(500),
    audiences       VARCHAR(200)   NOT NULL,
    topics          VARCHAR(400)   NOT NULL,
    effective_from  DATE,
    expires_on      DATE,
    guide           TEXT,
    file_id         VARCHAR(36),
    file_name       VARCHAR(255),
    author          VARCHAR(255)   NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    submitted_at    TIMESTAMP,
    reviewer        VARCHAR(255),
    reviewed_at     TIMESTAMP,
    review_note     VARCHAR(1000),
    CONSTRAINT academy_version_number UNIQUE (item_id, number)
);

CREATE TABLE academy_hidden (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    item_id         VARCHAR(36)    NOT NULL,
    hidden_at       TIMESTAMP      NOT NULL,
    hidden_by       VARCHAR(255)   NOT NULL,
    CONSTRAINT academy_hidden_item UNIQUE (tenant_code, item_id)
);
