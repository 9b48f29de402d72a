package org.smartjustice.venues.internal.venues;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.Answers;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.Question;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.venues.api.VenueQuery;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;
import org.smartjustice.venues.internal.Access;
import org.smartjustice.venues.internal.VenuesModule;

/**
 * {@code /api/v1/t/{tenant}/venues}: the district's venues. List pages and nearest answers are
 * kept as written while the district's venues do not change (see {@link #kept}).
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + VenuesModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenuesResource implements JusticeResource {

    /** Sortable fields, by their JSON names (which are also the entity's). */
    static final Set<String> SORTABLE = Set.of("name", "type", "streetCode", "status", "createdAt", "updatedAt");
    static final int MAX_NEAREST = 50;

    @Reference
    private VenueStore store;

    @Reference
    private VenueService service;

    @Reference
    private TenantContext context;

    @Reference
    private VenueImports imports;

    @Reference
    private VenueExport export;

    @Reference
    private Answers answers;

    /** How the list's answer looks, for the OpenAPI document: a {@link Page} of {@link VenueView}s. */
    record VenuePage(List<VenueView> items, long total, int page, int size) {
    }

    @GET
    @Operation(operationId = "listVenues", summary = "阵地列表",
            description = "可按类型、街道、状态、文字筛选，按 name、type、streetCode、status、createdAt、updatedAt 排序。联系人电话仅对管理员显示。",
            responses = @ApiResponse(responseCode = "200", description = "阵地列表的一页",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenuePage.class))))
    public Response list(@QueryParam("type") List<VenueType> types, @QueryParam("street") String street,
                         @QueryParam("status") List<VenueStatus> statuses, @QueryParam("q") String text,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                         @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "name");
        VenueQuery query = query(types, statuses, street, text, paging.offset(), paging.size());
        boolean personal = Access.seesPersonalData(context);
        String question = "list sort=" + paging.sortField() + (paging.descending() ? " desc" : "") + " page="
                + paging.page() + " size=" + paging.size() + " " + VenueStore.filterKey(query);
        return kept(question, personal, () -> {
            VenueStore.Found found = store.list(query, paging.sortField(), paging.descending());
            List<VenueView> items = found.items().stream()
                    .map(v -> VenueView.of(v, service.streetName(v.streetCode), personal, null)).toList();
            return new Page<>(items, found.total(), paging.page(), paging.size());
        });
    }

    @GET
    @Path("nearest")
    @Operation(operationId = "listNearestVenues", summary = "离某点最近的阵地",
            responses = @ApiResponse(responseCode = "200", description = "离该点最近的阵地，由近及远",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    array = @ArraySchema(schema = @Schema(implementation = VenueView.class)))))
    public Response nearest(@QueryParam("lon") Double lon, @QueryParam("lat") Double lat,
                            @QueryParam("crs") @DefaultValue("wgs84") CoordinateSystem crs, @QueryParam("n") Integer n,
                            @QueryParam("type") List<VenueType> types, @QueryParam("status") List<VenueStatus> statuses) {
        new Validation().required("lon", lon).required("lat", lat).range("lon", lon, -180, 180)
                .range("lat", lat, -90, 90)
                .check(n == null || n >= 1 && n <= MAX_NEAREST, "n", "应在 1 到 " + MAX_NEAREST + " 之间")
                .throwIfInvalid();
        LonLat point = CoordinateConverter.convert(new LonLat(lon, lat), crs, CoordinateSystem.WGS84);
        VenueQuery query = query(types, statuses == null || statuses.isEmpty() ? List.of(VenueStatus.ACTIVE) : statuses,
                null, null, 0, Integer.MAX_VALUE);
        boolean personal = Access.seesPersonalData(context);
        int limit = n == null ? 10 : n;
        String question = "nearest lon=" + point.lon() + " lat=" + point.lat() + " n=" + limit + " " + VenueStore.filterKey(query);
        return kept(question, personal, () -> {
            double[] bounds = service.boundsOf(context.requireTenant());
            return store.nearest(query, point.lon(), point.lat(), limit, bounds).stream()
                    .map(near -> VenueView.of(near.venue(), service.streetName(near.venue().streetCode),
                            personal, Math.round(near.meters() * 10) / 10.0))
                    .toList();
        });
    }

    /**
     * The answer to a question about the tenant's venues, as kept while they do not change: under
     * the revision of the venues (read before they are, so an answer is never older than its key),
     * whether contact mobiles are shown, and the question, canonical ({@link VenueStore#filterKey}).
     */
    private Response kept(String question, boolean personal, Supplier<Object> build) {
        return answers.answer(Question.of(question).revision(store.changes().revision())
                .variant(personal ? "personal" : "masked").cacheControl(personal ? "no-store" : null), build);
    }

    /** Answers with contact mobiles (personal information) are kept by no cache or browser on the way. */
    static Response.ResponseBuilder personalIf(Response.ResponseBuilder answer, boolean personal) {
        return personal ? answer.header(HttpHeaders.CACHE_CONTROL, "no-store") : answer;
    }



    @GET
    @Path("{id}")
    @Operation(operationId = "getVenue", summary = "阵地详情")
    public Response get(@PathParam("id") String id) {
        VenueEntity v = store.find(id).orElseThrow(() -> ProblemException.notFound("阵地", id));
        boolean personal = Access.seesPersonalData(context);
        return withTag(VenueView.of(v, service.streetName(v.streetCode), personal, null), personal);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Operation(operationId = "createVenue", summary = "新增阵地",
            description = "区县管理员或平台运维人员。",
            responses = { @ApiResponse(responseCode = "201", description = "已新增；Location 指向新阵地"),
                    @ApiResponse(responseCode = "409", description = "venue-exists：已有相同统一社会信用代码，或相同类型、名称和街道的阵地") })
    public Response create(VenueInput input) {
        VenueEntity v = service.create(input);
        return Response.status(Response.Status.CREATED)
                .header("Location", "venues/" + v.id()).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .tag(new EntityTag(String.valueOf(v.version())))
                .entity(VenueView.of(v, service.streetName(v.streetCode), true, null)).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @PUT
    @Path("{id}")
    @Operation(operationId = "updateVenue", summary = "修改阵地",
            description = "version 写在请求体或 If-Match 中；版本过期时回答 409。")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch,
                           VenueInput input) {
        VenueEntity v = service.update(id, input, ExpectedVersion.require(ifMatch, input.version()));
        return withTag(VenueView.of(v, service.streetName(v.streetCode), true, null), true);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @DELETE
    @Path("{id}")
    @Operation(operationId = "closeVenue", summary = "撤销阵地",
            description = "状态改为已撤销，记录保留以备审计，不再出现在公共地图上。")
    public Response close(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch) {
        VenueEntity v = service.close(id, ifMatch == null ? null : ifMatch.value());
        return withTag(VenueView.of(v, service.streetName(v.streetCode), true, null), true);
    }

    @Path("imports")
    public VenueImports imports() {
        return imports;
    }

    /** As a method, not a sub-resource: {@code GET {id}} would otherwise claim the path. */
    @GET
    @Path("export")
    @Produces({ "text/csv", "application/geo+json" })
    @Operation(operationId = "exportVenues", summary = "导出阵地",
            description = "CSV（导入格式，带 BOM）或 GeoJSON；以 = + - @ 开头的文本单元格加前导单引号。")
    public Response export(@QueryParam("format") String format,
                           @QueryParam("crs") @DefaultValue("wgs84") CoordinateSystem crs,
                           @QueryParam("type") List<VenueType> types, @QueryParam("status") List<VenueStatus> statuses)
            throws java.io.IOException {
        return export.export(format, crs, types, statuses);
    }

    private static Response withTag(VenueView view, boolean personal) {
        return personalIf(Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))), personal).build();
    }

    static VenueQuery query(Collection<VenueType> types, Collection<VenueStatus> statuses, String street, String text,
                            int offset, int limit) {
        new Validation().check(street == null || street.isBlank() || VenueRules.STREET.matcher(street).matches(), "street",
                "应为 9 位乡镇（街道）区划代码").maxLength("q", text, 100).throwIfInvalid();
        Set<VenueType> typeSet = EnumSet.noneOf(VenueType.class);
        Set<VenueStatus> statusSet = EnumSet.noneOf(VenueStatus.class);
        typeSet.addAll(types == null ? List.of() : types);
        statusSet.addAll(statuses == null ? List.of() : statuses);
        return new VenueQuery(typeSet, statusSet, street, text, null, offset, limit);
    }
}
