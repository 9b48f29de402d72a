package org.smartjustice.supervision.internal.events;

import java.util.Locale;

import org.smartjustice.platform.api.Titled;

/** The host's lifecycle of a grid event, in order: 上报 → 受理 → 立案 → 派遣 → 处置 → 核查 → 结案 → 评价. */
public enum EventStep implements Titled {
    REPORTED("上报"), ACCEPTED("受理"), REGISTERED("立案"), DISPATCHED("派遣"), HANDLED("处置"), VERIFIED("核查"),
    CLOSED("结案"), EVALUATED("评价");

    private final String title;

    EventStep(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    /** The step named by its code ({@code DISPATCHED}, any case) or its zh-CN title ({@code 派遣}); null for none. */
    public static EventStep of(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (EventStep s : values()) {
            if (s.name().equals(t.toUpperCase(Locale.ROOT)) || s.title.equals(t)) {
                return s;
            }
        }
        return null;
    }
}
