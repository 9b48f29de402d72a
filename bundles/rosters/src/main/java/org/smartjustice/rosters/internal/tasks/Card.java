package org.smartjustice.rosters.internal.tasks;

import org.smartjustice.platform.api.Titled;

/** The card a late task carries: yellow past its first deadline, red past its second. */
public enum Card implements Titled {
    NONE("无"),
    YELLOW("黄牌"),
    RED("红牌");

    private final String title;

    Card(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
