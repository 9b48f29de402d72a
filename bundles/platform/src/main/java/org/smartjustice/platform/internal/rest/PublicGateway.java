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
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.modules.EnablementStore;
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
        List<JusticeResource> resources = registry.publicResources(module);
        Gateways.enabledModule(registry, enablement, tenant, module, resources, "公开接口");
        return Gateways.choose(resources, uri, request);
    }
}
