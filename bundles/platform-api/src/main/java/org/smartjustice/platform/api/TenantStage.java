package org.smartjustice.platform.api;

/** Where a district stands in the rollout (先试点后全市推广). */
public enum TenantStage {
    /** Known to the platform, not yet rolled out. */
    PLANNED("待推广"),
    /** Switched on as a pilot district. */
    PILOT("试点"),
    /** Switched on as part of the city-wide rollout. */
    CITYWIDE("全市推广"),
    /** Switched off: its module endpoints refuse every call. */
    SUSPENDED("已暂停");

    private final String title;

    TenantStage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
