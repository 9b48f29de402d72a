-- Editors' hot and no-result lists show a query only once enough different callers asked it on a
-- day (anyone may search, so one caller alone must not put a text in front of the editors).
-- How many different callers asked a query on a day, counted up to the configured threshold;
-- rows written before this count had none, so they stay out of the lists.
ALTER TABLE academy_search_query ADD COLUMN callers BIGINT DEFAULT 0 NOT NULL;

-- Who asked a query on a day: a salted hash of the caller (token subject or client address) and
-- the query, never the caller itself. Kept only until the query reaches the threshold, and only
-- for today and yesterday.
CREATE TABLE academy_search_caller (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    query           VARCHAR(100)   NOT NULL,
    search_day      DATE           NOT NULL,
    caller_hash     VARCHAR(64)    NOT NULL,
    CONSTRAINT academy_search_caller_once UNIQUE (tenant_code, search_day, query, caller_hash)
);

-- The day's random salt of those hashes, the same for every node; dropped with the day's callers.
CREATE TABLE academy_search_salt (
    id              VARCHAR(64)    NOT NULL PRIMARY KEY,
    tenant_code     VARCHAR(32)    NOT NULL,
    version         BIGINT         NOT NULL,
    salt_day        DATE           NOT NULL,
    salt            VARCHAR(64)    NOT NULL
);
