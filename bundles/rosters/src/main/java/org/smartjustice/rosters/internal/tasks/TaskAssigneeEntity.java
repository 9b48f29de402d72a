package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** A member a task was sent to; {@code awaiting} while the task waits on that member's action. */
@Entity
@Table(name = "task_assignee")
public class TaskAssigneeEntity extends TenantOwnedEntity {

    @Column(name = "task_id")
    public String taskId;

    @Column(name = "member_id")
    public String memberId;

    public boolean awaiting;

    /** The task's current deadline, copied so that {@code my/tasks} orders by an index. */
    @Column(name = "due_at")
    public LocalDateTime dueAt;
}
