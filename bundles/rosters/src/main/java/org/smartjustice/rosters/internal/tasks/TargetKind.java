package org.smartjustice.rosters.internal.tasks;

import org.smartjustice.platform.api.Titled;

/** Whom a task is sent to. */
public enum TargetKind implements Titled {
    MEMBER("指定成员"),
    ROLE_IN_GRID("网格内某角色"),
    GRID("网格");

    private final String title;

    TargetKind(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
