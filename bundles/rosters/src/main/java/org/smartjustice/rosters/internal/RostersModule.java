package org.smartjustice.rosters.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Role;

/** 组织队伍: the module as the platform sees it; each entry shows to the roles that use it. */
@Component(service = JusticeModule.class)
public class RostersModule extends AbstractJusticeModule {

    public static final String ID = "rosters";
    static final String ROUTE = "/justice/rosters";

    public RostersModule() {
        super(ID, "组织队伍", Set.of(), menu());
    }

    /** What rosters' parameters mean, for the OpenAPI document (the grid list's q says its own). */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("id", "编号（成员或任务）"),
            Map.entry("code", "网格编码"),
            Map.entry("q", "成员姓名中包含的文字"),
            Map.entry("street", "乡镇（街道）的九位区划代码"),
            Map.entry("community", "社区（村）的十二位区划代码"),
            Map.entry("grid", "网格编码"),
            Map.entry("role", "队伍角色，英文名或中文名（如 MEDIATOR 或 调解员）"),
            Map.entry("duty", "职责，英文名或中文名"),
            Map.entry("status", "成员状态：在岗或离岗"),
            Map.entry("state", "任务状态，可重复"),
            Map.entry("card", "黄牌或红牌（YELLOW、RED），可重复"),
            Map.entry("urgency", "紧急程度"),
            Map.entry("member", "成员编号：派给该成员或由其办理的任务"),
            Map.entry("month", "月份，yyyy-MM（北京时间）"),
            Map.entry("by", "分组：street、grid、role 或 duty"),
            Map.entry("done", "true：已办结的任务；false（默认）：待办"),
            Map.entry("format", "文件格式：csv 或 xlsx（部分接口另有 json）"),
            Map.entry("charset", "CSV 的字符集：UTF-8 或 GB18030（缺省按内容判断）"),
            Map.entry("unmask", "true：导出完整手机号码（区县管理员与平台运维，记入审计日志）"));

    @Override
    public Map<String, String> parameters() {
        return PARAMETERS;
    }

    private static List<MenuEntry> menu() {
        Role[] readers = { Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR };
        return List.of(
                MenuEntry.of(ID, "组织队伍").icon("team").path(ROUTE).order(200).build(),
                MenuEntry.of(ID + ".grids", "网格架构").icon("apartment").path(ROUTE + "/grids").order(1).under(ID)
                        .forRoles(readers).build(),
                MenuEntry.of(ID + ".members", "队伍成员").icon("user").path(ROUTE + "/members").order(2).under(ID)
                        .forRoles(readers).build(),
                MenuEntry.of(ID + ".coverage", "配备情况").icon("warning").path(ROUTE + "/coverage").order(3).under(ID)
                        .forRoles(readers).build(),
                MenuEntry.of(ID + ".tasks", "指挥调度").icon("send").path(ROUTE + "/tasks").order(4).under(ID)
                        .forRoles(Access.TASK_READERS).build(),
                MenuEntry.of(ID + ".stats", "调度统计").icon("bar-chart").path(ROUTE + "/tasks/stats").order(5).under(ID)
                        .forRoles(Access.TASK_READERS).build(),
                MenuEntry.of(ID + ".my-tasks", "我的任务").icon("inbox").path(ROUTE + "/my/tasks").order(6).under(ID)
                        .forRoles(Role.GRID_WORKER).build());
    }
}
