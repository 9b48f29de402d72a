package org.smartjustice.platform.internal.shell;

import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.ModuleRegistry;
import org.smartjustice.platform.internal.tenants.TenantStore;

/** Enabling and disabling from the shell, with the same checks as the REST API. */
final class ModuleSwitch {

    private ModuleSwitch() {
    }

    static void set(TenantStore tenants, ModuleRegistry registry, EnablementStore enablement, AuditService audit,
                    String tenant, String module, boolean on) {
        tenants.require(tenant);
        if (on && registry.module(module).isEmpty()) {
            throw new IllegalArgumentException("module " + module + " is not installed");
        }
        enablement.set(tenant, module, on, "shell");
        audit.append("shell", tenant, on ? "module-enable" : "module-disable",
                "platform/tenants/" + tenant + "/modules/" + module, "success", null);
        System.out.println("module " + module + (on ? " enabled" : " disabled") + " for tenant " + tenant);
    }
}
