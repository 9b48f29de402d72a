package org.smartjustice.rosters.internal.members;

import org.smartjustice.platform.api.Titled;

public enum MemberStatus implements Titled {
    ON_DUTY("在岗"),
    OFF_DUTY("离岗");

    private final String title;

    MemberStatus(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
