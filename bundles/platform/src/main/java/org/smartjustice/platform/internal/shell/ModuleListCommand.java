package org.smartjustice.platform.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.InstalledModule;
import org.smartjustice.platform.internal.modules.ModuleRegistry;

@Command(scope = "justice", name = "module-list", description = "Lists the installed modules and the tenants that enabled each.")
@Service
public class ModuleListCommand implements Action {

    @Reference
    private ModuleRegistry registry;

    @Reference
    private EnablementStore enablement;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Title");
        table.column("Version");
        table.column("Enabled for");
        for (InstalledModule m : registry.installed()) {
            table.addRow().addContent(m.id(), m.module().title(), m.version(),
                    String.join(",", enablement.tenantsWith(m.id())));
        }
        table.print(System.out);
        return null;
    }
}
