package org.smartjustice.venues.internal;

import java.util.Arrays;
import java.util.List;
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
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.SheetImports;

/**
 * Demo profile of the venues module: synthetic venues for the configured districts, loaded once
 * when a district has none, as soon as the platform says the district is a tenant (at start for
 * the tenants there are, at once for one created later). Off unless
 * {@code org.smartjustice.venues.demo} says {@code enabled = true}.
 */
@Component(service = TenantListener.class, configurationPid = VenueDemoData.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = VenueDemoData.Config.class)
public class VenueDemoData implements TenantListener {

    static final String PID = "org.smartjustice.venues.demo";
    private static final Logger LOG = Logger.getLogger(VenueDemoData.class.getName());

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
        if (!tenants.contains(tenant.code())
                || store.read(em -> em.createQuery("select count(v) from VenueEntity v", Long.class).getSingleResult()) > 0) {
            return;
        }
        try {
            List<VenueInput> venues = new DemoVenues(service.divisions()).generate(tenant.code(), config.studiosPerStreet());
            ImportReport report = imports.importRows(ImportsResource.definition(service, venues::size), "venues.demo",
                    "venues", venues, VenueInput::name, (input, i, errors) -> service.rules().check(tenant.code(), input, "", errors));
            LOG.info(() -> "demo venues for " + tenant.code() + ": " + report.accepted() + " stored, " + report.rejected()
                    + " rejected");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not load demo venues for " + tenant.code(), e);
        }
    }
}
