package org.smartjustice.platform.internal.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.Jaxrs;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * Switching modules on and off per tenant (the pilot rollout): operators for any tenant, district
 * admins for their own tenants only.
 */
@Component(service = TenantModulesResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE })
@Path("platform/tenants/{code}/modules")
@Produces(MediaType.APPLICATION_JSON)
public class TenantModulesResource {

    @Reference
    private ModuleRegistry registry;

    @Reference
    private EnablementStore enablement;

    @Reference
    private TenantStore tenants;

    @Reference
    private RequestContext context;

    @GET
    @Operation(operationId = "listTenantModules", summary = "租户的模块启用情况")
    public List<TenantModuleView> list(@PathParam("code") String code) {
        tenants.require(code);
        context.requireMayActFor(code);
        TreeSet<String> ids = new TreeSet<>();
        registry.installed().forEach(m -> ids.add(m.id()));
        List<TenantModuleView> views = new ArrayList<>();
        for (String id : ids) {
            views.add(view(code, id));
        }
        return views;
    }

    @PUT
    @Path("{module}")
    @Operation(operationId = "enableModule", summary = "为租户启用模块",
            description = "平台运维人员或本区县管理员；模块须已安装。")
    public TenantModuleView enable(@PathParam("code") String code, @PathParam("module") String module) {
        tenants.require(code);
        requireMayManage(code);
        if (registry.module(module).isEmpty()) {
            throw new ProblemException(404, "module-not-installed", "模块未安装",
                    "容器中没有安装模块 " + ProblemException.shownId(module) + "，请先安装其 feature");
        }
        enablement.set(code, module, true, context.principal().subject());
        return view(code, module);
    }

    @DELETE
    @Path("{module}")
    @Operation(operationId = "disableModule", summary = "为租户停用模块",
            description = "停用的决定会被保留；模块不再出现在该租户的菜单中，其接口回答 404 module-not-enabled。")
    public Response disable(@PathParam("code") String code, @PathParam("module") String module) {
        tenants.require(code);
        requireMayManage(code);
        if (registry.module(module).isEmpty() && enablement.decision(code, module).isEmpty()) {
            throw new ProblemException(404, "module-not-installed", "模块未安装", "没有模块 " + ProblemException.shownId(module));
        }
        enablement.set(code, module, false, context.principal().subject());
        return Response.noContent().build();
    }

    private TenantModuleView view(String code, String id) {
        Optional<InstalledModule> installed = registry.module(id);
        Optional<Enablement> decision = enablement.decision(code, id);
        return new TenantModuleView(id,
                installed.map(m -> m.module().title()).orElse(id),
                installed.isPresent(),
                decision.map(Enablement::enabled).orElse(false),
                decision.map(d -> UtcTimes.toOffset(d.changedAt())).orElse(null),
                decision.map(Enablement::changedBy).orElse(null));
    }

    /** Operators and district admins, each for the tenants their token names (operators too). */
    private void requireMayManage(String code) {
        Principal caller = context.principal();
        if (caller.hasAnyRole(List.of(Role.PLATFORM_OPERATOR, Role.DISTRICT_ADMIN)) && caller.mayActFor(code)) {
            return;
        }
        throw new ProblemException(403, "forbidden", "无权启用或停用模块",
                "只有平台运维人员或本区县管理员可以为租户 " + code + " 启用或停用模块");
    }
}
