package org.smartjustice.supervision.internal.screening;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.supervision.internal.Access;
import org.smartjustice.supervision.internal.SupervisionModule;
import org.smartjustice.supervision.internal.events.EventStore;
import org.smartjustice.supervision.internal.events.EventView;
import org.smartjustice.supervision.internal.events.EventsResource;

/**
 * {@code .../supervision/screening}: the events rules took, with why: the queue supervisors work
 * ({@code PENDING}: collect 归集 or dismiss), and the supervision view of the collected ones with their
 * timeline, result and satisfaction.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + SupervisionModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource implements JusticeResource {

    static final Set<String> SORTABLE = Set.of("screenedAt", "firstScreenedAt", "reportedAt");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Reference
    private ScreeningStore store;

    @Reference
    private ScreeningService service;

    @Reference
    private EventStore events;

    @Reference
    private TenantContext context;

    /** How the list's answer looks, for the OpenAPI document. */
    record ScreeningPage(List<ScreeningView> items, long total, int page, int size) {
    }

    /** How far screening is behind ingest: stored event versions not screened yet. */
    public record Backlog(long due) {
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("screening")
    @Operation(operationId = "listSupervisionScreening", summary = "甄别队列与归集事件",
            description = "规则甄别出的事件及理由（哪条规则、哪些词、哪些数字）。status 默认 PENDING（待甄别）；COLLECTED 为已归集事件（执法监督视图），"
                    + "DISMISSED 为已排除。可按规则 rule、类别、处置部门组织编码、街道、上报时间筛选，按 screenedAt、firstScreenedAt、reportedAt 排序（默认 -screenedAt）。",
            responses = @ApiResponse(responseCode = "200", description = "一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningPage.class))))
    public Response list(@QueryParam("status") ScreeningStatus status, @QueryParam("rule") String rule,
                         @QueryParam("category") List<String> categories, @QueryParam("org") String org,
                         @QueryParam("street") String street, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "-screenedAt");
        Validation v = new Validation().matches("rule", Validation.blankToNull(rule), ID, "应为规则编号")
                .maxLength("org", org, 64).maxLength("street", street, 100);
        List<String> codes = categories == null ? List.of()
                : categories.stream().map(Validation::blankToNull).filter(c -> c != null).map(String::strip).toList();
        v.check(codes.size() <= 50, "category", "至多 50 个类别");
        codes.forEach(c -> v.maxLength("category", c, 32));
        LocalDateTime fromUtc = EventsResource.time("from", from, false, v);
        LocalDateTime toUtc = EventsResource.time("to", to, true, v);
        v.throwIfInvalid();
        Page<ScreeningEntity> found = store.list(new ScreeningStore.Filter(status == null ? ScreeningStatus.PENDING : status,
                Validation.blankToNull(rule), codes, Validation.blankToNull(org),
                Validation.blankToNull(street) == null ? null : street.strip(), fromUtc, toUtc), paging);
        Map<String, EventView> shown = store.read(em -> EventStore.views(em, found.items().stream().map(s -> s.eventRef).toList()));
        return Response.ok(new Page<>(found.items().stream().map(s -> ScreeningView.of(s, shown.get(s.eventRef))).toList(),
                found.total(), found.page(), found.size())).build();
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("screening/backlog")
    @Operation(operationId = "getSupervisionScreeningBacklog", summary = "待甄别的事件版本数",
            description = "已保存但尚未甄别的事件版本数：甄别跟得上推送时接近 0。",
            responses = @ApiResponse(responseCode = "200", description = "积压",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Backlog.class))))
    public Backlog backlog() {
        return new Backlog(events.dueCount());
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("screening/{id}")
    @Operation(operationId = "getSupervisionScreening", summary = "甄别记录详情",
            description = "事件（含办理时间线、结果和满意度）、甄别理由和处理决定。",
            responses = @ApiResponse(responseCode = "200", description = "甄别记录",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class))))
    public Response get(@PathParam("id") String id) {
        ScreeningEntity s = store.find(id).orElseThrow(() -> ProblemException.notFound("甄别记录", id));
        EventView e = store.read(em -> EventStore.viewWithTimeline(em, s.eventRef)).orElse(null);
        return tagged(Response.ok(ScreeningView.of(s, e)), s);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR })
    @POST
    @Path("screening/{id}/collect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "collectSupervisionScreening", summary = "归集",
            description = "执法监督人员确认事件纳入执法监督；市级监督人员仅在市本级。version 写在请求体或 If-Match 中。",
            responses = { @ApiResponse(responseCode = "200", description = "已归集",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class))),
                    @ApiResponse(responseCode = "409", description = "conflict：版本过期；already-decided：已是已归集") })
    public Response collect(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ScreeningDecision decision) {
        return decide(id, ScreeningStatus.COLLECTED, ifMatch, decision, false);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR })
    @POST
    @Path("screening/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dismissSupervisionScreening", summary = "排除",
            description = "执法监督人员排除事件，须写明理由（note）。事件的新版本符合此前未符合的规则时重回队列。",
            responses = { @ApiResponse(responseCode = "200", description = "已排除",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class))),
                    @ApiResponse(responseCode = "409", description = "conflict：版本过期；already-decided：已是已排除") })
    public Response dismiss(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, ScreeningDecision decision) {
        return decide(id, ScreeningStatus.DISMISSED, ifMatch, decision, true);
    }

    private Response decide(String id, ScreeningStatus to, ExpectedVersion ifMatch, ScreeningDecision decision, boolean noteRequired) {
        Access.requireScreener(context.principal(), context.requireTenant());
        ScreeningDecision d = decision == null ? new ScreeningDecision(null, null) : decision;
        Validation v = new Validation();
        if (noteRequired) {
            v.required("note", d.note());
        }
        v.maxLength("note", d.note() == null ? null : d.note().strip(), 1000).plainText("note", d.note()).throwIfInvalid();
        ScreeningEntity s = service.decide(id, to, Validation.blankToNull(d.note()) == null ? null : d.note().strip(),
                ExpectedVersion.require(ifMatch, d.version()));
        EventView e = store.read(em -> EventStore.viewWithTimeline(em, s.eventRef)).orElse(null);
        return tagged(Response.ok(ScreeningView.of(s, e)), s);
    }

    private static Response tagged(Response.ResponseBuilder answer, ScreeningEntity s) {
        return answer.tag(new EntityTag(String.valueOf(s.version()))).build();
    }
}
