package org.smartjustice.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "justice", name = "module-enable", description = "Switches a module on for a tenant.")
@Service
public class ModuleEnableCommand extends ModuleSwitchCommand {

    @Override
    boolean on() {
        return true;
    }
}
