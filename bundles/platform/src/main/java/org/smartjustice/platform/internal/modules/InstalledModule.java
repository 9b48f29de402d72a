package org.smartjustice.platform.internal.modules;

import org.smartjustice.platform.api.JusticeModule;

/** A module whose bundle is active in the container right now. */
public record InstalledModule(JusticeModule module, String bundle, String version) {

    public String id() {
        return module.id();
    }
}
