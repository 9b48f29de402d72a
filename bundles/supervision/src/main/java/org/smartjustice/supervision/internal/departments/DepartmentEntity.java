package org.smartjustice.supervision.internal.departments;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** A department of the tenant; tenant, id and version come from the platform's superclass. */
@Entity
@Table(name = "supervision_department")
public class DepartmentEntity extends TenantOwnedEntity {

    String name;

    @Column(name = "name_key")
    String nameKey;

    @Column(name = "short_name")
    String shortName;

    @Enumerated(EnumType.STRING)
    DepartmentKind kind;

    @Column(name = "credit_code")
    String creditCode;

    @Column(name = "org_code")
    String orgCode;

    @Column(name = "enforcement_domains")
    String enforcementDomains;

    /** One item per line. */
    String responsibilities;

    String source;

    boolean verified;

    @Enumerated(EnumType.STRING)
    DepartmentStatus status;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "updated_at")
    LocalDateTime updatedAt;

    public String name() {
        return name;
    }
}
