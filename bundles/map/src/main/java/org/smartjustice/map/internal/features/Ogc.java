package org.smartjustice.map.internal.features;

import static org.smartjustice.map.internal.features.Features.GEO_JSON;
import static org.smartjustice.map.internal.features.Features.JSON;
import static org.smartjustice.map.internal.features.Features.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartjustice.platform.api.geo.GeoJson;

/**
 * The fixed documents of OGC API - Features Part 1 (landing page, conformance, collections) for
 * one tenant. {@code base} is the absolute URL of {@code .../public/t/{tenant}/map}.
 */
final class Ogc {

    static final String COLLECTION = "venues";
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");

    private Ogc() {
    }

    static Map<String, Object> landing(String base, String tenant, String openApi, String page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "公共法律服务地图（" + tenant + "）");
        m.put("description", "本区县公共法律服务阵地（公共法律服务中心、司法所、调解组织、律师事务所等）的点位与公开信息，"
                + "遵循 OGC API - Features 第 1 部分，GeoJSON 输出；crs 参数可选 wgs84、gcj02（高德、腾讯）、bd09（百度）。");
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(base + "/", "self", JSON, "本文档"));
        links.add(link(openApi, "service-desc", "application/vnd.oai.openapi+json;version=3.0", "OpenAPI 3 接口描述"));
        links.add(link(base + "/conformance", "conformance", JSON, "符合的 OGC 标准类别"));
        links.add(link(base + "/collections", "data", JSON, "数据集"));
        links.add(link(page, "alternate", "text/html", "地图网页"));
        m.put("links", links);
        return m;
    }

    static Map<String, Object> conformance() {
        return Map.of("conformsTo", CONFORMANCE);
    }

    static Map<String, Object> collections(String base, Map<String, Object> venues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("links", List.of(link(base + "/collections", "self", JSON, "数据集")));
        m.put("collections", List.of(venues));
        return m;
    }

    /**
     * @param extent {minLon, minLat, maxLon, maxLat} of the active venues in WGS-84, or null when none
     * @param kinds  the venue types, listed for clients that build a type filter
     */
    static Map<String, Object> collection(String base, double[] extent, long count, List<VenueSource.Kind> kinds) {
        String self = base + "/collections/" + COLLECTION;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", COLLECTION);
        m.put("title", "公共法律服务阵地");
        m.put("description", "正常开放的公共法律服务机构与场所：名称、类型、地址、开放时间、机构电话、服务项目。不含任何个人信息。");
        m.put("itemType", "feature");
        m.put("crs", List.of(Params.CRS84));
        if (extent != null) {
            Map<String, Object> spatial = new LinkedHashMap<>();
            spatial.put("bbox", List.of(List.of(GeoJson.round(extent[0]), GeoJson.round(extent[1]),
                    GeoJson.round(extent[2]), GeoJson.round(extent[3]))));
            spatial.put("crs", Params.CRS84);
            m.put("extent", Map.of("spatial", spatial));
        }
        m.put("numberOfItems", count);
        List<Map<String, Object>> types = new ArrayList<>();
        for (VenueSource.Kind k : kinds) {
            types.add(Map.of("code", k.code(), "title", k.title()));
        }
        m.put("venueTypes", types);
        m.put("links", List.of(
                link(self, "self", JSON, "本数据集"),
                link(self + "/items", "items", GEO_JSON, "阵地点位（GeoJSON）")));
        return m;
    }
}
