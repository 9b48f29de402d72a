package org.smartjustice.rosters.internal.members;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/**
 * A member of the justice system in the district's grid organisation. Roles, duties and grid codes
 * are stored as comma-separated lists (grid codes primary first); {@link MemberPostEntity} keeps
 * them as rows for queries.
 */
@Entity
@Table(name = "member")
public class MemberEntity extends TenantOwnedEntity {

    @Column(name = "natural_key")
    public String naturalKey;

    public String name;
    public String roles;
    public String duties;

    @Column(name = "grid_codes")
    public String gridCodes;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "unit_venue_id")
    public String unitVenueId;

    /** Personal (PIPL): shown masked except to the district's managers who ask, and audited then. */
    public String mobile;

    @Column(name = "work_phone")
    public String workPhone;

    /** The host platform's user id ({@code sub} of the member's tokens). */
    @Column(name = "host_user_id")
    public String hostUserId;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;

    @Column(name = "status_since")
    public LocalDate statusSince;

    /** 法律明白人 certificate. */
    @Column(name = "certificate_no")
    public String certificateNo;

    /** Consent to be listed in the public contacts, with its time. */
    public boolean listed;

    @Column(name = "listed_since")
    public LocalDateTime listedSince;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "updated_at")
    public LocalDateTime updatedAt;
}
