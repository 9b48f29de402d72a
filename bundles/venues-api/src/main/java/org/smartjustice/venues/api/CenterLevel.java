package org.smartjustice.venues.api;

import org.smartjustice.platform.api.Titled;

/** The level of a public legal-service center (公共法律服务中心). */
public enum CenterLevel implements Titled {
    DISTRICT_CENTER("区县公共法律服务中心"),
    TOWN_WORKSTATION("乡镇（街道）公共法律服务工作站"),
    VILLAGE_STUDIO("村（社区）公共法律服务工作室");

    private final String title;

    CenterLevel(String title) {
        this.title = title;
    }

    @Override
    public String title() {
        return title;
    }

    /** Reads the English name, the zh-CN title or its short form (中心 / 工作站 / 工作室). */
    public static CenterLevel parse(String text) {
        String t = text == null ? "" : text.trim();
        for (CenterLevel l : values()) {
            if (l.name().equalsIgnoreCase(t) || l.title.equals(t)) {
                return l;
            }
        }
        return switch (t) {
            case "中心", "区县中心" -> DISTRICT_CENTER;
            case "工作站" -> TOWN_WORKSTATION;
            case "工作室" -> VILLAGE_STUDIO;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
