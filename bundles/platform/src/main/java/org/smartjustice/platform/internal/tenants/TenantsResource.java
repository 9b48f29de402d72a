package org.smartjustice.platform.internal.tenants;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.Jaxrs;

/** Tenants (districts): anyone authenticated reads the ones they may act for; operators write. */
@Component(service = TenantsResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON, Jaxrs.NEEDS_SCOPE,
        Jaxrs.NEEDS_ROLES, Jaxrs.NEEDS_BODY })
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

    static final Set<String> SORTABLE = Set.of("code", "name", "stage", "updatedAt");

    @Reference
    private TenantStore store;

    @Reference
    private RequestContext context;

    @GET
    @Operation(operationId = "listTenants", summary = "租户列表",
            description = "调用者可代表的租户；可按 stage 筛选，按 code、name、stage、updatedAt 排序。")
    public Page<Tenant> list(@QueryParam("stage") TenantStage stage, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "code");
        Principal caller = context.principal();
        List<Tenant> visible = store.all().stream()
                .filter(t -> caller.mayActFor(t.code()))
                .filter(t -> stage == null || t.stage() == stage)
                .sorted(comparator(request))
                .toList();
        int from = Math.min(request.offset(), visible.size());
        int to = Math.min(from + request.size(), visible.size());
        return new Page<>(visible.subList(from, to), visible.size(), request.page(), request.size());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getTenant", summary = "租户详情")
    public Response get(@PathParam("code") String code) {
        Tenant tenant = visible(code);
        return Response.ok(tenant).tag(new EntityTag(String.valueOf(tenant.version()))).build();
    }

    @POST
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "createTenant", summary = "新建租户",
            description = "平台运维人员；编码为六位区划代码或以小写字母开头的运维编码。")
    public Response create(TenantInput input) {
        input.validateForCreate();
        context.requireMayActFor(input.code());
        Tenant created = store.create(input.code(), input.name().trim(),
                input.stage() == null ? TenantStage.PLANNED : input.stage());
        return Response.created(URI.create("platform/tenants/" + created.code()))
                .tag(new EntityTag(String.valueOf(created.version()))).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "updateTenant", summary = "修改租户名称或推广阶段",
            description = "version 写在请求体或 If-Match 中；版本过期时回答 409。")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") ExpectedVersion ifMatch,
                           TenantInput input) {
        store.require(code);
        context.requireMayActFor(code);
        input.validateForUpdate(ifMatch);
        if (input.code() != null && !input.code().equals(code)) {
            throw ProblemException.invalidField("code", "租户编码不可修改");
        }
        long expected = ExpectedVersion.require(ifMatch, input.version());
        Tenant updated = store.update(code, input.name().trim(), input.stage(), expected);
        return Response.ok(updated).tag(new EntityTag(String.valueOf(updated.version()))).build();
    }

    private Tenant visible(String code) {
        Tenant tenant = store.require(code);
        context.requireMayActFor(code);
        return tenant;
    }

    private static Comparator<Tenant> comparator(PageRequest request) {
        Comparator<Tenant> c = switch (request.sortField()) {
            case "name" -> Comparator.comparing(Tenant::name);
            case "stage" -> Comparator.comparing(Tenant::stage);
            case "updatedAt" -> Comparator.comparing(Tenant::updatedAt);
            default -> Comparator.comparing(Tenant::code);
        };
        c = c.thenComparing(Tenant::code);
        return request.descending() ? c.reversed() : c;
    }
}
