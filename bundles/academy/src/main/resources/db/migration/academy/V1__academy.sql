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
    editors         VARCHAR(4000)  NOT NULL,
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

-- Learning records of grid workers: one row per learner and item.
CREATE TABLE academy_learning (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    learner         VARCHAR(255)   NOT NULL,
    learner_name    VARCHAR(255),
    item_id         VARCHAR(36)    NOT NULL,
    city_item       BOOLEAN        NOT NULL,
    item_title      VARCHAR(200)   NOT NULL,
    opened_at       TIMESTAMP      NOT NULL,
    last_at         TIMESTAMP      NOT NULL,
    seconds         BIGINT         NOT NULL,
    completed_at    TIMESTAMP,
    quiz_score      INTEGER,
    CONSTRAINT academy_learning_once UNIQUE (tenant_code, learner, item_id)
);

-- The search index's change log: each node's index applies the changes after its own position.
CREATE TABLE academy_index_counter (
    id              VARCHAR(64)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    last_seq        BIGINT         NOT NULL
);

CREATE TABLE academy_index_change (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    seq             BIGINT         NOT NULL,
    item_id         VARCHAR(36)    NOT NULL,
    changed_at      TIMESTAMP      NOT NULL,
    CONSTRAINT academy_index_change_seq UNIQUE (tenant_code, seq)
);

-- What people search for, per day: the hot queries and those with no result.
CREATE TABLE academy_search_query (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    query           VARCHAR(100)   NOT NULL,
    search_day      DATE           NOT NULL,
    searches        BIGINT         NOT NULL,
    empty_searches  BIGINT         NOT NULL,
    last_results    BIGINT         NOT NULL,
    CONSTRAINT academy_search_query_day UNIQUE (tenant_code, search_day, query)
);

-- Synonym groups editors keep (法援 = 法律援助); a tenant without any uses the built-in list.
CREATE TABLE academy_synonym (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    terms           VARCHAR(500)   NOT NULL
);
