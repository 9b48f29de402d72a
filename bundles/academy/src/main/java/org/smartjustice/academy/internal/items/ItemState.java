package org.smartjustice.academy.internal.items;

import org.smartjustice.platform.api.Titled;

/**
 * Where an item or one of its versions is in the workflow 草稿 → 待审 → 已发布 → 已撤回. An item
 * is PUBLISHED while a version of it is, even while its next version is edited; a version that a
 * newer one replaced is SUPERSEDED (kept, never public again).
 */
public enum ItemState implements Titled {
    DRAFT("草稿"),
    REVIEW("待审"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回"),
    SUPERSEDED("已被新版本替换");

    private final String title;

    ItemState(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
