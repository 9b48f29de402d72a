package org.smartjustice.map.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;

/** 公共法律服务地图: the module as the platform sees it, with one menu entry for the host console. */
@Component(service = JusticeModule.class)
public class MapModule extends AbstractJusticeModule {

    public static final String ID = "map";
    static final String TITLE = "公共法律服务地图";
    static final String ROUTE = "/justice/map";

    public MapModule() {
        super(ID, TITLE, MenuEntry.of(ID, TITLE).icon("global").path(ROUTE).order(600).build());
    }

    /** What the map's parameters mean (OGC API Features words), for the OpenAPI document. */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("collectionId", "数据集编号：venues"),
            Map.entry("featureId", "点位（公开阵地）编号"),
            Map.entry("id", "点位（公开阵地）编号"),
            Map.entry("bbox", "范围：最小经度,最小纬度,最大经度,最大纬度（按 crs）"),
            Map.entry("limit", "每页条数，1–500（默认 100）"),
            Map.entry("offset", "跳过的条数（默认 0）"),
            Map.entry("near", "经度,纬度：由近及远排列（按 crs）"),
            Map.entry("q", "阵地名称或地址中包含的文字"),
            Map.entry("type", "阵地类型，可重复"),
            Map.entry("f", "输出格式：json（GeoJSON）"));

    @Override
    public Map<String, String> parameters() {
        return PARAMETERS;
    }
}
