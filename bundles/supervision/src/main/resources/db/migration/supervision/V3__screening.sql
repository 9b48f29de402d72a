-- Screening (甄别) and collection (归集), docs/supervision.md "Screening". Rules are data per tenant;
-- the city tenant's rules marked city_wide are every district's defaults, which a district may switch
-- off for itself. Each stored event version is screened once, after the host had its answer: the
-- version row's screened_at says it was, in the transaction that stored the screening's outcome.

CREATE TABLE supervision_screening_rule (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(32)    NOT NULL,
    name                VARCHAR(100)   NOT NULL,
    description         VARCHAR(1000),
    -- DRAFT (tried by dry runs only), ACTIVE (screens new versions), OFF.
    status              VARCHAR(16)    NOT NULL,
    -- Only in the city tenant: a default of every district.
    city_wide           BOOLEAN        NOT NULL,
    -- The conditions; all that are given must hold. Categories and kinds comma-separated; words one
    -- per line, a word then its synonyms, tab-separated.
    categories          VARCHAR(2000),
    department_kinds    VARCHAR(200),
    words               VARCHAR(4000),
    overdue             BOOLEAN,
    min_returns         INTEGER,
    max_satisfaction    INTEGER,
    repeat_count        INTEGER,
    repeat_days         INTEGER,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT supervision_screening_rule_name UNIQUE (tenant_code, name)
);

-- A district that switched a city default off for itself.
CREATE TABLE supervision_screening_opt_out (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(32)    NOT NULL,
    city_rule_id        VARCHAR(36)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT supervision_screening_opt_out_key UNIQUE (tenant_code, city_rule_id)
);

-- One row per event that a rule took: the reasons of its newest screened version and the supervisors'
-- decision (PENDING in the queue, COLLECTED 归集, DISMISSED with a note).
CREATE TABLE supervision_screening (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code         VARCHAR(32)    NOT NULL,
    event_ref           VARCHAR(36)    NOT NULL REFERENCES supervision_event (id),
    event_version       BIGINT         NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    -- JSON: which rule, which condition, which words and figures.
    reasons             TEXT           NOT NULL,
    -- The rules that matched, comma-separated, for the list's filter.
    rule_ids            VARCHAR(2000)  NOT NULL,
    first_screened_at   TIMESTAMP      NOT NULL,
    screened_at         TIMESTAMP      NOT NULL,
    decided_by          VARCHAR(200),
    decided_by_name     VARCHAR(100),
    decided_at          TIMESTAMP,
    decision_note       VARCHAR(1000),
    version             BIGINT         NOT NULL,
    CONSTRAINT supervision_screening_event UNIQUE (tenant_code, event_ref)
);

CREATE INDEX supervision_screening_queue ON supervision_screening (tenant_code, status, screened_at, id);

ALTER TABLE supervision_event_version ADD COLUMN screened_at TIMESTAMP;
CREATE INDEX supervision_event_version_due ON supervision_event_version (screened_at, tenant_code, received_at);

-- The month in Beijing time (yyyymm) that a department's figures count an event in.
ALTER TABLE supervision_event ADD COLUMN reported_month INTEGER;
UPDATE supervision_event SET reported_month =
    EXTRACT(YEAR FROM reported_at + INTERVAL '8' HOUR) * 100 + EXTRACT(MONTH FROM reported_at + INTERVAL '8' HOUR);
ALTER TABLE supervision_event ALTER COLUMN reported_month SET NOT NULL;
CREATE INDEX supervision_event_month ON supervision_event (tenant_code, reported_month, department_org);
-- What a repeat condition counts: the same department and category in one place within some days.
CREATE INDEX supervision_event_repeat ON supervision_event (tenant_code, department_org, category_code, community, reported_at);
