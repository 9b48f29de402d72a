package org.smartjustice.supervision.internal.events;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.supervision.internal.SupervisionConfig;
import org.smartjustice.supervision.internal.SupervisionModule;

/**
 * {@code .../supervision/events}: the tenant's grid events as the host pushes them. The host posts an
 * event with a service token ({@code PLATFORM_OPERATOR}) or sends it as a signed webhook
 * ({@link GridEventWebhookHandler}); supervisors read them, the reporter always masked. A department's
 * liaison sees nothing here (403).
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + SupervisionModule.ID,
        configurationPid = SupervisionConfig.PID)
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource implements JusticeResource {

    static final java.util.Set<String> SORTABLE = java.util.Set.of("reportedAt", "updatedAt", "categoryCode");
    /** The largest event body taken, as the platform's inbound webhooks. */
    static final int MAX_BODY = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Reference
    private EventStore store;

    @Reference
    private EventService service;

    @Reference
    private TenantContext context;

    @Reference
    private EventBackfill backfill;

    private volatile long maxBackfillBytes = 512L << 20;

    @Activate
    @Modified
    void configure(SupervisionConfig config) {
        maxBackfillBytes = (long) Math.max(1, config.maxBackfillMebibytes()) << 20;
    }

    /** How the list's answer looks, for the OpenAPI document. */
    record EventPage(List<EventView> items, long total, int page, int size) {
    }

    /** What a push did: {@code CREATED}, {@code UPDATED} or {@code IGNORED} (with why in {@code note}). */
    public record Receipt(String outcome, String note, EventView event) {
    }

    @RequiresRole(Role.PLATFORM_OPERATOR)
    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pushSupervisionEvent", summary = "推送网格事件（宿主平台，服务令牌）",
            description = "与签名 Webhook 的 data 相同的 JSON。按 (source, eventId, version) 幂等：更新的版本更新事件，"
                    + "相同或更早的版本已确认但不作改动（200，note 说明）。原始请求体随所保存的每个版本保留。",
            requestBody = @RequestBody(description = "网格事件（见 docs/supervision.md）", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object"))),
            responses = { @ApiResponse(responseCode = "201", description = "新事件已保存；Location 指向它",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class))),
                    @ApiResponse(responseCode = "200", description = "已更新（UPDATED），或版本不新而未作改动（IGNORED）",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class))),
                    @ApiResponse(responseCode = "413", description = "payload-too-large：请求体超过 1 MiB") })
    public Response push(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalidField("body", "请求体应为网格事件的 JSON 对象");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY) {
            throw new ProblemException(413, "payload-too-large", "请求体过大", "网格事件至多 1 MiB");
        }
        Map<String, Object> data = parse(body);
        EventRules.Checked checked = EventService.checkOrThrow(data, null);
        EventService.Ingested done = service.ingest(checked, EventVersionEntity.Channel.REST,
                "rest:" + context.principal().subject(), body);
        Receipt receipt = new Receipt(done.outcome().name(), done.note(), EventView.of(done.event()));
        if (done.outcome() == EventService.Outcome.CREATED) {
            return Response.status(Response.Status.CREATED).header("Location", "events/" + done.event().id()).entity(receipt).build();
        }
        return Response.ok(receipt).build();
    }

    @RequiresRole(Role.PLATFORM_OPERATOR)
    @POST
    @Path("events/backfill")
    @Consumes({ "application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(operationId = "backfillSupervisionEvents", summary = "补录网格事件（NDJSON，后台任务）",
            description = "宿主平台补录历史事件：请求体每行一个网格事件（与 POST events 相同的 JSON），UTF-8，原始请求体流式接收"
                    + "（至多 maxBackfillMebibytes，默认 512 MiB；更大的请按月分次）。按批保存，逐行报告：新增、更新、忽略（版本不新）、拒绝"
                    + "（行号、事件编号和各字段的错误，至多列出 1000 行）。与推送一样幂等：重发同一文件不产生重复。",
            requestBody = @RequestBody(description = "NDJSON：每行一个网格事件", required = true,
                    content = @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))),
            responses = { @ApiResponse(responseCode = "202", description = "已作为后台任务开始；轮询 Location",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class))),
                    @ApiResponse(responseCode = "413", description = "payload-too-large：超过 maxBackfillMebibytes") })
    public Response backfill(@Parameter(hidden = true) InputStream body, @Context UriInfo uri) {
        return backfill.start(body, maxBackfillBytes).accepted(uri);
    }

    @RequiresRole(Role.PLATFORM_OPERATOR)
    @GET
    @Path("events/backfill/{id}")
    @Operation(operationId = "getSupervisionEventBackfill", summary = "补录任务的状态与逐行报告",
            responses = @ApiResponse(responseCode = "200", description = "任务；完成后 report 为逐行报告：lines、created、updated、ignored、rejected、rejectedLines（line、eventId、errors）、moreRejected",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class))))
    public Job backfillJob(@Parameter(description = "补录任务编号（202 回答的 Location）") @PathParam("id") String id) {
        return backfill.find(id);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("events")
    @Operation(operationId = "listSupervisionEvents", summary = "网格事件列表",
            description = "宿主平台推送的网格事件，上报人姓名和电话均脱敏。可按宿主的事件编号 eventId、类别代码（可重复）、处置部门组织编码、街道、"
                    + "办理环节、上报时间（from 含、to 不含；日期按北京时间整天）筛选，按 reportedAt、updatedAt、categoryCode 排序（默认 -reportedAt）。",
            responses = @ApiResponse(responseCode = "200", description = "网格事件的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class))))
    public Response list(@QueryParam("eventId") String eventId, @QueryParam("category") List<String> categories, @QueryParam("org") String org,
                         @QueryParam("street") String street, @QueryParam("state") EventStep state,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "-reportedAt");
        Validation v = new Validation().maxLength("eventId", eventId, 64).maxLength("org", org, 64).maxLength("street", street, 100);
        List<String> codes = categories == null ? List.of()
                : categories.stream().map(Validation::blankToNull).filter(c -> c != null).map(String::strip).toList();
        v.check(codes.size() <= 50, "category", "至多 50 个类别");
        codes.forEach(c -> v.maxLength("category", c, 32));
        LocalDateTime fromUtc = time("from", from, false, v);
        LocalDateTime toUtc = time("to", to, true, v);
        v.throwIfInvalid();
        Page<EventEntity> found = store.list(new EventStore.Filter(Validation.blankToNull(eventId) == null ? null : eventId.strip(), codes, Validation.blankToNull(org),
                Validation.blankToNull(street) == null ? null : street.strip(), state, fromUtc, toUtc), paging);
        return Response.ok(new Page<>(found.items().stream().map(EventView::of).toList(), found.total(), found.page(),
                found.size())).build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("events/{id}")
    @Operation(operationId = "getSupervisionEvent", summary = "网格事件详情",
            description = "事件的最新版本、办理时间线（各环节的时间和单位）和已保存的版本；上报人脱敏。",
            responses = @ApiResponse(responseCode = "200", description = "网格事件",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class))))
    public Response get(@PathParam("id") String id) {
        EventEntity e = store.find(id).orElseThrow(() -> ProblemException.notFound("网格事件", id));
        List<EventView.StoredVersion> versions = store.versions(e.id()).stream()
                .map(r -> new EventView.StoredVersion((Long) r[0], String.valueOf(r[1]), UtcTimes.toOffset((LocalDateTime) r[2])))
                .toList();
        return Response.ok(EventView.of(e, EventView.timeline(e), versions)).build();
    }

    static Map<String, Object> parse(String body) {
        try {
            Object parsed = JSON.readValue(body, Object.class);
            if (!(parsed instanceof Map<?, ?>)) {
                throw ProblemException.invalidField("body", "请求体应为 JSON 对象");
            }
            return JSON.convertValue(parsed, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("请求体不是有效的 JSON", List.of(new FieldError("body",
                    "不是有效的 JSON（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）")));
        }
    }

    /** An ISO-8601 time with offset, or a date (a whole day in Beijing time: {@code to} then ends after it). */
    public static LocalDateTime time(String field, String text, boolean end, Validation v) {
        String t = Validation.blankToNull(text);
        if (t == null) {
            return null;
        }
        t = t.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return UtcTimes.toUtc((end ? day.plusDays(1) : day).atStartOfDay(UtcTimes.DISPLAY_ZONE).toOffsetDateTime());
            }
            return UtcTimes.toUtc(OffsetDateTime.parse(t));
        } catch (DateTimeParseException e) {
            v.check(false, field, "应为日期（2026-03-01）或带时区的 ISO-8601 时间");
            return null;
        }
    }
}
