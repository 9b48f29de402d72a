package org.smartjustice.academy.internal;

import java.util.Arrays;
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
import org.smartjustice.academy.internal.items.DemoContent;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantListener;
import org.smartjustice.platform.api.audit.AuditLog;

/**
 * Demo profile of the academy: the demo content (marked 示例) for the configured tenants — by
 * default the city, whose content every district shows — loaded once into a tenant with no items.
 * Off unless {@code org.smartjustice.academy.demo} says {@code enabled = true}.
 */
@Component(service = TenantListener.class, configurationPid = AcademyDemoData.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AcademyDemoData.Config.class)
public class AcademyDemoData implements TenantListener {

    static final String PID = "org.smartjustice.academy.demo";
    private static final Logger LOG = Logger.getLogger(AcademyDemoData.class.getName());

    @ObjectClassDefinition(name = "智慧司法 网格学堂演示数据", description = "Demo content (guides, FAQ, templates, articles) marked 示例.")
    @interface Config {
        @AttributeDefinition(description = "Publish the demo content into tenants that have no items.")
        boolean enabled() default false;

        @AttributeDefinition(description = "Comma-separated tenant codes; the city (410100) shares its content with every district.")
        String tenants() default Tenant.CITY;
    }

    @Reference
    private DemoContent demo;

    @Reference
    private AuditLog audit;

    private volatile Set<String> tenants = Set.of();

    @Activate
    void activate(Config config) {
        tenants = config.enabled() ? Arrays.stream(config.tenants().split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    /** Runs in the tenant's scope, on the platform's tenant-events thread. */
    @Override
    public void tenantAdded(Tenant tenant) {
        if (!tenants.contains(tenant.code()) || demo.hasItems()) {
            return;
        }
        try {
            int n = demo.load();
            audit.record("academy.demo", "academy", "success", "示例内容 " + n + " 项已发布");
            LOG.info(() -> "demo academy content for " + tenant.code() + ": " + n + " items");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not load the demo academy content for " + tenant.code(), e);
        }
    }
}
