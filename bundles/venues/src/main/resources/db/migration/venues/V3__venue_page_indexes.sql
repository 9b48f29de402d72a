-- Lists are ordered by name and then id (a stable order for paging). With the id in the index,
-- a page and the count of a filtered list come from the index instead of reading and sorting
-- every matching row (measured on H2: a page of 20 among 2,500 of one type in half the time, the
-- count in a third). They supersede the name indexes of V2.
CREATE INDEX venue_tenant_name_id ON venue (tenant_code, name, id);
CREATE INDEX venue_tenant_type_name_id ON venue (tenant_code, type, name, id);
DROP INDEX venue_tenant_name;
DROP INDEX venue_tenant_type_name;
