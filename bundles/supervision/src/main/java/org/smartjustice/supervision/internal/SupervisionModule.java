package org.smartjustice.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Role;

/**
 * 行政执法监督: the module as the platform sees it. Only the roles of {@link Access#ANY} use it at all;
 * the public and grid workers see nothing of it.
 */
@Component(service = JusticeModule.class)
public class SupervisionModule extends AbstractJusticeModule {

    public static final String ID = "supervision";
    static final String ROUTE = "/justice/supervision";

    public SupervisionModule() {
        super(ID, "行政执法监督", Set.of(Access.ANY), List.of(
                MenuEntry.of(ID, "行政执法监督").icon("audit").path(ROUTE).order(500).forRoles(Access.ANY).build(),
                MenuEntry.of(ID + ".departments", "执法部门").icon("apartment").path(ROUTE + "/departments").order(1)
                        .under(ID).forRoles(Access.READERS).build(),
                MenuEntry.of(ID + ".my-department", "本部门").icon("apartment").path(ROUTE + "/departments/mine").order(2)
                        .under(ID).forRoles(Role.DEPARTMENT_LIAISON).build(),
                MenuEntry.of(ID + ".events", "网格事件").icon("alert").path(ROUTE + "/events").order(3)
                        .under(ID).forRoles(Access.READERS).build(),
                MenuEntry.of(ID + ".screening", "甄别队列").icon("filter").path(ROUTE + "/screening").order(4)
                        .under(ID).forRoles(Access.READERS).build(),
                MenuEntry.of(ID + ".collected", "归集事件").icon("folder-open").path(ROUTE + "/collected").order(5)
                        .under(ID).forRoles(Access.READERS).build(),
                MenuEntry.of(ID + ".rules", "甄别规则").icon("setting").path(ROUTE + "/rules").order(6)
                        .under(ID).forRoles(Access.READERS).build(),
                MenuEntry.of(ID + ".stats", "部门统计").icon("bar-chart").path(ROUTE + "/stats").order(7)
                        .under(ID).forRoles(Access.READERS).build()));
    }

    /** What the module's parameters mean, for the OpenAPI document. */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("id", "编号（部门、网格事件、甄别规则或甄别记录）"),
            Map.entry("rule", "甄别规则的编号：只列该规则甄别出的事件"),
            Map.entry("fromMonth", "起始月份（含），如 2026-01；默认 toMonth 之前 11 个月"),
            Map.entry("toMonth", "截止月份（含），如 2026-12；默认本月（北京时间）"),
            Map.entry("category", "事件类别代码（国家标准 GB/T 47678.5 或宿主自定义），可重复"),
            Map.entry("eventId", "宿主平台的事件编号"),
            Map.entry("street", "街道（乡镇）名称"),
            Map.entry("state", "办理环节：REPORTED 上报、ACCEPTED 受理、REGISTERED 立案、DISPATCHED 派遣、HANDLED 处置、VERIFIED 核查、CLOSED 结案、EVALUATED 评价（英文名或中文名）"),
            Map.entry("from", "上报时间起（含）：日期或带时区的 ISO-8601 时间"),
            Map.entry("to", "上报时间止（不含；日期则含当天）"),
            Map.entry("q", "部门名称或简称中包含的文字"),
            Map.entry("kind", "部门类型，英文名或中文名（如 GOVERNMENT_DEPARTMENT 或 政府部门），可重复"),
            Map.entry("status", "部门状态：ACTIVE（在用）或 RETIRED（已撤销）；甄别记录：PENDING 待甄别（默认）、COLLECTED 已归集、DISMISSED 已排除"),
            Map.entry("org", "宿主平台的组织编码（部门，或网格事件的处置部门）"),
            Map.entry("format", "文件格式：csv 或 xlsx（默认 csv）"),
            Map.entry("charset", "CSV 的字符集：UTF-8 或 GB18030（缺省按内容判断）"));

    @Override
    public Map<String, String> parameters() {
        return PARAMETERS;
    }
}
