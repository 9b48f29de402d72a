package org.smartjustice.supervision.internal.screening;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** A grid event that a rule took: the reasons of its newest screened version and what supervisors decided. */
@Entity
@Table(name = "supervision_screening")
public class ScreeningEntity extends TenantOwnedEntity {

    @Column(name = "event_ref")
    String eventRef;

    @Column(name = "event_version")
    long eventVersion;

    @Enumerated(EnumType.STRING)
    ScreeningStatus status;

    /** JSON: the list of {@link ScreeningRules.Reason}. */
    String reasons;

    /** The ids of the rules that took it, comma-separated. */
    @Column(name = "rule_ids")
    String ruleIds;

    @Column(name = "first_screened_at")
    LocalDateTime firstScreenedAt;

    @Column(name = "screened_at")
    LocalDateTime screenedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_by_name")
    String decidedByName;

    @Column(name = "decided_at")
    LocalDateTime decidedAt;

    @Column(name = "decision_note")
    String decisionNote;
}
