package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;

/** A governance task dispatched to members (指挥调度). Its steps are {@link TaskStepEntity} rows. */
@Entity
@Table(name = "task")
public class TaskEntity extends TenantOwnedEntity {

    /** The host's own id of the task (its dispatch centre's), for idempotent creation. */
    @Column(name = "external_id")
    public String externalId;

    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public Duty duty;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    public Double lon;
    public Double lat;

    @Column(name = "grid_code")
    public String gridCode;

    /** The cell's name when the task was sent there. */
    @Column(name = "grid_name")
    public String gridName;

    @Column(name = "community_code")
    public String communityCode;

    @Column(name = "street_code")
    public String streetCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    public TargetKind targetKind;

    @Column(name = "target_member_id")
    public String targetMemberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_role")
    public RosterRole targetRole;

    @Column(name = "target_grid_code")
    public String targetGridCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolved_at")
    public ResolvedAt resolvedAt;

    @Enumerated(EnumType.STRING)
    public TaskState state;

    /** The member who accepted it. */
    @Column(name = "handler_id")
    public String handlerId;

    /** The {@code sub} of whoever dispatched it last. */
    public String dispatcher;

    @Column(name = "dispatcher_name")
    public String dispatcherName;

    @Column(name = "accept_yellow_at")
    public LocalDateTime acceptYellowAt;

    @Column(name = "accept_red_at")
    public LocalDateTime acceptRedAt;

    @Column(name = "finish_yellow_at")
    public LocalDateTime finishYellowAt;

    @Column(name = "finish_red_at")
    public LocalDateTime finishRedAt;

    /** The deadline the task is waiting on now: acceptance, then finishing; null when with no member. */
    @Column(name = "next_due_at")
    public LocalDateTime nextDueAt;

    @Enumerated(EnumType.STRING)
    public Card card;

    @Column(name = "card_at")
    public LocalDateTime cardAt;

    /** Steps taken so far: the next step's number (steps are numbered from 1, the dispatch). */
    public int steps;

    @Column(name = "urge_count")
    public int urgeCount;

    @Column(name = "return_count")
    public int returnCount;

    /** The last reason given (a return, a reopening, a refusal). */
    @Column(name = "last_reason")
    public String lastReason;

    @Enumerated(EnumType.STRING)
    public ExtensionState extension;

    @Column(name = "extension_until")
    public LocalDateTime extensionUntil;

    @Column(name = "answer_text")
    public String answerText;

    @Column(name = "answer_lon")
    public Double answerLon;

    @Column(name = "answer_lat")
    public Double answerLat;

    @Column(name = "dispatched_at")
    public LocalDateTime dispatchedAt;

    @Column(name = "accepted_at")
    public LocalDateTime acceptedAt;

    @Column(name = "answered_at")
    public LocalDateTime answeredAt;

    @Column(name = "closed_at")
    public LocalDateTime closedAt;

    /** {@code 2026-11}: the month (Beijing time) it was first dispatched, for the monthly statistics. */
    @Column(name = "month_key")
    public String month;

    @Column(name = "created_at")
    public LocalDateTime createdAt;

    @Column(name = "updated_at")
    public LocalDateTime updatedAt;
}
