package org.smartjustice.supervision.internal.departments;

import org.smartjustice.platform.api.Titled;

/** A retired department keeps its row (history, audit) and receives nothing new. */
public enum DepartmentStatus implements Titled {
    ACTIVE("在用"),
    RETIRED("已撤销");

    private final String title;

    DepartmentStatus(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
