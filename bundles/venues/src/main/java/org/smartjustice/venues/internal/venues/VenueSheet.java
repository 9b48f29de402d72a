package org.smartjustice.venues.internal.venues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetTemplate;

/** The downloadable import template: the column layout and one example row. */
public final class VenueSheet {

    /** A synthetic example in 中原区, WGS-84. */
    public static final List<String> EXAMPLE = List.of("公证处", "", "示例公证处（合成数据）", "郑州市中原区示例路 1 号",
            "410102001", "示例社区", "", "113.62", "34.75", "wgs84", "0371-12345678", "张三", "13800001234",
            "周一至周五 9:00-17:00", "公证、法律咨询", "12410102MB1234567N", "否", "合成的示例数据，导入前请删除本行", "正常");

    /** Codes and phone numbers: text, so that Excel keeps every digit. */
    private static final Set<String> TEXT = Set.of("streetCode", "gridCode", "phone", "contactPhone", "creditCode");
    private static final Set<String> NUMBER = Set.of("lon", "lat");

    public static final SheetTemplate TEMPLATE = template();

    private VenueSheet() {
    }

    private static SheetTemplate template() {
        List<SheetColumn> columns = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> c : VenueColumns.HEADERS.entrySet()) {
            SheetColumn.Format format = TEXT.contains(c.getKey()) ? SheetColumn.Format.TEXT
                    : NUMBER.contains(c.getKey()) ? SheetColumn.Format.NUMBER : SheetColumn.Format.GENERAL;
            columns.add(new SheetColumn(c.getValue(), EXAMPLE.get(i++), format));
        }
        return new SheetTemplate("阵地导入模板", columns);
    }

    /** The venues import: a venue is the same when its credit code, or its type, name and street, are. */
    public static SheetImport<VenueRules.Checked, VenueEntity> definition(VenueService service, java.util.function.IntSupplier maxRows) {
        return SheetImport.<VenueRules.Checked, VenueEntity>of("venues.import", VenueSheet.TEMPLATE)
                .target("imports").templateFile("venues-template").nameColumn(VenueColumns.HEADERS.get("name"))
                .alsoReads(h -> VenueColumns.unknownHeaders(java.util.List.of(h)).isEmpty())
                .sameWhen(VenueRules.Checked::naturalKey, c -> c.creditCode() != null ? "creditCode" : "name",
                        "是同一阵地（统一社会信用代码，或类型、名称、街道相同）")
                .storedBy(service::upsert, VenueEntity::id, c -> c.input().name())
                .maxRows(maxRows);
    }
}
