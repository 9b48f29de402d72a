package org.smartjustice.platform.internal.modules;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.Jaxrs;

/** The modules installed in the container right now, with the tenants (visible to the caller) that enabled each. */
@Component(service = ModulesResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE })
@Path("platform/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Reference
    private ModuleRegistry registry;

    @Reference
    private EnablementStore enablement;

    @Reference
    private RequestContext context;

    @GET
    @Operation(operationId = "listInstalledModules", summary = "已安装的模块",
            description = "容器中当前安装的模块，及调用者可见的、启用了各模块的租户。")
    public List<ModuleView> list() {
        Principal caller = context.principal();
        return registry.installed().stream()
                .map(m -> new ModuleView(m.id(), m.module().title(), m.version(), m.bundle(),
                        enablement.tenantsWith(m.id()).stream().filter(caller::mayActFor).toList()))
                .toList();
    }
}
