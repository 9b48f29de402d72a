package org.smartjustice.rosters.internal.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantListener;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridInput;
import org.smartjustice.rosters.internal.grids.GridRules;
import org.smartjustice.rosters.internal.grids.GridSheet;
import org.smartjustice.rosters.internal.grids.GridService;
import org.smartjustice.rosters.internal.grids.GridStore;
import org.smartjustice.rosters.internal.members.MemberInput;
import org.smartjustice.rosters.internal.members.MemberSheet;
import org.smartjustice.rosters.internal.members.MemberService;
import org.smartjustice.rosters.internal.members.MemberStore;

/**
 * Demo profile of rosters: a synthetic organisation (and tasks in every state) for the configured
 * tenants, loaded once when a tenant has no members, as soon as the platform says it is a tenant.
 * Off unless {@code org.smartjustice.rosters.demo} says {@code enabled = true}.
 */
@Component(service = TenantListener.class, configurationPid = RostersDemoLoader.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RostersDemoLoader.Config.class)
public class RostersDemoLoader implements TenantListener {

    static final String PID = "org.smartjustice.rosters.demo";
    private static final Logger LOG = Logger.getLogger(RostersDemoLoader.class.getName());

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
    private volatile Set<String> tenants = Set.of();

    @Activate
    void activate(Config config) {
        this.config = config;
        tenants = config.enabled() ? Arrays.stream(config.tenants().split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    /** Runs in the tenant's scope, on the platform's tenant-events thread. */
    @Override
    public void tenantAdded(Tenant tenant) {
        String code = tenant.code();
        if (!tenants.contains(code)
                || memberStore.count() > 0) {
            return;
        }
        try {
            DemoRosters demo = new DemoRosters(grids.divisions(), code);
            boolean city = GridRules.CITY.equals(code);
            List<GridInput> cells = city ? List.of() : demo.grids(code);
            ImportReport g = storeGrids(code, cells);
            ImportReport m = storeMembers(city ? demo.cityMembers() : demo.members(code, cells));
            int made = city ? 0 : tasks.make(config.tasks());
            audit.record("rosters.demo", "rosters", "success", "合成演示数据：" + g.accepted() + " 个网格，" + m.accepted()
                    + " 名成员，" + made + " 个任务");
            LOG.info(() -> "demo rosters for " + code + ": " + g.accepted() + " grids, " + m.accepted() + " members ("
                    + m.rejected() + " rejected), " + made + " tasks");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not load demo rosters for " + code, e);
        }
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
