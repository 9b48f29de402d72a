package org.smartjustice.venues.internal.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The downloadable import template: the header row and one example row. */
public final class Templates {

    /** A synthetic example in 中原区, WGS-84. */
    public static final List<String> EXAMPLE = List.of("公证处", "", "示例公证处（合成数据）", "郑州市中原区示例路 1 号",
            "410102001", "示例社区", "", "113.62", "34.75", "wgs84", "0371-12345678", "张三", "13800001234",
            "周一至周五 9:00-17:00", "公证、法律咨询", "12410102MB1234567N", "否", "合成的示例数据，导入前请删除本行", "正常");

    private Templates() {
    }

    /** UTF-8 with BOM, so that spreadsheet software opens the Chinese headers correctly. */
    public static byte[] csv() {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", Columns.HEADERS.values())).append("\r\n");
        sb.append(String.join(",", EXAMPLE)).append("\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
