package org.smartjustice.supervision.internal.demo;

import java.util.List;

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
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.supervision.internal.Access;
import org.smartjustice.supervision.internal.departments.DepartmentInput;
import org.smartjustice.supervision.internal.departments.DepartmentService;
import org.smartjustice.supervision.internal.departments.DepartmentSheet;
import org.smartjustice.supervision.internal.departments.DepartmentStore;
import org.smartjustice.supervision.internal.screening.ScreeningRuleInput;
import org.smartjustice.supervision.internal.screening.ScreeningRuleService;

/**
 * Demo profile of supervision: the city's real departments ({@link DemoDepartments}) and its default
 * screening rules ({@link DemoRules}) into the city tenant (410100), once, when it has no departments. The list is the city's: a district named in
 * {@code tenants} gets nothing. Off unless {@code org.smartjustice.supervision.demo} says
 * {@code enabled = true}.
 */
@Component(service = TenantListener.class, configurationPid = SupervisionDemoLoader.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SupervisionDemoLoader.Config.class)
public class SupervisionDemoLoader extends DemoLoader {

    static final String PID = "org.smartjustice.supervision.demo";

    @ObjectClassDefinition(name = "智慧司法 行政执法监督演示数据", description = "Zhengzhou's municipal departments for demos.")
    @interface Config {
        @AttributeDefinition(description = "Load the city's departments into the city tenant when it has none.")
        boolean enabled() default false;

        @AttributeDefinition(description = "Comma-separated tenant codes; only the city (410100) gets the list.")
        String tenants() default Access.CITY;
    }

    @Reference
    private DepartmentService service;

    @Reference
    private DepartmentStore store;

    @Reference
    private SheetImports imports;

    @Reference
    private ScreeningRuleService rules;

    @Activate
    void activate(Config config) {
        configure(config.enabled(), config.tenants());
    }

    @Override
    protected boolean hasData(Tenant tenant) {
        return store.count() > 0;
    }

    @Override
    protected String load(Tenant tenant) {
        if (!Access.CITY.equals(tenant.code())) {
            return "nothing: the departments list is the city's (" + Access.CITY + ")";
        }
        List<DepartmentInput> departments = DemoDepartments.read();
        ImportReport report = imports.importRows(DepartmentSheet.definition(service, departments::size), "supervision.demo",
                "departments", departments, DepartmentInput::name,
                DepartmentSheet.checker(store.known(), in -> new DepartmentSheet.Parsed(in, List.of()), i -> i + 1));
        int stored = 0;
        for (ScreeningRuleInput rule : DemoRules.all()) {
            try {
                rules.create(rule);
                stored++;
            } catch (ProblemException e) {
                // A rule of that name is there already (the departments were loaded again): it stays as it is.
            }
        }
        return report.accepted() + " departments stored, " + report.rejected() + " rejected; " + stored + " default screening rules";
    }
}
