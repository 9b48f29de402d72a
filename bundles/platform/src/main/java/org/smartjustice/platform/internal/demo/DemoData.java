package org.smartjustice.platform.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.InstalledModule;
import org.smartjustice.platform.internal.modules.ModuleRegistry;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * Demo profile: 郑州市 (the city bureau's own tenant) and its districts as tenants, 中原区 and 中牟县 as pilots, and every module
 * switched on for the pilots as it gets installed, unless someone has decided otherwise before.
 * Active only when {@code org.smartjustice.demo} says {@code enabled = true}.
 */
@Component(service = {}, configurationPid = DemoConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoConfig.class)
public class DemoData implements ModuleRegistry.ModuleListener {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Reference
    private TenantStore tenants;

    @Reference
    private Divisions divisions;

    @Reference
    private EnablementStore enablement;

    @Reference
    private ModuleRegistry registry;

    private DemoConfig config;

    @Activate
    void activate(DemoConfig demo) {
        this.config = demo;
        if (!demo.enabled()) {
            return;
        }
        if (tenants.isEmpty()) {
            List<String> pilots = pilots(demo);
            List<Division> units = new ArrayList<>();
            units.add(divisions.city());
            units.addAll(divisions.children(divisions.city().code()));
            for (Division d : units) {
                tenants.create(d.code(), d.name(), pilots.contains(d.code()) ? TenantStage.PILOT : TenantStage.PLANNED);
            }
            LOG.info("demo data: created 郑州市 and its districts as tenants, pilots " + pilots);
        }
        if (demo.enableModulesForPilots()) {
            registry.addListener(this);
        }
    }

    static List<String> pilots(DemoConfig demo) {
        return java.util.Arrays.stream(demo.pilotTenants().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(this);
    }

    @Override
    public void installed(InstalledModule module) {
        for (String pilot : pilots(config)) {
            if (tenants.find(pilot).isPresent() && enablement.decision(pilot, module.id()).isEmpty()) {
                enablement.set(pilot, module.id(), true, "demo");
            }
        }
    }
}
