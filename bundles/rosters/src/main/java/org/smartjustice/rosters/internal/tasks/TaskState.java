package org.smartjustice.rosters.internal.tasks;

import java.util.List;

import org.smartjustice.platform.api.Titled;

/** Where a task stands (派遣 → 签收 → [处置 →] 反馈 → 核查/办结; 回退; 撤销): the steps are {@link TaskAction}. */
public enum TaskState implements Titled {
    DISPATCHED("已派遣"),
    ACCEPTED("已签收"),
    IN_PROGRESS("处置中"),
    ANSWERED("已反馈"),
    RETURNED("已回退"),
    CLOSED("已办结"),
    CANCELLED("已撤销");

    /** Not yet closed or cancelled. */
    public static final List<TaskState> OPEN = List.of(DISPATCHED, ACCEPTED, IN_PROGRESS, ANSWERED, RETURNED);
    /** Waiting on a member: the deadlines run. */
    public static final List<TaskState> WITH_MEMBER = List.of(DISPATCHED, ACCEPTED, IN_PROGRESS);

    private final String title;

    TaskState(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
