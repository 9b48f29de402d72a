package org.smartjustice.platform.internal.rest;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.modules.InstalledModule;

final class Gateways {

    private Gateways() {
    }

    static ProblemException notEnabled(String tenant, InstalledModule module) {
        return new ProblemException(404, "module-not-enabled", "模块未启用",
                "模块 " + module.module().title() + "（" + module.id() + "）未对租户 " + tenant + " 启用");
    }
}
