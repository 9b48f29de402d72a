package org.smartjustice.venues.internal.venues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;

/**
 * The column layout of the Bureau's venue spreadsheets (docs/venues.md): zh-CN headers, with the
 * REST field names accepted as well. Turns a row into a {@link VenueInput}, reporting cells that
 * cannot even be read (a type that does not exist, a coordinate that is not a number).
 */
public final class VenueColumns {

    /** REST field → zh-CN header, in template order. */
    public static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("type", "类型");
        HEADERS.put("level", "层级");
        HEADERS.put("name", "名称");
        HEADERS.put("address", "地址");
        HEADERS.put("streetCode", "乡镇街道代码");
        HEADERS.put("community", "村社区");
        HEADERS.put("gridCode", "网格编码");
        HEADERS.put("lon", "经度");
        HEADERS.put("lat", "纬度");
        HEADERS.put("crs", "坐标系");
        HEADERS.put("phone", "机构电话");
        HEADERS.put("contactPerson", "联系人");
        HEADERS.put("contactPhone", "联系人电话");
        HEADERS.put("openingHours", "开放时间");
        HEADERS.put("services", "服务项目");
        HEADERS.put("creditCode", "统一社会信用代码");
        HEADERS.put("creditCodeOverride", "信用代码已核实");
        HEADERS.put("description", "简介");
        HEADERS.put("status", "状态");
    }

    private VenueColumns() {
    }

    /** The row as input; {@code defaultCrs} applies when the row names no coordinate system. */
    public static VenueInput toInput(Map<String, String> row, String defaultCrs, String prefix, List<FieldError> errors) {
        Map<String, String> cells = byField(row);
        // A NUL or control character refuses the row, not the file (PostgreSQL refuses NUL in text).
        cells.entrySet().removeIf(cell -> {
            String problem = Validation.plainTextProblem(cell.getValue());
            if (problem != null) {
                errors.add(new FieldError(prefix + cell.getKey(), problem));
            }
            return problem != null;
        });
        String crs = cells.get("crs");
        return new VenueInput(
                parse(cells, "type", prefix, errors, VenueType::parse, "未知的阵地类型"),
                parse(cells, "level", prefix, errors, CenterLevel::parse, "未知的层级，可选 中心、工作站、工作室"),
                cells.get("name"), cells.get("address"), cells.get("streetCode"), cells.get("community"),
                cells.get("gridCode"),
                parse(cells, "lon", prefix, errors, Double::valueOf, "不是数字"),
                parse(cells, "lat", prefix, errors, Double::valueOf, "不是数字"),
                crs == null || crs.isBlank() ? defaultCrs : crs,
                cells.get("phone"), cells.get("contactPerson"), cells.get("contactPhone"), cells.get("openingHours"),
                services(cells.get("services")), cells.get("creditCode"),
                parse(cells, "creditCodeOverride", prefix, errors, VenueColumns::yes, "应为 是 或 否"),
                cells.get("description"),
                parse(cells, "status", prefix, errors, VenueColumns::status, "未知的状态，可选 正常、暂停服务、已撤销"),
                null);
    }

    /** Cells keyed by REST field name, whichever header the file used; blank cells are absent. */
    static Map<String, String> byField(Map<String, String> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.forEach((header, value) -> {
            String field = field(header);
            if (field != null && value != null && !value.isBlank()) {
                cells.put(field, value.trim());
            }
        });
        return cells;
    }

    static String field(String header) {
        String h = header == null ? "" : header.trim();
        for (Map.Entry<String, String> e : HEADERS.entrySet()) {
            if (e.getKey().equalsIgnoreCase(h) || e.getValue().equals(h)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Headers that are not part of the layout, so the report can say they were ignored. */
    public static List<String> unknownHeaders(List<String> headers) {
        List<String> unknown = new ArrayList<>();
        headers.stream().filter(h -> !h.isBlank() && field(h) == null).forEach(unknown::add);
        return unknown;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(Map<String, String> cells, String field, String prefix, List<FieldError> errors,
                               Parser<T> parser, String message) {
        String text = cells.get(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (RuntimeException e) {
            errors.add(new FieldError(prefix + field, message + "：" + text));
            return null;
        }
    }

    static List<String> services(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> list = new ArrayList<>();
        for (String s : text.split("[、;；,，\\n]")) {
            if (!s.isBlank()) {
                list.add(s.trim());
            }
        }
        return list;
    }

    static Boolean yes(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "是", "true", "yes", "y", "1" -> true;
            case "否", "false", "no", "n", "0" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    static VenueStatus status(String text) {
        for (VenueStatus s : VenueStatus.values()) {
            if (s.name().equalsIgnoreCase(text.trim()) || s.title().equals(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
