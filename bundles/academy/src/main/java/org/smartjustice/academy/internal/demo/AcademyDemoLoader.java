package org.smartjustice.academy.internal.demo;

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

/**
 * Demo profile of the academy: the demo items (marked 示例) for the configured tenants — by
 * default the city, whose content every district shows — loaded once into a tenant with no items.
 * Off unless {@code org.smartjustice.academy.demo} says {@code enabled = true}.
 */
@Component(service = TenantListener.class, configurationPid = AcademyDemoLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AcademyDemoLoader.Config.class)
public class AcademyDemoLoader extends DemoLoader {

    static final String PID = "org.smartjustice.academy.demo";

    @ObjectClassDefinition(name = "智慧司法 网格学堂演示数据", description = "Demo content (guides, FAQ, templates, articles) marked 示例.")
    @interface Config {
        @AttributeDefinition(description = "Publish the demo content into tenants that have no items.")
        boolean enabled() default false;

        @AttributeDefinition(description = "Comma-separated tenant codes; the city (410100) shares its content with every district.")
        String tenants() default Tenant.CITY;
    }

    @Reference
    private DemoItems demo;

    @Reference
    private AuditLog audit;

    @Activate
    void activate(Config config) {
        configure(config.enabled(), config.tenants());
    }

    @Override
    protected boolean hasData(Tenant tenant) {
        return demo.hasItems();
    }

    @Override
    protected String load(Tenant tenant) {
        int n = demo.load();
        audit.record("academy.demo", "academy", "success", "示例内容 " + n + " 项已发布");
        return n + " academy items";
    }
}
