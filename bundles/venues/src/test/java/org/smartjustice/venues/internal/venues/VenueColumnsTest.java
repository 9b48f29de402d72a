package org.smartjustice.venues.internal.venues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;

class VenueColumnsTest {

    private final List<FieldError> errors = new ArrayList<>();

    private static Map<String, String> row(String... headerValue) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headerValue.length; i += 2) {
            row.put(headerValue[i], headerValue[i + 1]);
        }
        return row;
    }

    private VenueInput read(Map<String, String> row) {
        return VenueColumns.toInput(row, "wgs84", "rows[5].", errors);
    }

    @Test
    void chineseHeadersMapEveryField() {
        VenueInput in = read(row("类型", "公共法律服务中心", "层级", "工作站", "名称", "林山寨街道公共法律服务工作站",
                "地址", "郑州市中原区林山寨", "乡镇街道代码", "410102001", "村社区", "林山寨社区", "网格编码", "G-01",
                "经度", "113.62", "纬度", "34.75", "坐标系", "gcj02", "机构电话", "0371-12345678", "联系人", "张三",
                "联系人电话", "13800001234", "开放时间", "工作日", "服务项目", "法律咨询、人民调解",
                "统一社会信用代码", "11410102MB0000000X", "信用代码已核实", "是", "简介", "街道工作站", "状态", "暂停服务"));
        assertEquals(List.of(), errors);
        assertEquals(VenueType.PUBLIC_LEGAL_SERVICE_CENTER, in.type());
        assertEquals(CenterLevel.TOWN_WORKSTATION, in.level());
        assertEquals("林山寨街道公共法律服务工作站", in.name());
        assertEquals("郑州市中原区林山寨", in.address());
        assertEquals("410102001", in.streetCode());
        assertEquals("林山寨社区", in.community());
        assertEquals("G-01", in.gridCode());
        assertEquals(113.62, in.lon());
        assertEquals(34.75, in.lat());
        assertEquals("gcj02", in.crs());
        assertEquals("0371-12345678", in.phone());
        assertEquals("张三", in.contactPerson());
        assertEquals("13800001234", in.contactPhone());
        assertEquals("工作日", in.openingHours());
        assertEquals(List.of("法律咨询", "人民调解"), in.services());
        assertEquals("11410102MB0000000X", in.creditCode());
        assertEquals(Boolean.TRUE, in.creditCodeOverride());
        assertEquals("街道工作站", in.description());
        assertEquals(VenueStatus.SUSPENDED, in.status());
        assertNull(in.version());
    }

    @Test
    void restFieldNamesMapToo() {
        VenueInput in = read(row("type", "LAW_FIRM", "name", "某律师事务所", "streetCode", "410102002", "lon", "113.6",
                "LAT", "34.7", "creditCode", "X", "creditCodeOverride", "false", "status", "ACTIVE",
                " contactPhone ", "138"));
        assertEquals(List.of(), errors);
        assertEquals(VenueType.LAW_FIRM, in.type());
        assertEquals("某律师事务所", in.name());
        assertEquals("410102002", in.streetCode());
        assertEquals(113.6, in.lon());
        assertEquals(34.7, in.lat());
        assertEquals("X", in.creditCode());
        assertEquals(Boolean.FALSE, in.creditCodeOverride());
        assertEquals(VenueStatus.ACTIVE, in.status());
        assertEquals("138", in.contactPhone());
    }

    @Test
    void everyHeaderAndFieldNameIsKnown() {
        VenueColumns.HEADERS.forEach((field, header) -> {
            assertEquals(field, VenueColumns.field(header));
            assertEquals(field, VenueColumns.field(field));
        });
        assertNull(VenueColumns.field("备注"));
        assertNull(VenueColumns.field(null));
    }

    @Test
    void typeByTitleAndByName() {
        assertEquals(VenueType.NOTARY_OFFICE, read(row("类型", "公证处")).type());
        assertEquals(VenueType.NOTARY_OFFICE, read(row("类型", "notary_office")).type());
        assertEquals(VenueType.JUSTICE_OFFICE, read(row("type", "司法所")).type());
        assertEquals(List.of(), errors);
    }

    @Test
    void unknownTypeIsAFieldErrorWithThePrefix() {
        VenueInput in = read(row("类型", "律所", "名称", "甲"));
        assertNull(in.type());
        assertEquals("甲", in.name());
        assertEquals(1, errors.size());
        assertEquals("rows[5].type", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("律所"), errors.get(0).message());
    }

    @Test
    void unknownLevelIsAFieldError() {
        assertNull(read(row("层级", "省级")).level());
        assertEquals(List.of("rows[5].level"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void nonNumericCoordinatesAreFieldErrors() {
        VenueInput in = read(row("经度", "东经113度", "纬度", "34.75"));
        assertNull(in.lon());
        assertEquals(34.75, in.lat());
        assertEquals(List.of("rows[5].lon"), errors.stream().map(FieldError::field).toList());

        errors.clear();
        read(row("经度", "113.62", "纬度", "三十四"));
        assertEquals(List.of("rows[5].lat"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void servicesAreSplitOnChineseAndAsciiSeparators() {
        assertEquals(List.of("公证", "法律咨询", "人民调解", "法律援助", "司法鉴定", "普法"),
                VenueColumns.services("公证、法律咨询;人民调解；法律援助，司法鉴定,普法"));
        assertEquals(List.of("公证", "调解"), VenueColumns.services(" 公证 、、 调解 、"));
        assertEquals(List.of("a", "b"), VenueColumns.services("a\nb"));
        assertNull(VenueColumns.services(" "));
        assertNull(VenueColumns.services(null));
        assertEquals(List.of("公证", "法律咨询"), read(row("服务项目", "公证；法律咨询")).services());
    }

    @Test
    void yesAndNo() {
        assertEquals(Boolean.TRUE, VenueColumns.yes("是"));
        assertEquals(Boolean.FALSE, VenueColumns.yes("否"));
        assertEquals(Boolean.TRUE, VenueColumns.yes(" TRUE "));
        assertEquals(Boolean.FALSE, VenueColumns.yes("0"));
        assertThrows(IllegalArgumentException.class, () -> VenueColumns.yes("也许"));

        assertEquals(Boolean.TRUE, read(row("信用代码已核实", "是")).creditCodeOverride());
        assertEquals(Boolean.FALSE, read(row("信用代码已核实", "否")).creditCodeOverride());
        assertNull(read(row("信用代码已核实", "")).creditCodeOverride());
        assertEquals(List.of(), errors);
        assertNull(read(row("信用代码已核实", "对")).creditCodeOverride());
        assertEquals(List.of("rows[5].creditCodeOverride"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void statusByTitleOrName() {
        assertEquals(VenueStatus.ACTIVE, read(row("状态", "正常")).status());
        assertEquals(VenueStatus.SUSPENDED, read(row("状态", "暂停服务")).status());
        assertEquals(VenueStatus.CLOSED, read(row("状态", "已撤销")).status());
        assertEquals(VenueStatus.CLOSED, read(row("状态", "closed")).status());
        assertEquals(List.of(), errors);
        assertNull(read(row("状态", "停业")).status());
        assertEquals(List.of("rows[5].status"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void unknownHeadersAreListed() {
        assertEquals(List.of("备注", "负责人签字"),
                VenueColumns.unknownHeaders(List.of("类型", "名称", "备注", "", "lon", "负责人签字", "状态")));
        assertEquals(List.of(), VenueColumns.unknownHeaders(new ArrayList<>(VenueColumns.HEADERS.values())));
        assertEquals(List.of(), VenueColumns.unknownHeaders(new ArrayList<>(VenueColumns.HEADERS.keySet())));
    }

    @Test
    void unknownColumnsAreIgnoredAndBlankCellsAreAbsent() {
        VenueInput in = read(row("名称", "  甲  ", "备注", "随便", "地址", "   ", "简介", ""));
        assertEquals("甲", in.name());
        assertNull(in.address());
        assertNull(in.description());
        assertEquals(List.of(), errors);
    }

    @Test
    void defaultCrsAppliesOnlyWhenTheRowHasNone() {
        assertEquals("bd09", VenueColumns.toInput(row("名称", "甲"), "bd09", "", errors).crs());
        assertEquals("bd09", VenueColumns.toInput(row("坐标系", " "), "bd09", "", errors).crs());
        assertEquals("gcj02", VenueColumns.toInput(row("坐标系", "gcj02"), "bd09", "", errors).crs());
        assertEquals("wgs84", VenueColumns.toInput(row("crs", "wgs84"), "gcj02", "", errors).crs());
        assertNull(VenueColumns.toInput(row("名称", "甲"), null, "", errors).crs());
        assertFalse(errors.iterator().hasNext());
    }

    @Test
    void cellsWithControlCharactersRejectTheRowNamingTheField() {
        VenueInput in = VenueColumns.toInput(row("名称", "甲\u0000乙", "地址", "中原区\u0007路", "简介", "第一行\n第二行"),
                "wgs84", "rows[3].", errors);

        assertEquals(List.of("rows[3].name", "rows[3].address"), errors.stream().map(FieldError::field).toList());
        assertNull(in.name());
        assertEquals("第一行\n第二行", in.description());
    }
}
