package org.smartjustice.rosters.internal.grids;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/**
 * A grid cell (网格) of the host platform: its code is the host's own, unique in the district; it
 * lies in a community (社区/村, 12-digit code) and so in a street (9 digits). Fields are public for
 * the module's other packages; the package is not exported.
 */
@Entity
@Table(name = "grid_cell")
public class GridCellEntity extends TenantOwnedEntity {

    public String code;
    public String name;

    @Column(name = "community_code")
    public String communityCode;

    @Column(name = "street_code")
    public String streetCode;

    /** The centre point, WGS-84, or null. */
    public Double lon;
    public Double lat;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "updated_at")
    public LocalDateTime updatedAt;
}
