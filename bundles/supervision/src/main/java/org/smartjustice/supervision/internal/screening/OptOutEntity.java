package org.smartjustice.supervision.internal.screening;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** A city default rule that this district switched off for itself. */
@Entity
@Table(name = "supervision_screening_opt_out")
public class OptOutEntity extends TenantOwnedEntity {

    @Column(name = "city_rule_id")
    String cityRuleId;

    @Column(name = "created_at")
    LocalDateTime createdAt;
}
