package org.smartjustice.platform.api.jobs;

import org.smartjustice.platform.api.Titled;

public enum JobState implements Titled {
    QUEUED("排队中"),
    RUNNING("进行中"),
    DONE("已完成"),
    /** Ended by an error, by a restart of the node that ran it, or by its module being stopped. */
    FAILED("失败");

    private final String title;

    JobState(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
