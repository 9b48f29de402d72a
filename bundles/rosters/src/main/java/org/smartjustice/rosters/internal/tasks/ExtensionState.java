package org.smartjustice.rosters.internal.tasks;

import org.smartjustice.platform.api.Titled;

/** The state of a request for more time (延期). */
public enum ExtensionState implements Titled {
    NONE("无"),
    REQUESTED("已申请"),
    GRANTED("已同意"),
    REFUSED("未同意");

    private final String title;

    ExtensionState(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
