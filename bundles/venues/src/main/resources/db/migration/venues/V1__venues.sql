-- Venues (阵地): the legal-service institutions and sites of a district.
-- Every row belongs to one tenant (tenant_code, set by EclipseLink multitenancy).
-- Coordinates are WGS-84. Timestamps UTC.

CREATE TABLE venue (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_code          VARCHAR(32)   NOT NULL,
    natural_key          VARCHAR(300)  NOT NULL,
    type                 VARCHAR(40)   NOT NULL,
    center_level         VARCHAR(20),
    name                 VARCHAR(100)  NOT NULL,
    address              VARCHAR(200)  NOT NULL,
    street_code          VARCHAR(9)    NOT NULL,
    community            VARCHAR(100),
    grid_code            VARCHAR(32),
    lon                  DOUBLE PRECISION NOT NULL,
    lat                  DOUBLE PRECISION NOT NULL,
    phone                VARCHAR(32),
    contact_person       VARCHAR(50),
    contact_phone        VARCHAR(32),
    opening_hours        VARCHAR(100),
    services             VARCHAR(1000),
    credit_code          VARCHAR(18),
    credit_code_override BOOLEAN       NOT NULL,
    description          VARCHAR(2000),
    status               VARCHAR(16)   NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    updated_at           TIMESTAMP     NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT venue_natural_key UNIQUE (tenant_code, natural_key)
);

CREATE INDEX venue_tenant_type ON venue (tenant_code, type);
CREATE INDEX venue_tenant_street ON venue (tenant_code, street_code);
CREATE INDEX venue_tenant_status ON venue (tenant_code, status);
CREATE INDEX venue_tenant_lon_lat ON venue (tenant_code, lon, lat);
