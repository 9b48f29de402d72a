package org.smartjustice.platform.internal.rest;

import java.util.List;

import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.InstalledModule;
import org.smartjustice.platform.internal.modules.ModuleRegistry;

/** {@code /public/t/{tenant}/...}: anonymous read endpoints of modules enabled for the tenant. */
@Component(service = PublicGateway.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE,
        Jaxrs.NEEDS_ROLES })
@Path("public/t/{tenant}")
public class PublicGateway {

    @Reference
    private ModuleRegistry registry;

    @Reference
    private EnablementStore enablement;

    @Reference
    private RequestContext context;

    @Path("{module}")
    public JusticeResource module(@PathParam("tenant") String tenant, @PathParam("module") String module,
                                  @Context UriInfo uri, @Context Request request) {
        Gateways.requireCheckedTenant(context, tenant);
        InstalledModule installed = registry.module(module).orElseThrow(() -> ProblemException.notFound(
                "没有模块 " + module));
        List<JusticeResource> resources = registry.publicResources(module);
        if (resources.isEmpty()) {
            throw ProblemException.notFound("模块 " + module + " 没有公开接口");
        }
        if (!enablement.isEnabled(tenant, module)) {
            throw Gateways.notEnabled(tenant, installed);
        }
        return Gateways.choose(resources, uri, request);
    }
}
