package org.smartjustice.rosters.internal.grids;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.RostersConfig;
import org.smartjustice.rosters.internal.Versions;

/**
 * {@code .../rosters/grids}: the district's grid organisation (street → community → grid cell).
 * Cells come from the host: pushed as JSON (one, or a list with a per-item report) or imported from
 * its spreadsheet; both are idempotent on the cell's code.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID,
        configurationPid = RostersConfig.PID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GridsResource implements JusticeResource {

    static final Set<String> SORTABLE = Set.of("code", "name", "communityCode", "updatedAt");
    static final int MAX_PUSH = 5_000;

    @Reference
    private GridService grids;

    @Reference
    private GridStore store;

    @Reference
    private TenantContext context;

    @Reference
    private SheetImports imports;

    @Reference
    private AuditLog audit;

    private volatile int maxRows = 50_000;

    private SheetImport<GridRules.Checked, GridCellEntity> cellImport;

    @Activate
    void activate(RostersConfig config) {
        configure(config);
        cellImport = GridSheet.definition(grids, () -> maxRows);
    }

    @Modified
    void configure(RostersConfig config) {
        maxRows = Math.max(1, config.maxImportRows());
    }

    record CellPage(List<GridView> items, long total, int page, int size) {
    }

    @GET
    @Path("grids")
    @Operation(operationId = "getGridTree", summary = "网格架构（街道 → 社区/村 → 网格）",
            description = "本区县全部街道和社区（村）及其网格；社区（村）没有网格时 grids 为 0。可按 street 只看一个街道。")
    public GridTree tree(@QueryParam("street") String street) {
        new Validation().check(street == null || street.matches("\\d{9}"), "street", "应为 9 位乡镇（街道）区划代码")
                .throwIfInvalid();
        String tenant = context.requireTenant();
        return GridTree.of(tenant, grids.divisions(), street, store.inStreet(street));
    }

    @GET
    @Path("grids/cells")
    @Operation(operationId = "listGridCells", summary = "网格列表",
            description = "可按社区（村）、街道、文字（编码或名称）筛选，按 code、name、communityCode、updatedAt 排序。",
            responses = @ApiResponse(responseCode = "200", description = "网格列表的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CellPage.class))))
    public Response list(@QueryParam("community") String community, @QueryParam("street") String street,
                               @Parameter(description = "网格编码或名称中包含的文字") @QueryParam("q") String text, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "code");
        new Validation().check(community == null || community.matches("\\d{12}"), "community", "应为 12 位社区（村）区划代码")
                .check(street == null || street.matches("\\d{9}"), "street", "应为 9 位乡镇（街道）区划代码")
                .maxLength("q", text, 50).throwIfInvalid();
        Page<GridCellEntity> found = store.list(community, street, text, paging);
        List<GridView> views = found.items().stream().map(g -> GridView.of(g, grids.divisions())).toList();
        return Response.ok(new Page<>(views, found.total(), found.page(), found.size())).build();
    }

    @GET
    @Path("grids/cells/{code}")
    @Operation(operationId = "getGridCell", summary = "网格详情")
    public Response get(@PathParam("code") String code) {
        GridCellEntity g = store.find(code).orElseThrow(() -> ProblemException.notFound("网格", code));
        return Response.ok(GridView.of(g, grids.divisions())).tag(new EntityTag(String.valueOf(g.version()))).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @PUT
    @Path("grids/cells/{code}")
    @Operation(operationId = "putGridCell", summary = "新增或修改一个网格（宿主推送）",
            description = "按网格编码幂等：不存在则新增（201），存在则修改，需在请求体 version 或 If-Match 中给出版本。",
            responses = { @ApiResponse(responseCode = "200", description = "已修改（或没有变化）"),
                    @ApiResponse(responseCode = "201", description = "已新增") })
    public Response put(@PathParam("code") String code, @HeaderParam("If-Match") ExpectedVersion ifMatch,
                        GridInput input) {
        boolean existed = store.find(code).isPresent();
        GridCellEntity g = grids.put(code, input, Versions.optional(ifMatch, input.version()));
        audit.record("rosters.grid.put", "grids/cells/" + code, "success", (existed ? "修改" : "新增") + "网格 " + g.name);
        return Response.status(existed ? Response.Status.OK : Response.Status.CREATED)
                .tag(new EntityTag(String.valueOf(g.version()))).entity(GridView.of(g, grids.divisions())).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @DELETE
    @Path("grids/cells/{code}")
    @Operation(operationId = "deleteGridCell", summary = "删除网格",
            description = "仅当没有成员在该网格任职、没有未办结的任务指向它时。",
            responses = { @ApiResponse(responseCode = "204", description = "已删除"),
                    @ApiResponse(responseCode = "409", description = "grid-in-use：仍有成员或未办结任务") })
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") ExpectedVersion ifMatch) {
        grids.delete(code, ifMatch == null ? null : ifMatch.value());
        audit.record("rosters.grid.delete", "grids/cells/" + code, "success", "删除网格 " + code);
        return Response.noContent().build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Path("grids/cells")
    @Operation(operationId = "pushGridCells", summary = "批量推送网格（JSON）",
            description = "宿主平台推送网格列表（至多 5000 个），逐项报告；按编码幂等，已存在的网格以推送的内容为准。")
    public ImportReport push(List<GridInput> cells, @QueryParam("crs") @DefaultValue("wgs84") CoordinateSystem crs) {
        new Validation().check(cells.size() <= MAX_PUSH, "body", "一次至多推送 " + MAX_PUSH + " 个网格")
                .check(!cells.isEmpty(), "body", "网格列表为空").throwIfInvalid();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == null) {
                throw ProblemException.invalidField("[" + i + "]", "不能为 null");
            }
        }
        String tenant = context.requireTenant();
        return imports.importRows(cellImport, "rosters.grids-push", "grids/cells", cells, GridInput::name, (in, i, errors) -> {
            GridInput withCrs = in.crs() == null ? new GridInput(in.code(), in.name(), in.communityCode(), in.lon(),
                    in.lat(), crs.code(), in.version()) : in;
            return grids.rules().check(tenant, withCrs, "[" + i + "].", errors);
        });
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Path("grids/imports")
    @Consumes({ "text/csv", Downloads.XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.MULTIPART_FORM_DATA })
    @Operation(operationId = "importGridCells", summary = "导入网格表格",
            description = "宿主平台的网格表（CSV 或 XLSX，列见模板），原始请求体或 multipart/form-data（字段 file）。少于 10000 行直接回答逐行报告，更大的文件作为后台任务（202 与 Location）。按网格编码幂等。",
            responses = { @ApiResponse(responseCode = "200", description = "逐行导入报告"),
                    @ApiResponse(responseCode = "202", description = "已作为后台任务开始；轮询 Location"),
                    @ApiResponse(responseCode = "413", description = "file-too-large、too-many-rows"),
                    @ApiResponse(responseCode = "415", description = "unsupported-file") })
    public Response importFile(@UploadLimit(mebibytes = SheetImports.MAX_MIB) Upload file,
                               @QueryParam("format") String format, @QueryParam("charset") String charset,
                               @QueryParam("crs") @DefaultValue("wgs84") CoordinateSystem crs, @Context UriInfo uri) {
        String tenant = context.requireTenant();
        return imports.importFile(cellImport, file, format, charset, uri, table -> (row, i, errors) -> {
            List<FieldError> parse = new ArrayList<>();
            GridInput in = GridSheet.toInput(row, crs.code(), parse);
            errors.addAll(parse);
            GridRules.Checked checked = grids.rules().check(tenant, in, "", errors);
            return parse.isEmpty() ? checked : null;
        });
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("grids/imports/{id}")
    @Operation(operationId = "getGridImport", summary = "网格导入任务的状态与报告")
    public org.smartjustice.platform.api.jobs.Job job(@PathParam("id") String id) {
        return imports.job(cellImport, id);
    }

    @GET
    @Path("grids/imports/template")
    @Produces({ "text/csv", Downloads.XLSX })
    @Operation(operationId = "getGridImportTemplate", summary = "下载网格导入模板")
    public Response template(@QueryParam("format") String format) {
        return imports.template(cellImport, format);
    }
}
