package org.smartjustice.supervision.internal.screening;

import org.smartjustice.platform.api.Titled;

/** Where a screened-in event stands with the supervisors. */
public enum ScreeningStatus implements Titled {
    /** In the queue: a rule took it, nobody has decided. */
    PENDING("待甄别"),
    /** 归集: collected for supervision. */
    COLLECTED("已归集"),
    /** Dismissed with a note; a new version that meets another rule brings it back. */
    DISMISSED("已排除");

    private final String title;

    ScreeningStatus(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }
}
