package org.smartjustice.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.ModuleRegistry;
import org.smartjustice.platform.internal.tenants.TenantStore;

/** The arguments and services that switching a module on or off from the shell needs. */
abstract class ModuleSwitchCommand implements Action {

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant code")
    private String tenant;

    @Argument(index = 1, name = "module", required = true, description = "Module id, e.g. venues")
    private String module;

    @Reference
    private TenantStore tenants;

    @Reference
    private ModuleRegistry registry;

    @Reference
    private EnablementStore enablement;

    @Reference
    private AuditService audit;

    abstract boolean on();

    @Override
    public Object execute() {
        ModuleSwitch.set(tenants, registry, enablement, audit, tenant, module, on());
        return null;
    }
}
