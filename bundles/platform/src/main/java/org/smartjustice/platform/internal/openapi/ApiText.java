package org.smartjustice.platform.internal.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** The zh-CN texts of the OpenAPI document for what the platform does for every operation. */
final class ApiText {

    /** Parameters that mean the same wherever they appear; a resource's own {@code @Parameter} wins. */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("tenant", "租户编码：区县的六位统计用区划代码（如 410102），或运维为无代码单位设定的编码"),
            Map.entry("code", "租户编码或区划代码"),
            Map.entry("module", "模块编号，如 venues"),
            Map.entry("id", "编号（不透明字符串）"),
            Map.entry("page", "页码，从 1 开始（默认 1）"),
            Map.entry("size", "每页条数，1–200（默认 20）"),
            Map.entry("sort", "排序字段（见接口说明的白名单），字段前加 - 为倒序"),
            Map.entry("crs", "坐标系：wgs84（默认；天地图 CGCS2000 同此）、gcj02（高德、腾讯）、bd09（百度）"),
            Map.entry("If-Match", "修改所基于的版本（ETag），如 \"3\"；也可写在请求体的 version 中"),
            Map.entry("q", "名称或地址中包含的文字"),
            Map.entry("type", "类型，英文名或中文名，可重复"),
            Map.entry("status", "状态，可重复"),
            Map.entry("stage", "推广阶段：PLANNED、PILOT、CITYWIDE、SUSPENDED"),
            Map.entry("street", "乡镇（街道）的九位区划代码"),
            Map.entry("format", "文件格式：csv 或 xlsx"),
            Map.entry("charset", "CSV 的字符集：UTF-8 或 GB18030（缺省按内容判断）"),
            Map.entry("principal", "操作者（令牌的 sub）"),
            Map.entry("from", "起始时间（ISO-8601，含时区）"),
            Map.entry("to", "截止时间（ISO-8601，含时区）"),
            Map.entry("lon", "经度（按 crs）"),
            Map.entry("lat", "纬度（按 crs）"),
            Map.entry("n", "返回的条数，1–50（默认 10）"),
            Map.entry("collectionId", "数据集编号：venues"),
            Map.entry("featureId", "阵地编号"),
            Map.entry("bbox", "范围：最小经度,最小纬度,最大经度,最大纬度（按 crs）"),
            Map.entry("limit", "每页条数，1–500（默认 100）"),
            Map.entry("offset", "跳过的条数（默认 0）"),
            Map.entry("near", "经度,纬度：由近及远排列（按 crs）"),
            Map.entry("f", "输出格式：json（GeoJSON）"));

    private ApiText() {
    }

    /**
     * The errors the platform may answer for an operation, by status, each with the problem types.
     *
     * @param scoped a tenant or a path parameter is in the path (it may not exist)
     */
    static Map<String, String> errors(boolean anonymous, boolean scoped, boolean body, String method) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "请求无效：validation-failed（errors 列出各字段）、bad-path");
        if (!anonymous) {
            errors.put("401", "未认证：unauthorized、invalid-token");
            errors.put("403", "无权访问：forbidden（缺少所需角色）、no-role、tenant-forbidden、tenant-suspended");
        }
        if (scoped) {
            errors.put("404", "不存在：not-found、tenant-not-found、module-not-enabled");
        }
        if (!method.equals("GET")) {
            errors.put("409", "冲突：conflict（版本已过期）等");
        }
        if (body) {
            errors.put("413", "请求体过大：body-too-large、file-too-large");
            errors.put("415", "不支持的内容类型：unsupported-media-type、unsupported-file");
        }
        errors.put("503", "暂不可用：database-unavailable、platform-not-ready（见 Retry-After）");
        return errors;
    }
}
