package org.smartjustice.map.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import org.smartjustice.platform.api.geo.CoordinateSystem;

/**
 * The checked configuration, as the page receives it from {@code GET .../map/config}. A bad value
 * is logged and replaced by its default rather than breaking the page.
 */
public record MapSettings(String tileUrl, String tileSubdomains, String attribution, CoordinateSystem crs, int maxZoom) {

    private static final Logger LOG = Logger.getLogger(MapSettings.class.getName());

    public static final MapSettings DEFAULTS = new MapSettings("", "abc", "", CoordinateSystem.WGS84, 18);

    public static MapSettings of(MapConfig c) {
        if (c == null) {
            return DEFAULTS;
        }
        String url = c.tileUrl() == null ? "" : c.tileUrl().trim();
        if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/"))) {
            LOG.warning(() -> MapConfig.PID + ": tileUrl must be an http(s) URL or a path, ignoring " + c.tileUrl());
            url = "";
        }
        CoordinateSystem crs = CoordinateSystem.WGS84;
        try {
            crs = CoordinateSystem.parse(c.defaultCrs() == null ? "wgs84" : c.defaultCrs());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> MapConfig.PID + ": defaultCrs must be wgs84 or gcj02, ignoring " + c.defaultCrs());
        }
        if (crs == CoordinateSystem.BD09) {
            // 百度's tiles are not in Web Mercator: Leaflet cannot draw them with a plain tile layer.
            LOG.warning(() -> MapConfig.PID + ": defaultCrs bd09 is not supported by the page, using wgs84");
            crs = CoordinateSystem.WGS84;
        }
        int zoom = c.maxZoom();
        if (zoom < 1 || zoom > 22) {
            LOG.warning(() -> MapConfig.PID + ": maxZoom must be 1-22, ignoring " + c.maxZoom());
            zoom = 18;
        }
        String subdomains = c.tileSubdomains() == null || c.tileSubdomains().isBlank() ? "abc" : c.tileSubdomains().trim();
        return new MapSettings(url, subdomains, c.attribution() == null ? "" : c.attribution().trim(), crs, zoom);
    }

    public Map<String, Object> json(String tenant) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tenant", tenant);
        m.put("tileUrl", tileUrl);
        m.put("tileSubdomains", tileSubdomains);
        m.put("attribution", attribution);
        m.put("crs", crs.code().toLowerCase(Locale.ROOT));
        m.put("maxZoom", maxZoom);
        return m;
    }
}
