package org.smartjustice.platform.internal.webhooks;

import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.Jaxrs;

/** Outbound webhook deliveries for operators and city supervisors, by the audit log's tenant rule. */
@Component(service = WebhooksResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON,
        Jaxrs.NEEDS_SCOPE, Jaxrs.NEEDS_ROLES })
@Path("platform/webhooks/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Reference
    private DeliveryStore store;

    @Reference
    private RequestContext context;

    @Reference
    private AuditService audit;

    @GET
    @RequiresRole({ Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @Operation(operationId = "listWebhookDeliveries", summary = "查询 Webhook 投递",
            description = "平台运维人员与市级监督人员可查，新的在前。指定 tenant 时须能代表该租户；不指定时，非全市令牌只看到其所辖租户的投递。")
    public Page<DeliveryView> list(@QueryParam("tenant") String tenant,
                                   @Parameter(description = "投递状态：PENDING（待投递）、DELIVERED（已投递）、FAILED（投递失败）")
                                   @QueryParam("state") DeliveryState state,
                                   @Parameter(description = "事件类型（完整类型，如 rosters.task.accepted）")
                                   @QueryParam("type") String type,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size, null, Set.of("createdAt"), "-createdAt");
        String wanted = Validation.blankToNull(tenant);
        if (wanted != null) {
            context.requireMayActFor(wanted);
        }
        Principal caller = context.principal();
        Set<String> visible = caller.mayActFor(Principal.ALL_TENANTS) ? null : caller.tenants();
        Page<DeliveryEntity> found = store.find(new DeliveryStore.DeliveryQuery(wanted, visible, state,
                Validation.blankToNull(type)), request);
        return new Page<>(found.items().stream().map(d -> DeliveryView.of(d, false)).toList(), found.total(),
                found.page(), found.size());
    }

    @GET
    @Path("{id}")
    @RequiresRole({ Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @Operation(operationId = "getWebhookDelivery", summary = "Webhook 投递详情", description = "含发送的事件内容（payload）。")
    public DeliveryView get(@PathParam("id") String id) {
        return DeliveryView.of(visible(id), true);
    }

    @POST
    @Path("{id}/retry")
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "retryWebhookDelivery", summary = "重新投递失败的 Webhook",
            description = "平台运维人员；投递失败（FAILED）的投递立即重新投递一次（webhook-id 不变）；其他状态回答 409。")
    public DeliveryView retry(@PathParam("id") String id) {
        DeliveryEntity d = visible(id);
        if (!store.retry(id)) {
            throw new ProblemException(409, "delivery-not-failed", "该投递未失败",
                    "只有投递失败（FAILED）的投递可以重新投递，此投递为 " + d.state);
        }
        audit.append(context.principal().subject(), d.tenant, "webhooks.retry", "webhooks/deliveries/" + id, "success",
                d.eventId + " " + d.type + " → " + d.endpoint);
        return DeliveryView.of(store.find(id).orElse(d), false);
    }

    private DeliveryEntity visible(String id) {
        DeliveryEntity d = store.find(id).orElseThrow(() -> ProblemException.notFound("投递", id));
        context.requireMayActFor(d.tenant);
        return d;
    }
}
