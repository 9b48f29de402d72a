package org.smartjustice.platform.internal.webhooks.inbound;

import java.io.InputStream;
import java.util.Set;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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

/**
 * Inbound webhooks: hosts POST signed messages to {@code platform/inbound/<sender>} without a bearer
 * token (the signature is their credential: {@link #isReceipt} is the request-scope filter's one
 * exception for it); operators list messages at {@code platform/inbound} and read and retry one at
 * {@code platform/inbound/messages/<id>} (two segments: never a sender's path), by the audit log's
 * tenant rule.
 */
@Component(service = InboundResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON,
        Jaxrs.NEEDS_SCOPE, Jaxrs.NEEDS_ROLES })
@Path("platform/inbound")
@Produces(MediaType.APPLICATION_JSON)
public class InboundResource {

    private static final String PROBLEM = "application/problem+json";
    /** The problem document's schema, as the platform's OpenAPI document names it. */
    private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemBody";
    private static final Pattern RECEIPT = Pattern.compile("platform/inbound/[^/]+");

    @Reference
    private InboundReceiver receiver;

    @Reference
    private InboundStore store;

    @Reference
    private InboundDispatcher dispatcher;

    @Reference
    private RequestContext context;

    @Reference
    private AuditService audit;

    /**
     * Whether a request is a sender's message, served without a token: a POST to exactly
     * {@code platform/inbound/<sender>} (the decoded path relative to the API's base). Nothing else
     * under {@code platform/inbound} is anonymous.
     */
    public static boolean isReceipt(String method, String path) {
        return "POST".equals(method) && path != null && RECEIPT.matcher(path).matches();
    }

    @POST
    @Path("{sender}")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirements
    @Operation(operationId = "receiveWebhook", summary = "接收主机推送的 Webhook（Standard Webhooks）",
            description = "无需访问令牌：以 Standard Webhooks 签名认证发送方（请求头 webhook-id、webhook-timestamp、"
                    + "webhook-signature；HMAC-SHA256 覆盖 id.timestamp.body，密钥按发送方配置，可有多个以便轮换；"
                    + "时间戳与本机相差至多 ±300 秒，可按发送方配置）。请求体为 JSON 对象：type（事件类型）、timestamp、"
                    + "data（对象）与 tenant（区县编码，须为发送方可代表的租户）。原样保存后才回答 2xx：首次 202，"
                    + "同一 webhook-id 且内容相同的重发 200（只保存、只处理一次），同一 webhook-id 而内容不同 409。"
                    + "保存后交由登记了该类型的模块在该租户内处理一次。",
            requestBody = @RequestBody(required = true, description = "Standard Webhooks 消息体，按收到的字节验签",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"))),
            responses = {
                    @ApiResponse(responseCode = "202", description = "已保存，将交由模块处理",
                            content = @Content(schema = @Schema(implementation = InboundView.class))),
                    @ApiResponse(responseCode = "200", description = "重发：此前已保存",
                            content = @Content(schema = @Schema(implementation = InboundView.class))),
                    @ApiResponse(responseCode = "401", description = "验证未通过：webhook-rejected（未配置的发送方、缺少请求头、"
                            + "时间戳超出范围、签名不符）", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA))),
                    @ApiResponse(responseCode = "409", description = "webhook-conflict：该 webhook-id 已用于另一内容",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA))),
                    @ApiResponse(responseCode = "413", description = "payload-too-large：请求体超过 1 MiB",
                            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA))) })
    public Response receive(@Parameter(description = "发送方名称（etc/org.smartjustice.webhooks.sender-<名称>.cfg）")
                            @PathParam("sender") String sender,
                            @Parameter(description = "消息编号，发送方重发时不变") @HeaderParam(InboundSignature.ID) String id,
                            @Parameter(description = "发送时间，Unix 秒") @HeaderParam(InboundSignature.TIMESTAMP) String timestamp,
                            @Parameter(description = "以空格分隔的一个或多个 v1,<base64> 签名")
                            @HeaderParam(InboundSignature.SIGNATURE) String signature,
                            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                            @Parameter(hidden = true) InputStream body,
                            @javax.ws.rs.core.Context javax.servlet.http.HttpServletRequest request) {
        for (String name : java.util.List.of(InboundSignature.ID, InboundSignature.TIMESTAMP, InboundSignature.SIGNATURE)) {
            // The servlet's view: one value per header line, not split at commas (a signature has one).
            java.util.List<String> values = java.util.Collections.list(request.getHeaders(name));
            if (values.size() > 1) {
                // Which of two would count is a guess a forger could exploit: neither does.
                throw InboundSignature.rejected("请求头 " + name + " 出现了多次");
            }
        }
        InboundStore.Stored stored = receiver.receive(sender,
                new InboundReceiver.Headers(id, timestamp, signature, contentLength), body);
        InboundView view = InboundView.of(stored.message(), false);
        return Response.status(stored.outcome() == InboundStore.Outcome.NEW ? 202 : 200).entity(view)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "listInboundWebhooks", summary = "查询收到的 Webhook",
            description = "平台运维人员，新收到的在前。指定 tenant 时须能代表该租户；不指定时，非全市令牌只看到其所辖租户的消息。")
    public Page<InboundView> list(@Parameter(description = "发送方名称") @QueryParam("sender") String sender,
                                  @QueryParam("tenant") String tenant,
                                  @Parameter(description = "处理状态：PENDING（待处理）、HANDLED（已处理）、FAILED（处理失败）")
                                  @QueryParam("state") InboundState state,
                                  @Parameter(description = "事件类型（完整类型）") @QueryParam("type") String type,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size, null, Set.of("receivedAt"), "-receivedAt");
        String wanted = Validation.blankToNull(tenant);
        if (wanted != null) {
            context.requireMayActFor(wanted);
        }
        Principal caller = context.principal();
        Set<String> visible = caller.mayActFor(Principal.ALL_TENANTS) ? null : caller.tenants();
        Page<InboundEntity> found = store.find(new InboundStore.InboundQuery(Validation.blankToNull(sender), wanted, visible,
                state, Validation.blankToNull(type)), request);
        return new Page<>(found.items().stream().map(m -> InboundView.of(m, false)).toList(), found.total(), found.page(),
                found.size());
    }

    @GET
    @Path("messages/{id}")
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "getInboundWebhook", summary = "收到的 Webhook 详情",
            description = "含原样保存的消息体（body）及其解析结果（payload）。")
    public InboundView get(@PathParam("id") String id) {
        return InboundView.of(visible(id), true);
    }

    @POST
    @Path("messages/{id}/retry")
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "retryInboundWebhook", summary = "重新处理失败的 Webhook",
            description = "平台运维人员；处理失败（FAILED）的消息立即再交由模块处理一次；其他状态回答 409。")
    public InboundView retry(@PathParam("id") String id) {
        InboundEntity m = visible(id);
        if (!store.retry(id)) {
            throw new ProblemException(409, "inbound-not-failed", "该消息未处理失败",
                    "只有处理失败（FAILED）的消息可以重新处理，此消息为 " + m.state);
        }
        audit.append(context.principal().subject(), m.tenant, "webhooks.inbound.retry", "platform/inbound/messages/" + id, "success",
                m.sender + "/" + m.messageId + " " + m.type);
        dispatcher.submit(id);
        return InboundView.of(store.find(id).orElse(m), false);
    }

    private InboundEntity visible(String id) {
        InboundEntity m = store.find(id).orElseThrow(() -> ProblemException.notFound("没有编号为 " + shownId(id) + " 的消息"));
        context.requireMayActFor(m.tenant);
        return m;
    }

    private static String shownId(String id) {
        return id != null && id.matches("[A-Za-z0-9-]{1,64}") ? id : "（格式不正确的编号）";
    }
}
