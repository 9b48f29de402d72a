package org.smartjustice.rosters.internal.tasks;

import org.smartjustice.platform.api.Titled;

/** How urgent a task is; deadlines depend on it. */
public enum Urgency implements Titled {
    NORMAL("一般"),
    URGENT("紧急"),
    CRITICAL("特急");

    private final String title;

    Urgency(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
