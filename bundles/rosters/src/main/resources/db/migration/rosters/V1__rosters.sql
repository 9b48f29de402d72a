-- Rosters (组织队伍): grid cells, the members of the justice system posted in them, and the
-- governance tasks dispatched to them (指挥调度). Every row belongs to one tenant (tenant_code,
-- set by EclipseLink multitenancy). Coordinates WGS-84, timestamps UTC.

CREATE TABLE grid_cell (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)   NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    community_code  VARCHAR(12)   NOT NULL,
    street_code     VARCHAR(9)    NOT NULL,
    lon             DOUBLE PRECISION,
    lat             DOUBLE PRECISION,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT grid_cell_code UNIQUE (tenant_code, code)
);
CREATE INDEX grid_cell_community ON grid_cell (tenant_code, community_code);
-- Cells are looked up by IN lists of codes (imports, members' cells): see member_natural_key.
CREATE INDEX grid_cell_code_in ON grid_cell (code);

CREATE TABLE member (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code        VARCHAR(32)   NOT NULL,
    natural_key        VARCHAR(200)  NOT NULL,
    name               VARCHAR(50)   NOT NULL,
    roles              VARCHAR(400)  NOT NULL,
    duties             VARCHAR(300)  NOT NULL,
    grid_codes         VARCHAR(2000) NOT NULL,
    unit_name          VARCHAR(100),
    unit_venue_id      VARCHAR(36),
    mobile             VARCHAR(32),
    work_phone         VARCHAR(32),
    host_user_id       VARCHAR(128),
    status             VARCHAR(16)   NOT NULL,
    status_since       DATE,
    certificate_no     VARCHAR(64),
    listed             BOOLEAN       NOT NULL,
    listed_since       TIMESTAMP,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL,
    -- natural_key first: imports look members up by IN lists of keys, which H2 answers from an
    -- index only on its leading column (with tenant_code first it scans the tenant's rows).
    CONSTRAINT member_natural_key UNIQUE (natural_key, tenant_code),
    CONSTRAINT member_host_user UNIQUE (tenant_code, host_user_id)
);
CREATE INDEX member_name ON member (tenant_code, name);

-- One row per role of a member and grid cell the member is posted in (a member without grid cells:
-- one row per role with grid_code NULL). Kept by the application with every write of the member,
-- so that dispatch and coverage read an index instead of parsing members.
CREATE TABLE member_post (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)   NOT NULL,
    member_id       VARCHAR(36)   NOT NULL,
    role            VARCHAR(40)   NOT NULL,
    grid_code       VARCHAR(32),
    community_code  VARCHAR(12),
    street_code     VARCHAR(9),
    primary_grid    BOOLEAN       NOT NULL,
    on_duty         BOOLEAN       NOT NULL,
    listed          BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL
);
-- By member id alone: rewritten by IN lists of members (see member_natural_key); ids are unique anyway.
CREATE INDEX member_post_member ON member_post (member_id);
CREATE INDEX member_post_grid ON member_post (tenant_code, grid_code, role);
CREATE INDEX member_post_community ON member_post (tenant_code, community_code, role);
CREATE INDEX member_post_street ON member_post (tenant_code, street_code, role);

CREATE TABLE task (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code        VARCHAR(32)   NOT NULL,
    external_id        VARCHAR(64),
    title              VARCHAR(100)  NOT NULL,
    description        VARCHAR(2000),
    duty               VARCHAR(40)   NOT NULL,
    urgency            VARCHAR(16)   NOT NULL,
    lon                DOUBLE PRECISION,
    lat                DOUBLE PRECISION,
    grid_code          VARCHAR(32),
    grid_name          VARCHAR(100),
    community_code     VARCHAR(12),
    street_code        VARCHAR(9),
    target_kind        VARCHAR(16)   NOT NULL,
    target_member_id   VARCHAR(36),
    target_role        VARCHAR(40),
    target_grid_code   VARCHAR(32),
    resolved_at        VARCHAR(16)   NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    handler_id         VARCHAR(36),
    dispatcher         VARCHAR(128)  NOT NULL,
    dispatcher_name    VARCHAR(100),
    accept_yellow_at   TIMESTAMP     NOT NULL,
    accept_red_at      TIMESTAMP     NOT NULL,
    finish_yellow_at   TIMESTAMP     NOT NULL,
    finish_red_at      TIMESTAMP     NOT NULL,
    next_due_at        TIMESTAMP,
    card               VARCHAR(8)    NOT NULL,
    card_at            TIMESTAMP,
    steps              INTEGER       NOT NULL,
    urge_count         INTEGER       NOT NULL,
    return_count       INTEGER       NOT NULL,
    last_reason        VARCHAR(2000),
    extension          VARCHAR(16)   NOT NULL,
    extension_until    TIMESTAMP,
    answer_text        VARCHAR(2000),
    answer_lon         DOUBLE PRECISION,
    answer_lat         DOUBLE PRECISION,
    dispatched_at      TIMESTAMP     NOT NULL,
    accepted_at        TIMESTAMP,
    answered_at        TIMESTAMP,
    closed_at          TIMESTAMP,
    month_key          VARCHAR(7)    NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT task_external_id UNIQUE (tenant_code, external_id)
);
CREATE INDEX task_state ON task (tenant_code, state, dispatched_at);
CREATE INDEX task_dispatched ON task (tenant_code, dispatched_at);
CREATE INDEX task_cards ON task (tenant_code, card, state);
-- The card scan reads only what is past its deadline.
CREATE INDEX task_next_due ON task (tenant_code, next_due_at);
CREATE INDEX task_month ON task (tenant_code, month_key);

-- The members a task waits on: the candidates until one accepts, then the handler; open while
-- the task awaits that member's action.
CREATE TABLE task_assignee (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)   NOT NULL,
    task_id         VARCHAR(36)   NOT NULL,
    member_id       VARCHAR(36)   NOT NULL,
    awaiting        BOOLEAN       NOT NULL,
    due_at          TIMESTAMP,
    version         BIGINT        NOT NULL
);
CREATE INDEX task_assignee_member ON task_assignee (tenant_code, member_id, awaiting, due_at);
-- By task id alone: a page of tasks reads its assignees by an IN list (see member_natural_key).
CREATE INDEX task_assignee_task ON task_assignee (task_id);

CREATE TABLE task_step (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)   NOT NULL,
    task_id         VARCHAR(36)   NOT NULL,
    seq             INTEGER       NOT NULL,
    action          VARCHAR(24)   NOT NULL,
    from_state      VARCHAR(16),
    to_state        VARCHAR(16)   NOT NULL,
    actor           VARCHAR(128)  NOT NULL,
    actor_name      VARCHAR(100),
    member_id       VARCHAR(36),
    happened_at     TIMESTAMP     NOT NULL,
    text            VARCHAR(2000),
    lon             DOUBLE PRECISION,
    lat             DOUBLE PRECISION,
    version         BIGINT        NOT NULL,
    CONSTRAINT task_step_seq UNIQUE (tenant_code, task_id, seq)
);

-- Deadlines per duty and urgency where a tenant differs from the defaults (ISO-8601 durations).
CREATE TABLE deadline_rule (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)   NOT NULL,
    duty            VARCHAR(40)   NOT NULL,
    urgency         VARCHAR(16)   NOT NULL,
    accept_yellow   VARCHAR(32)   NOT NULL,
    accept_red      VARCHAR(32)   NOT NULL,
    finish_yellow   VARCHAR(32)   NOT NULL,
    finish_red      VARCHAR(32)   NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT deadline_rule_key UNIQUE (tenant_code, duty, urgency)
);
