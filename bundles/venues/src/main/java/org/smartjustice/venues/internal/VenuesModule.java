package org.smartjustice.venues.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.venues.api.VenueType;

/** 阵地管理: the module as the platform sees it, with a menu entry per venue type. */
@Component(service = JusticeModule.class)
public class VenuesModule extends AbstractJusticeModule {

    public static final String ID = "venues";
    static final String ROUTE = "/justice/venues";

    public VenuesModule() {
        super(ID, "阵地管理", Set.of(), menu());
    }

    /** What the venues' parameters mean, for the OpenAPI document. */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("id", "阵地编号"),
            Map.entry("q", "阵地名称或地址中包含的文字"),
            Map.entry("type", "阵地类型，英文名或中文名（如 JUSTICE_OFFICE 或 司法所），可重复"),
            Map.entry("status", "阵地状态，可重复"),
            Map.entry("street", "乡镇（街道）的九位区划代码"),
            Map.entry("format", "文件格式：导入与模板为 csv 或 xlsx，导出为 csv 或 geojson"),
            Map.entry("charset", "CSV 的字符集：UTF-8 或 GB18030（缺省按内容判断）"),
            Map.entry("lon", "经度（按 crs）"),
            Map.entry("lat", "纬度（按 crs）"),
            Map.entry("n", "返回的阵地数，1–50（默认 10）"));

    @Override
    public Map<String, String> parameters() {
        return PARAMETERS;
    }

    private static List<MenuEntry> menu() {
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(MenuEntry.of(ID, "阵地管理").icon("environment").path(ROUTE).order(100).build());
        int order = 1;
        for (VenueType type : VenueType.values()) {
            entries.add(MenuEntry.of(ID + "." + type.name().toLowerCase(Locale.ROOT), type.title()).icon("bank")
                    .path(ROUTE + "?type=" + type.name()).order(order++).under(ID).build());
        }
        entries.add(MenuEntry.of(ID + ".imports", "批量导入").icon("upload").path(ROUTE + "/imports").order(order).under(ID)
                .forRoles(Access.EDITORS).build());
        return entries;
    }
}
