package org.smartjustice.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.tenants.TenantStore;

@Command(scope = "justice", name = "tenant-add", description = "Adds a tenant (district).")
@Service
public class TenantAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Six-digit division code, or an operator-chosen code")
    private String code;

    @Argument(index = 1, name = "name", required = true, description = "zh-CN name, e.g. 郑东新区")
    private String name;

    @Option(name = "--stage", description = "PLANNED (default), PILOT, CITYWIDE or SUSPENDED")
    private TenantStage stage = TenantStage.PLANNED;

    @Reference
    private TenantStore tenants;

    @Reference
    private AuditService audit;

    @Override
    public Object execute() {
        Tenant created = tenants.create(code, name, stage);
        audit.append("shell", code, "tenant-add", "platform/tenants/" + code, "success", name + " " + stage);
        System.out.println("created tenant " + created.code() + " " + created.name() + " (" + created.stage() + ")");
        return null;
    }
}
