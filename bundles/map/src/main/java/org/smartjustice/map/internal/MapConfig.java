package org.smartjustice.map.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** {@code etc/org.smartjustice.map.cfg}: the base map of the public page. Read live. */
@ObjectClassDefinition(name = "智慧司法 公共法律服务地图",
        description = "Base map (tile layer) of the public map page. Without a tile URL the page shows the venues on a plain background.")
public @interface MapConfig {

    String PID = "org.smartjustice.map";

    @AttributeDefinition(description = "Tile URL template with {z}/{x}/{y} (and {s} for subdomains), e.g. a 天地图 "
            + "WMTS URL with your key, or an internal tile server. Empty: no base map, markers on a plain background.")
    String tileUrl() default "";

    @AttributeDefinition(description = "Values of {s} in the tile URL, e.g. abc or 1234 or 01234567.")
    String tileSubdomains() default "abc";

    @AttributeDefinition(description = "Attribution of the tiles, shown in the corner of the map (HTML allowed: links).")
    String attribution() default "";

    @AttributeDefinition(description = "The coordinate system the tiles are drawn in: wgs84 (天地图, OSM) or gcj02 (高德, 腾讯). "
            + "The page asks for venue coordinates in this system.",
            options = { @Option(value = "wgs84", label = "WGS-84 / CGCS2000"), @Option(value = "gcj02", label = "GCJ-02") })
    String defaultCrs() default "wgs84";

    @AttributeDefinition(description = "Highest zoom level of the tiles (1-22).")
    int maxZoom() default 18;

    @AttributeDefinition(description = "Who may show the map page in a frame (CSP frame-ancestors), space-separated: "
            + "'self', 'none', or origins such as https://grid.example.gov.cn (the host platform that embeds the page).")
    String frameAncestors() default "'self'";
}
