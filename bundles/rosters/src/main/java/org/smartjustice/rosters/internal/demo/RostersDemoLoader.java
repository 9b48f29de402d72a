package org.smartjustice.rosters.internal.demo;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.smartjustice.platform.api.DemoLoader;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantListener;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridInput;
import org.smartjustice.rosters.internal.grids.GridRules;
import org.smartjustice.rosters.internal.grids.GridService;
import org.smartjustice.rosters.internal.grids.GridSheet;
import org.smartjustice.rosters.internal.grids.GridStore;
import org.smartjustice.rosters.internal.members.MemberInput;
import org.smartjustice.rosters.internal.members.MemberService;
import org.smartjustice.rosters.internal.members.MemberSheet;
import org.smartjustice.rosters.internal.members.MemberStore;

/**
 * Demo profile of rosters: a synthetic organisation (and tasks in every state) for the configured
 * tenants, loaded once when a tenant has no members, as soon as the platform says it is a tenant.
 * Off unless {@code org.smartjustice.rosters.demo} says {@code enabled = true}.
 */
@Component(service = TenantListener.class, configurationPid = RostersDemoLoader.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RostersDemoLoader.Config.class)
public class RostersDemoLoader extends DemoLoader {

    static final String PID = "org.smartjustice.rosters.demo";

    @ObjectClassDefinition(name = "智慧司法 组织队伍演示数据", description = "Synthetic grids, members and tasks for demos.")
    @interface Config {
        @AttributeDefinition(description = "Load a synthetic organisation into tenants that have no members.")
        boolean enabled() default false;

        @AttributeDefinition(description = "Comma-separated tenant codes (the city 410100 gets its city-level members only).")
        String tenants() default "410100,410102,410122";

        @AttributeDefinition(description = "Demo tasks made per district.")
        int tasks() default 40;
    }

    @Reference
    private GridService grids;

    @Reference
    private MemberService members;

    @Reference
    private GridStore gridStore;

    @Reference
    private MemberStore memberStore;

    @Reference
    private DemoTasks tasks;

    @Reference
    private AuditLog audit;

    @Reference
    private SheetImports imports;

    private volatile Config config;

    @Activate
    void activate(Config config) {
        this.config = config;
        configure(config.enabled(), config.tenants());
    }

    @Override
    protected boolean hasData(Tenant tenant) {
        return memberStore.count() > 0;
    }

    @Override
    protected String load(Tenant tenant) {
        String code = tenant.code();
        DemoRosters demo = new DemoRosters(grids.divisions(), code);
        boolean city = GridRules.CITY.equals(code);
        List<GridInput> cells = city ? List.of() : demo.grids(code);
        ImportReport g = storeGrids(code, cells);
        ImportReport m = storeMembers(city ? demo.cityMembers() : demo.members(code, cells));
        int made = city ? 0 : tasks.make(config.tasks());
        audit.record("rosters.demo", "rosters", "success", "合成演示数据：" + g.accepted() + " 个网格，" + m.accepted()
                + " 名成员，" + made + " 个任务");
        return g.accepted() + " grids, " + m.accepted() + " members (" + m.rejected() + " rejected), " + made + " tasks";
    }

    private ImportReport storeGrids(String tenant, List<GridInput> cells) {
        return imports.importRows(GridSheet.definition(grids, cells::size), "rosters.demo", "grids", cells, GridInput::name,
                (cell, i, errors) -> grids.rules().check(tenant, cell, "", errors));
    }

    private ImportReport storeMembers(List<MemberInput> people) {
        Map<String, GridCellEntity> known = gridStore.existing(people.stream().flatMap(p -> p.grids().stream()).distinct().toList());
        return imports.importRows(MemberSheet.definition(members, people::size), "rosters.demo", "members", people,
                MemberInput::name, (person, i, errors) -> members.check(person, known, "", errors));
    }
}
