package org.smartjustice.platform.api.geo;

import java.util.Locale;

/**
 * The coordinate systems a map client may draw in. Coordinates are stored in {@link #WGS84};
 * the others exist only at the edges, for map endpoints ({@code crs=}) and imports.
 */
public enum CoordinateSystem {

    WGS84("wgs84", "WGS-84（GPS、天地图）"),
    /** The legally mandated obfuscation used by 高德 and 腾讯 maps. */
    GCJ02("gcj02", "GCJ-02（高德、腾讯）"),
    /** 百度's own further offset on top of GCJ-02. */
    BD09("bd09", "BD-09（百度）");

    private final String code;
    private final String title;

    CoordinateSystem(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The value used in query parameters such as {@code crs=gcj02}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** OGC's name of WGS-84 with longitude first, as OGC API clients send it. */
    public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /**
     * Reads a {@code crs} parameter (also OGC's {@link #CRS84} URI), ignoring case, surrounding blanks and hyphens
     * ({@code WGS-84} is how people write it).
     *
     * @throws IllegalArgumentException with a message fit for the user when the value is unknown
     */
    public static CoordinateSystem parse(String value) {
        if (value != null && value.strip().equals(CRS84)) {
            return WGS84;
        }
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (v) {
            case "wgs84" -> WGS84;
            // 天地图 publishes in CGCS2000, which differs from WGS-84 by centimetres: far below what a web map can show.
            case "cgcs2000" -> WGS84;
            case "gcj02" -> GCJ02;
            case "bd09" -> BD09;
            default -> throw new IllegalArgumentException(
                    "不支持的坐标系「" + value + "」，应为 wgs84、gcj02、bd09 或 cgcs2000");
        };
    }
}
