package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** One step of a task's life: who took it, when, and what they said. Never changed once written. */
@Entity
@Table(name = "task_step")
public class TaskStepEntity extends TenantOwnedEntity {

    @Column(name = "task_id")
    public String taskId;

    public int seq;

    @Enumerated(EnumType.STRING)
    public TaskAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public TaskState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public TaskState toState;

    /** The caller's {@code sub}, or {@code system:schedule}. */
    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    /** The member who took it, when a member did. */
    @Column(name = "member_id")
    public String memberId;

    @Column(name = "happened_at")
    public LocalDateTime at;

    public String text;
    public Double lon;
    public Double lat;
}
