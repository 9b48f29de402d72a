package org.smartjustice.venues.api;

import org.smartjustice.platform.api.Titled;

public enum VenueStatus implements Titled {
    ACTIVE("正常"),
    SUSPENDED("暂停服务"),
    /** Deleted: kept for the audit trail, hidden from the public. */
    CLOSED("已撤销");

    private final String title;

    VenueStatus(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
