package org.smartjustice.rosters.internal.tasks;

import static org.smartjustice.rosters.internal.tasks.TaskState.ACCEPTED;
import static org.smartjustice.rosters.internal.tasks.TaskState.ANSWERED;
import static org.smartjustice.rosters.internal.tasks.TaskState.DISPATCHED;
import static org.smartjustice.rosters.internal.tasks.TaskState.IN_PROGRESS;
import static org.smartjustice.rosters.internal.tasks.TaskState.RETURNED;

import java.util.EnumSet;
import java.util.Set;

import org.smartjustice.platform.api.Titled;

/**
 * The steps of a task's life: from which states each may be taken, by whom, and where it leads
 * ({@code null}: the state stays). The whole lifecycle is this table.
 */
public enum TaskAction implements Titled {
    DISPATCH("派遣", Actor.DISPATCHER, null, DISPATCHED),
    ACCEPT("签收", Actor.ASSIGNEE, EnumSet.of(DISPATCHED), ACCEPTED),
    START("开始处置", Actor.HANDLER, EnumSet.of(ACCEPTED), IN_PROGRESS),
    ANSWER("反馈", Actor.HANDLER, EnumSet.of(ACCEPTED, IN_PROGRESS), ANSWERED),
    VERIFY("核查办结", Actor.DISPATCHER, EnumSet.of(ANSWERED), TaskState.CLOSED),
    REOPEN("核查不通过，重新处置", Actor.DISPATCHER, EnumSet.of(ANSWERED), IN_PROGRESS),
    RETURN("回退", Actor.ASSIGNEE, EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS), RETURNED),
    REASSIGN("重新派遣", Actor.DISPATCHER, EnumSet.of(DISPATCHED, RETURNED), DISPATCHED),
    REQUEST_EXTENSION("申请延期", Actor.HANDLER, EnumSet.of(ACCEPTED, IN_PROGRESS), null),
    GRANT_EXTENSION("同意延期", Actor.DISPATCHER, EnumSet.of(ACCEPTED, IN_PROGRESS), null),
    REFUSE_EXTENSION("不同意延期", Actor.DISPATCHER, EnumSet.of(ACCEPTED, IN_PROGRESS), null),
    URGE("督办", Actor.DISPATCHER, EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS), null),
    CARD("亮牌", Actor.SYSTEM, EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS), null),
    CANCEL("撤销", Actor.DISPATCHER, EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS, ANSWERED, RETURNED),
            TaskState.CANCELLED);

    /** Who takes a step. */
    public enum Actor {
        /** The district's or the host's dispatchers. */
        DISPATCHER,
        /** A member the task is sent to (before acceptance: any candidate; after: the handler). */
        ASSIGNEE,
        /** The member who accepted the task. */
        HANDLER,
        /** The platform's scheduled scan. */
        SYSTEM
    }

    private final String title;
    private final Actor actor;
    private final Set<TaskState> from;
    private final TaskState to;

    TaskAction(String title, Actor actor, Set<TaskState> from, TaskState to) {
        this.title = title;
        this.actor = actor;
        this.from = from == null ? Set.of() : from;
        this.to = to;
    }

    @Override
    public String title() {
        return title;
    }

    public Actor actor() {
        return actor;
    }

    public boolean allowedFrom(TaskState state) {
        return from.contains(state);
    }

    /** The state after the step. */
    public TaskState next(TaskState current) {
        return to == null ? current : to;
    }

    /** Event type of the outbound webhook: {@code rosters.task.request-extension}. */
    public String eventType() {
        return "rosters.task." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
