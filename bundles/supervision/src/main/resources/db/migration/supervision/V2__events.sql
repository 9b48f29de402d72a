-- Grid events as the host pushes them (docs/supervision.md, "Grid events"). One row per event of the
-- tenant, identified by the host's (source, event_id) and holding the newest version received; every
-- stored version keeps the body it came in. Timestamps UTC. Personal data: reporter_name, reporter_phone.

CREATE TABLE supervision_event (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(32)    NOT NULL,
    source              VARCHAR(64)    NOT NULL,
    event_id            VARCHAR(64)    NOT NULL,
    event_version       BIGINT         NOT NULL,
    category_code       VARCHAR(32)    NOT NULL,
    category_name       VARCHAR(100)   NOT NULL,
    -- Whether the code is one of the national classification (GB/T 47678.5); else the host's own.
    category_standard   BOOLEAN        NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    description         VARCHAR(5000),
    street              VARCHAR(100),
    community           VARCHAR(100),
    grid_code           VARCHAR(64),
    lon                 DOUBLE PRECISION,
    lat                 DOUBLE PRECISION,
    reported_at         TIMESTAMP      NOT NULL,
    reporter_name       VARCHAR(50),
    reporter_phone      VARCHAR(30),
    -- The last step of the host's lifecycle (REPORTED ... EVALUATED).
    state               VARCHAR(16)    NOT NULL,
    -- The lifecycle, one step a line: STEP, tab, time (ISO-8601 UTC), tab, unit.
    steps               TEXT,
    department_name     VARCHAR(100),
    department_org      VARCHAR(64),
    result              VARCHAR(2000),
    satisfaction        INTEGER,
    returns_count       INTEGER        NOT NULL,
    overdue             BOOLEAN        NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    version             BIGINT         NOT NULL,
    -- What makes a burst of the same event store one.
    CONSTRAINT supervision_event_key UNIQUE (tenant_code, source, event_id)
);

CREATE INDEX supervision_event_reported ON supervision_event (tenant_code, reported_at, id);
CREATE INDEX supervision_event_category ON supervision_event (tenant_code, category_code, reported_at);
CREATE INDEX supervision_event_department ON supervision_event (tenant_code, department_org, reported_at);
CREATE INDEX supervision_event_street ON supervision_event (tenant_code, street, reported_at);

-- Every stored version of an event with the body it came in, exactly as received.
CREATE TABLE supervision_event_version (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(32)    NOT NULL,
    event_ref           VARCHAR(36)    NOT NULL REFERENCES supervision_event (id),
    source              VARCHAR(64)    NOT NULL,
    event_id            VARCHAR(64)    NOT NULL,
    event_version       BIGINT         NOT NULL,
    -- WEBHOOK (with the platform's message id) or REST (with the caller).
    channel             VARCHAR(16)    NOT NULL,
    received_from       VARCHAR(300)   NOT NULL,
    body                TEXT           NOT NULL,
    received_at         TIMESTAMP      NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT supervision_event_version_key UNIQUE (tenant_code, source, event_id, event_version)
);

CREATE INDEX supervision_event_version_event ON supervision_event_version (event_ref, event_version);
