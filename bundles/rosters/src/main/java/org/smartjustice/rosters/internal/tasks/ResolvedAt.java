package org.smartjustice.rosters.internal.tasks;

import org.smartjustice.platform.api.Titled;

/** Where the members of a task were found: the target itself, or the community or street around its grid. */
public enum ResolvedAt implements Titled {
    MEMBER("指定成员"),
    GRID("本网格"),
    COMMUNITY("所在社区（村）"),
    STREET("所在街道");

    private final String title;

    ResolvedAt(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
