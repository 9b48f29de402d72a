-- Batches look events up by their host ids (a back-fill's 500 lines, WHERE event_id IN (...)) and
-- screenings by their events (WHERE event_ref IN (...)). The embedded database uses an index for an
-- IN list only on the index's first column; with the tenant first it walked every event of the tenant
-- for each batch (a back-fill slowed as the table grew). The same keys, the looked-up column first.

ALTER TABLE supervision_event DROP CONSTRAINT supervision_event_key;
ALTER TABLE supervision_event ADD CONSTRAINT supervision_event_key UNIQUE (event_id, tenant_code, source);

ALTER TABLE supervision_screening DROP CONSTRAINT supervision_screening_event;
ALTER TABLE supervision_screening ADD CONSTRAINT supervision_screening_event UNIQUE (event_ref, tenant_code);
