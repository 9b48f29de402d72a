package org.smartjustice.platform.internal.webhooks;

import org.smartjustice.platform.api.Titled;

/** Where a delivery stands. */
public enum DeliveryState implements Titled {
    PENDING("待投递"),
    DELIVERED("已投递"),
    FAILED("投递失败");

    private final String title;

    DeliveryState(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
