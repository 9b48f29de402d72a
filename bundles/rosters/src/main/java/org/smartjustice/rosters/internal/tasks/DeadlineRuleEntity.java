package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;
import org.smartjustice.rosters.api.Duty;

/** A tenant's deadlines for one duty and urgency, where they differ from the defaults (ISO-8601 durations). */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRuleEntity extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    public Duty duty;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Column(name = "accept_yellow")
    public String acceptYellow;

    @Column(name = "accept_red")
    public String acceptRed;

    @Column(name = "finish_yellow")
    public String finishYellow;

    @Column(name = "finish_red")
    public String finishRed;

    @Column(name = "updated_at")
    public LocalDateTime updatedAt;
}
