package org.smartjustice.supervision.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.supervision.internal.Access;
import org.smartjustice.supervision.internal.SupervisionModule;

/**
 * {@code .../supervision/rules}: the screening rules of the tenant and, in a district, the city's defaults
 * (which it may switch off for itself); a dry run tells what a rule would take before it is switched on.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + SupervisionModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningRulesResource implements JusticeResource {

    @Reference
    private ScreeningRuleStore store;

    @Reference
    private ScreeningRuleService service;

    @Reference
    private ScreeningService screening;

    @Reference
    private TenantContext context;

    /** How the list's answer looks, for the OpenAPI document. */
    record RulePage(List<ScreeningRuleView> items, long total, int page, int size) {
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("rules")
    @Operation(operationId = "listSupervisionRules", summary = "甄别规则列表",
            description = "本租户的规则（按名称），区县另列市本级的默认规则（cityDefault，optedOut 表示本区县已停用）。",
            responses = @ApiResponse(responseCode = "200", description = "甄别规则的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulePage.class))))
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size, null, Set.of("name"), "name");
        List<ScreeningRuleView> all = new ArrayList<>();
        store.own().forEach(r -> all.add(ScreeningRuleView.of(r, false, false)));
        if (!Access.CITY.equals(context.requireTenant())) {
            Set<String> off = store.optedOut();
            store.cityDefaults().forEach(r -> all.add(ScreeningRuleView.of(r, true, off.contains(r.id()))));
        }
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return Response.ok(new Page<>(all.subList(from, to), all.size(), paging.page(), paging.size())).build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("rules/{id}")
    @Operation(operationId = "getSupervisionRule", summary = "甄别规则详情",
            responses = @ApiResponse(responseCode = "200", description = "甄别规则",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningRuleView.class))))
    public Response get(@PathParam("id") String id) {
        ScreeningRuleEntity own = store.find(id).orElse(null);
        if (own != null) {
            return tagged(Response.ok(ScreeningRuleView.of(own, false, false)), own);
        }
        ScreeningRuleEntity city = cityDefault(id);
        return Response.ok(ScreeningRuleView.of(city, true, store.optedOut().contains(id))).build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @POST
    @Path("rules")
    @Operation(operationId = "createSupervisionRule", summary = "新增甄别规则",
            description = "默认为草稿（DRAFT），先试运行再启用。执法监督人员、区县管理员、平台运维人员；市级监督人员仅在市本级。",
            responses = { @ApiResponse(responseCode = "201", description = "已新增；Location 指向新规则",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningRuleView.class))),
                    @ApiResponse(responseCode = "409", description = "rule-exists：同名规则已存在；too-many-rules：规则已达上限") })
    public Response create(ScreeningRuleInput input) {
        Access.requireRuleWriter(context.principal(), context.requireTenant());
        ScreeningRuleEntity r = service.create(required(input));
        return tagged(Response.status(Response.Status.CREATED).header("Location", "rules/" + r.id())
                .entity(ScreeningRuleView.of(r, false, false)), r);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @PUT
    @Path("rules/{id}")
    @Operation(operationId = "updateSupervisionRule", summary = "修改甄别规则",
            description = "version 写在请求体或 If-Match 中；版本过期时回答 409。规则只甄别此后到达的事件版本，已甄别的不重算。",
            responses = { @ApiResponse(responseCode = "200", description = "已修改",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningRuleView.class))),
                    @ApiResponse(responseCode = "409", description = "conflict：版本过期；rule-exists：同名规则已存在") })
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ScreeningRuleInput input) {
        Access.requireRuleWriter(context.principal(), context.requireTenant());
        ScreeningRuleInput in = required(input);
        ScreeningRuleEntity r = service.update(id, in, ExpectedVersion.require(ifMatch, in.version()));
        return tagged(Response.ok(ScreeningRuleView.of(r, false, false)), r);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @DELETE
    @Path("rules/{id}")
    @Operation(operationId = "deleteSupervisionRule", summary = "删除甄别规则",
            description = "已甄别事件的理由中保留规则名称。If-Match 给出时按版本检查（过期回答 409）。",
            responses = @ApiResponse(responseCode = "204", description = "已删除"))
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch) {
        Access.requireRuleWriter(context.principal(), context.requireTenant());
        service.delete(id, ifMatch == null ? null : ifMatch.value());
        return Response.noContent().build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Path("rules/dry-run")
    @Operation(operationId = "dryRunSupervisionRule", summary = "试运行甄别规则（不保存）",
            description = "按请求体中的规则（名称可省）检查最近 30 天上报的本租户事件：检查了多少、会甄别出多少，并给出至多 10 个例子和理由。不改动任何数据。",
            responses = @ApiResponse(responseCode = "200", description = "试运行结果",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DryRun.class))))
    public Response dryRun(ScreeningRuleInput input) {
        ScreeningRuleInput in = required(input);
        if (in.name() == null || in.name().isBlank()) {
            in = new ScreeningRuleInput("试运行", in.description(), in.status(), in.cityWide(), in.categories(), in.departmentKinds(),
                    in.words(), in.overdue(), in.minReturns(), in.maxSatisfaction(), in.repeat(), in.version());
        }
        ScreeningRuleRules.Checked c = service.checkOrThrow(in, null);
        return Response.ok(screening.dryRun(c.name(), c.conditions())).build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Path("rules/{id}/dry-run")
    @Operation(operationId = "dryRunStoredSupervisionRule", summary = "试运行已保存的甄别规则",
            description = "与 rules/dry-run 相同，用已保存的规则（本租户的，或区县看到的市本级默认规则）。",
            responses = @ApiResponse(responseCode = "200", description = "试运行结果",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DryRun.class))))
    public Response dryRunStored(@PathParam("id") String id) {
        ScreeningRuleEntity r = store.find(id).orElse(null);
        if (r == null) {
            r = cityDefault(id);
        }
        return Response.ok(screening.dryRun(r.name, r.conditions())).build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @PUT
    @Path("rules/{id}/opt-out")
    @Operation(operationId = "optOutOfSupervisionRule", summary = "本区县停用市级默认规则",
            description = "只在区县；此后本区县新到的事件版本不再按这条市级默认规则甄别。重复调用无妨。",
            responses = @ApiResponse(responseCode = "204", description = "已停用"))
    public Response optOut(@PathParam("id") String id) {
        Access.requireRuleWriter(context.principal(), context.requireTenant());
        service.optOut(id, true);
        return Response.noContent().build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @DELETE
    @Path("rules/{id}/opt-out")
    @Operation(operationId = "optInToSupervisionRule", summary = "本区县恢复市级默认规则",
            responses = @ApiResponse(responseCode = "204", description = "已恢复"))
    public Response optIn(@PathParam("id") String id) {
        Access.requireRuleWriter(context.principal(), context.requireTenant());
        service.optOut(id, false);
        return Response.noContent().build();
    }

    private ScreeningRuleEntity cityDefault(String id) {
        if (Access.CITY.equals(context.requireTenant())) {
            throw ProblemException.notFound("甄别规则", id);
        }
        return store.cityDefault(id).orElseThrow(() -> ProblemException.notFound("甄别规则", id));
    }

    private static ScreeningRuleInput required(ScreeningRuleInput input) {
        if (input == null) {
            throw ProblemException.invalidField("body", "请求体应为甄别规则的 JSON 对象");
        }
        return input;
    }

    private static Response tagged(Response.ResponseBuilder answer, ScreeningRuleEntity r) {
        return answer.tag(new EntityTag(String.valueOf(r.version()))).build();
    }
}
