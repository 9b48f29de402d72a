package org.smartjustice.platform.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "justice", name = "module-disable", description = "Switches a module off for a tenant.")
@Service
public class ModuleDisableCommand extends ModuleSwitchCommand {

    @Override
    boolean on() {
        return false;
    }
}
