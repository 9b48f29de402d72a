package org.smartjustice.platform.api.divisions;

/** The levels of the division tree, from the top, with their zh-CN titles. */
public enum DivisionLevel {
    CITY("市"),
    DISTRICT("区县"),
    STREET("乡镇（街道）"),
    COMMUNITY("村（社区）");

    private final String title;

    DivisionLevel(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The level below this one, or null under communities. */
    public DivisionLevel below() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
