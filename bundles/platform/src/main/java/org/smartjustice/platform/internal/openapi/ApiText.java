package org.smartjustice.platform.internal.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** The zh-CN texts of the OpenAPI document for what the platform does for every operation. */
final class ApiText {

    /**
     * What the platform reads for every module, described once for every operation: the tenant in
     * the path, paging, sorting, the coordinate system, If-Match. A resource's own {@code @Parameter}
     * wins; every other parameter of a module is described by the module ({@code JusticeModule.parameters()}).
     */
    static final Map<String, String> SHARED = Map.ofEntries(
            Map.entry("tenant", "租户编码：区县的六位统计用区划代码（如 410102），或运维为无代码单位设定的编码"),
            Map.entry("page", "页码，从 1 开始（默认 1）"),
            Map.entry("size", "每页条数，1–200（默认 20）"),
            Map.entry("sort", "排序字段（见接口说明的白名单），字段前加 - 为倒序"),
            Map.entry("crs", "坐标系：wgs84（默认；天地图 CGCS2000 同此）、gcj02（高德、腾讯）、bd09（百度）"),
            Map.entry("If-Match", "修改所基于的版本（ETag），如 \"3\"；也可写在请求体的 version 中"));

    /** The parameters of the platform's own operations ({@code /platform/...}). */
    static final Map<String, String> PLATFORM = Map.ofEntries(
            Map.entry("code", "租户编码或区划代码"),
            Map.entry("module", "模块编号，如 venues"),
            Map.entry("id", "编号（不透明字符串）"),
            Map.entry("stage", "推广阶段：PLANNED、PILOT、CITYWIDE、SUSPENDED"),
            Map.entry("principal", "操作者（令牌的 sub）"),
            Map.entry("from", "起始时间（ISO-8601，含时区）"),
            Map.entry("to", "截止时间（ISO-8601，含时区）"),
            Map.entry("sender", "发送方：入站 Webhook 配置中的名称"),
            Map.entry("state", "状态"),
            Map.entry("type", "事件类型"));

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
