package org.smartjustice.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.internal.tenants.TenantStore;

@Command(scope = "justice", name = "tenant-list", description = "Lists the tenants (districts) and their rollout stage.")
@Service
public class TenantListCommand implements Action {

    @Reference
    private TenantStore tenants;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Stage");
        table.column("Version");
        for (Tenant t : tenants.all()) {
            table.addRow().addContent(t.code(), t.name(), t.stage(), t.version());
        }
        table.print(System.out);
        return null;
    }
}
