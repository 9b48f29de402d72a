package org.smartjustice.platform.internal.rest;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.modules.InstalledModule;

final class Gateways {

    private Gateways() {
    }

    /**
     * The tenant JAX-RS matched must be the one the request scope was opened for: if a path form
     * ever reads differently to the filter and to the matcher, the request is refused rather than
     * served for a tenant nobody checked.
     */
    static void requireCheckedTenant(RequestContext context, String tenant) {
        if (!tenant.equals(context.tenant().orElse(null))) {
            throw new ProblemException(400, "bad-path", "请求路径无效", "路径中的租户无法识别");
        }
    }

    static ProblemException notEnabled(String tenant, InstalledModule module) {
        return new ProblemException(404, "module-not-enabled", "模块未启用",
                "模块 " + module.module().title() + "（" + module.id() + "）未对租户 " + tenant + " 启用");
    }
}
