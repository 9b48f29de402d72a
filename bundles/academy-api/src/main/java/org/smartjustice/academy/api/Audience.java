package org.smartjustice.academy.api;

import org.smartjustice.platform.api.Titled;

/** The boards (板块) of the 法治宣传教育专区: whom an item is written for (DESIGN §2). */
public enum Audience implements Titled {
    STATE_ORGANS("国家机关"),
    VILLAGES("乡村"),
    COMMUNITIES("社区"),
    SCHOOLS("学校"),
    ENTERPRISES("企业");

    private final String title;

    Audience(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
