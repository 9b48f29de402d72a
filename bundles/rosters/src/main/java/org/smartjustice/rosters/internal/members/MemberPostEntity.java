package org.smartjustice.rosters.internal.members;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;
import org.smartjustice.rosters.api.RosterRole;

/**
 * One role of a member in one grid cell (or, for a member without grid cells, in none): the index
 * that dispatch, coverage and the public contacts read. Rewritten with every write of the member.
 */
@Entity
@Table(name = "member_post")
public class MemberPostEntity extends TenantOwnedEntity {

    @Column(name = "member_id")
    public String memberId;

    @Enumerated(EnumType.STRING)
    public RosterRole role;

    @Column(name = "grid_code")
    public String gridCode;

    @Column(name = "community_code")
    public String communityCode;

    @Column(name = "street_code")
    public String streetCode;

    @Column(name = "primary_grid")
    public boolean primaryGrid;

    @Column(name = "on_duty")
    public boolean onDuty;

    public boolean listed;
}
