package org.smartjustice.venues.internal.demo;

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
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.venues.internal.venues.VenueInput;
import org.smartjustice.venues.internal.venues.VenueService;
import org.smartjustice.venues.internal.venues.VenueSheet;
import org.smartjustice.venues.internal.venues.VenueStore;

/**
 * Demo profile of the venues module: synthetic venues (names marked 合成数据) for the configured
 * districts. Off unless {@code org.smartjustice.venues.demo} says {@code enabled = true}.
 */
@Component(service = TenantListener.class, configurationPid = VenueDemoLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = VenueDemoLoader.Config.class)
public class VenueDemoLoader extends DemoLoader {

    static final String PID = "org.smartjustice.venues.demo";

    @ObjectClassDefinition(name = "智慧司法 阵地演示数据", description = "Synthetic venues for demos and benchmarks.")
    @interface Config {
        @AttributeDefinition(description = "Load synthetic venues into districts that have none.")
        boolean enabled() default false;

        @AttributeDefinition(description = "Comma-separated tenant codes.")
        String tenants() default "410102,410122";

        @AttributeDefinition(description = "Village studios (工作室) generated per street.")
        int studiosPerStreet() default 12;
    }

    @Reference
    private VenueService service;

    @Reference
    private VenueStore store;

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
        return store.count() > 0;
    }

    @Override
    protected String load(Tenant tenant) {
        List<VenueInput> venues = new DemoVenues(service.divisions()).generate(tenant.code(), config.studiosPerStreet());
        ImportReport report = imports.importRows(VenueSheet.definition(service, venues::size), "venues.demo", "venues",
                venues, VenueInput::name, (input, i, errors) -> service.rules().check(tenant.code(), input, "", errors));
        return report.accepted() + " venues stored, " + report.rejected() + " rejected";
    }
}
