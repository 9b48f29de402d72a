package org.smartjustice.platform.internal.webhooks.inbound;

import org.smartjustice.platform.api.Titled;

/** Where an inbound message stands. */
public enum InboundState implements Titled {
    PENDING("待处理"),
    HANDLED("已处理"),
    FAILED("处理失败");

    private final String title;

    InboundState(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
