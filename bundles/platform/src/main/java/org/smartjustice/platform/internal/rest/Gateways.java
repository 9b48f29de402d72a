package org.smartjustice.platform.internal.rest;

import java.util.List;

import javax.ws.rs.core.PathSegment;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.UriInfo;

import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.InstalledModule;
import org.smartjustice.platform.internal.modules.ModuleRegistry;
import org.smartjustice.platform.internal.modules.ResourceRoutes;

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

    /** The module's resource for this request, among several: by the rest of the path after the module. */
    static JusticeResource choose(List<JusticeResource> resources, UriInfo uri, Request request) {
        if (resources.size() == 1) {
            return resources.get(0);
        }
        List<PathSegment> segments = uri.getPathSegments();
        int module = "public".equals(segments.get(0).getPath()) ? 3 : 2;
        StringBuilder rest = new StringBuilder();
        for (int i = module + 1; i < segments.size(); i++) {
            rest.append(rest.length() == 0 ? "" : "/").append(segments.get(i).getPath());
        }
        return ResourceRoutes.choose(resources, rest.toString(), request.getMethod());
    }

    /**
     * The installed module that the tenant enabled, whose resources of one scope are given:
     * 404 {@code not-found} for a module that is not installed or has no such resources,
     * 404 {@code module-not-enabled} for one the tenant did not switch on.
     */
    static InstalledModule enabledModule(ModuleRegistry registry, EnablementStore enablement, String tenant,
                                         String module, List<JusticeResource> resources, String scope) {
        InstalledModule installed = registry.module(module).orElseThrow(() -> ProblemException.notFound("没有模块 " + ProblemException.shownId(module)));
        if (resources.isEmpty()) {
            throw ProblemException.notFound("模块 " + module + " 没有" + scope);
        }
        if (!enablement.isEnabled(tenant, module)) {
            throw notEnabled(tenant, installed);
        }
        return installed;
    }

    static ProblemException notEnabled(String tenant, InstalledModule module) {
        return new ProblemException(404, "module-not-enabled", "模块未启用",
                "模块 " + module.module().title() + "（" + module.id() + "）未对租户 " + tenant + " 启用");
    }
}
