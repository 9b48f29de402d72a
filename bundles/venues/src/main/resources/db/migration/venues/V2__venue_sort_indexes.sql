-- Lists are sorted by name by default and filtered by type: let the database walk an index
-- instead of sorting every matching row per page.
CREATE INDEX venue_tenant_name ON venue (tenant_code, name);
CREATE INDEX venue_tenant_type_name ON venue (tenant_code, type, name);
