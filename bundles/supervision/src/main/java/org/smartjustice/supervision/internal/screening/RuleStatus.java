package org.smartjustice.supervision.internal.screening;

import org.smartjustice.platform.api.Titled;

/** Whether a screening rule screens: a draft is only tried by dry runs. */
public enum RuleStatus implements Titled {
    DRAFT("草稿"),
    ACTIVE("启用"),
    OFF("停用");

    private final String title;

    RuleStatus(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
