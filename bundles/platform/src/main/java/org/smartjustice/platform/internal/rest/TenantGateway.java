package org.smartjustice.platform.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.menu.Menu;
import org.smartjustice.platform.internal.menu.MenuItem;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.InstalledModule;
import org.smartjustice.platform.internal.modules.ModuleRegistry;

/**
 * {@code /t/{tenant}/...}: the tenant's menu, and the door to each module's resource. By the time
 * a request gets here the caller is authenticated and allowed to act for the tenant
 * ({@link RequestScopeFilter}); the gateway adds that the module is installed, enabled for the tenant and
 * open to the caller's roles, then hands the request to the module's resource.
 */
@Component(service = TenantGateway.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE,
        Jaxrs.NEEDS_ROLES, Jaxrs.NEEDS_BODY })
@Path("t/{tenant}")
public class TenantGateway {

    @Reference
    private ModuleRegistry registry;

    @Reference
    private EnablementStore enablement;

    @Reference
    private RequestContext context;

    @GET
    @Path("menu")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMenu", summary = "租户菜单",
            description = "已安装、对该租户启用、且调用者角色可见的模块菜单项。")
    public List<MenuItem> menu(@PathParam("tenant") String tenant) {
        Gateways.requireCheckedTenant(context, tenant);
        return Menu.build(registry.installed(), module -> enablement.isEnabled(tenant, module), context.principal());
    }

    @Path("{module}")
    public JusticeResource module(@PathParam("tenant") String tenant, @PathParam("module") String module,
                                  @Context UriInfo uri, @Context Request request) {
        Gateways.requireCheckedTenant(context, tenant);
        List<JusticeResource> resources = registry.tenantResources(module);
        InstalledModule installed = Gateways.enabledModule(registry, enablement, tenant, module, resources, "租户接口");
        if (!installed.module().requiredRoles().isEmpty()
                && !context.principal().hasAnyRole(installed.module().requiredRoles())) {
            throw ProblemException.forbidden("使用模块 " + installed.module().title() + " 需要以下角色之一："
                    + installed.module().requiredRoles());
        }
        return Gateways.choose(resources, uri, request);
    }
}
