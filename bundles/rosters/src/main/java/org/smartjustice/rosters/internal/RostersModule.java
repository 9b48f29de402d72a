package org.smartjustice.rosters.internal;

import java.util.List;
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
