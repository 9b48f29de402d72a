package org.smartjustice.venues.internal.venues;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;

@Entity
@Table(name = "venue")
public class VenueEntity extends TenantOwnedEntity {

    @Column(name = "natural_key", nullable = false)
    String naturalKey;

    @Enumerated(EnumType.STRING)
    VenueType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "center_level")
    CenterLevel level;

    String name;
    String address;

    @Column(name = "street_code")
    String streetCode;

    String community;

    @Column(name = "grid_code")
    String gridCode;

    double lon;
    double lat;
    String phone;

    @Column(name = "contact_person")
    String contactPerson;

    @Column(name = "contact_phone")
    String contactPhone;

    @Column(name = "opening_hours")
    String openingHours;

    /** The services offered, one per line. */
    String services;

    @Column(name = "credit_code")
    String creditCode;

    @Column(name = "credit_code_override")
    boolean creditCodeOverride;

    String description;

    @Enumerated(EnumType.STRING)
    VenueStatus status;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "updated_at")
    LocalDateTime updatedAt;
}
