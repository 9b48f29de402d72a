package org.smartjustice.supervision.internal.departments;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.supervision.internal.Access;
import org.smartjustice.supervision.internal.SupervisionConfig;
import org.smartjustice.supervision.internal.SupervisionModule;

/**
 * {@code .../supervision/departments}: the tenant's enforcement bodies and departments with
 * legal-education duties. Roles as {@link Access} says: readers see all, writers change, a department's
 * liaison sees their own department only (another's is 404, as if it did not exist).
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + SupervisionModule.ID,
        configurationPid = SupervisionConfig.PID)
@Designate(ocd = SupervisionConfig.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentsResource implements JusticeResource {

    static final Set<String> SORTABLE = Set.of("name", "kind", "status", "createdAt", "updatedAt");

    @Reference
    private DepartmentStore store;

    @Reference
    private DepartmentService service;

    @Reference
    private TenantContext context;

    @Reference
    private SheetImports imports;

    @Reference
    private Spreadsheets sheets;

    private volatile int maxRows = 5_000;

    private SheetImport<DepartmentRules.Checked, DepartmentEntity> departmentImport;

    @Activate
    void activate(SupervisionConfig config) {
        configure(config);
        departmentImport = DepartmentSheet.definition(service, () -> maxRows);
    }

    @Modified
    void configure(SupervisionConfig config) {
        maxRows = Math.max(1, config.maxDepartmentImportRows());
    }

    /** How the list's answer looks, for the OpenAPI document. */
    record DepartmentPage(List<DepartmentView> items, long total, int page, int size) {
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.DEPARTMENT_LIAISON })
    @GET
    @Path("departments")
    @Operation(operationId = "listSupervisionDepartments", summary = "部门列表",
            description = "执法主体及负有普法责任的部门。可按类型、状态、宿主组织编码、名称或简称筛选，按 name、kind、status、createdAt、updatedAt 排序。"
                    + "部门联络员只看到本部门（令牌 org 对应的部门）。",
            responses = @ApiResponse(responseCode = "200", description = "部门列表的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentPage.class))))
    public Response list(@QueryParam("kind") List<DepartmentKind> kinds, @QueryParam("status") DepartmentStatus status,
                                     @QueryParam("org") String org, @QueryParam("q") String text,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                     @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "name");
        new Validation().maxLength("q", text, 100).maxLength("org", org, 64).throwIfInvalid();
        Optional<String> own = Access.limitedToOrg(context.principal());
        String orgFilter = own.isPresent() ? (org == null || org.equals(own.get()) ? own.get() : "") : Validation.blankToNull(org);
        Set<DepartmentKind> kindSet = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
        Page<DepartmentEntity> found = store.list(new DepartmentStore.Filter(kindSet, status, text, orgFilter), paging);
        return Response.ok(new Page<>(found.items().stream().map(DepartmentView::of).toList(), found.total(), found.page(),
                found.size())).build();
    }

    @RequiresRole(Role.DEPARTMENT_LIAISON)
    @GET
    @Path("departments/mine")
    @Operation(operationId = "getOwnSupervisionDepartment", summary = "本部门（部门联络员）",
            description = "令牌 org 所对应的部门；令牌没有 org 或没有对应部门时回答 404。",
            responses = @ApiResponse(responseCode = "200", description = "部门",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class))))
    public Response mine() {
        String org = context.principal().org();
        DepartmentEntity d = (org == null ? Optional.<DepartmentEntity>empty() : store.byOrg(org))
                .orElseThrow(() -> ProblemException.notFound(org == null ? "令牌没有 org（宿主组织编码），找不到本部门"
                        : "没有组织编码为 " + ProblemException.shownId(org) + " 的部门"));
        return tagged(Response.ok(DepartmentView.of(d)), d);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.DEPARTMENT_LIAISON })
    @GET
    @Path("departments/{id}")
    @Operation(operationId = "getSupervisionDepartment", summary = "部门详情",
            responses = @ApiResponse(responseCode = "200", description = "部门",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class))))
    public Response get(@PathParam("id") String id) {
        DepartmentEntity d = readable(id);
        return tagged(Response.ok(DepartmentView.of(d)), d);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @POST
    @Path("departments")
    @Operation(operationId = "createSupervisionDepartment", summary = "新增部门",
            description = "区县管理员、平台运维人员；市级监督人员仅在市本级（410100）。",
            responses = { @ApiResponse(responseCode = "201", description = "已新增；Location 指向新部门",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class))),
                    @ApiResponse(responseCode = "409", description = "department-exists：名称、统一社会信用代码或组织编码已属于另一个部门") })
    public Response create(DepartmentInput input) {
        Access.requireWriter(context.principal(), context.requireTenant());
        DepartmentEntity d = service.create(input);
        return tagged(Response.status(Response.Status.CREATED).header("Location", "departments/" + d.id())
                .entity(DepartmentView.of(d)), d);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @PUT
    @Path("departments/{id}")
    @Operation(operationId = "updateSupervisionDepartment", summary = "修改部门",
            description = "version 写在请求体或 If-Match 中；版本过期时回答 409。未给出 status 时保持原状态。",
            responses = { @ApiResponse(responseCode = "200", description = "已修改",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class))),
                    @ApiResponse(responseCode = "409", description = "conflict：版本过期；department-exists：名称、统一社会信用代码或组织编码已属于另一个部门") })
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, DepartmentInput input) {
        Access.requireWriter(context.principal(), context.requireTenant());
        DepartmentEntity d = service.update(id, input, ExpectedVersion.require(ifMatch, input.version()));
        return tagged(Response.ok(DepartmentView.of(d)), d);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @DELETE
    @Path("departments/{id}")
    @Operation(operationId = "retireSupervisionDepartment", summary = "撤销部门",
            description = "状态改为已撤销，记录保留以备审计和追溯；If-Match 给出时按版本检查（过期回答 409）。",
            responses = @ApiResponse(responseCode = "200", description = "已撤销",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentView.class))))
    public Response retire(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch) {
        Access.requireWriter(context.principal(), context.requireTenant());
        DepartmentEntity d = service.retire(id, ifMatch == null ? null : ifMatch.value());
        return tagged(Response.ok(DepartmentView.of(d)), d);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @POST
    @Path("departments/imports")
    @Consumes({ "text/csv", Downloads.XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.MULTIPART_FORM_DATA })
    @Operation(operationId = "importSupervisionDepartments", summary = "批量导入部门",
            description = "CSV（UTF-8 或 GB18030）或 XLSX（列见模板），原始请求体或 multipart/form-data（字段 file）。"
                    + "统一社会信用代码相同（无代码时名称相同）即为同一部门：重复导入不产生重复。逐行报告；同一文件中同名的后一行被拒绝并指明前一行。",
            responses = { @ApiResponse(responseCode = "200", description = "逐行导入报告"),
                    @ApiResponse(responseCode = "202", description = "已作为后台任务开始；轮询 Location"),
                    @ApiResponse(responseCode = "413", description = "file-too-large、too-many-rows（超过 maxDepartmentImportRows 行）"),
                    @ApiResponse(responseCode = "415", description = "unsupported-file：文件既不是 CSV 也不是 XLSX") })
    public Response importFile(@UploadLimit(mebibytes = SheetImports.MAX_MIB) Upload file, @QueryParam("format") String format,
                               @QueryParam("charset") String charset, @Context UriInfo uri) {
        Access.requireWriter(context.principal(), context.requireTenant());
        return imports.importFile(departmentImport, file, format, charset, uri,
                table -> DepartmentSheet.checker(store.known(), table));
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("departments/imports/{id}")
    @Operation(operationId = "getSupervisionDepartmentImport", summary = "部门导入任务的状态与报告")
    public Job job(@Parameter(description = "导入任务编号（202 回答的 Location）") @PathParam("id") String id) {
        return imports.job(departmentImport, id);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("departments/imports/template")
    @Produces({ "text/csv", Downloads.XLSX })
    @Operation(operationId = "getSupervisionDepartmentImportTemplate", summary = "下载部门导入模板")
    public Response template(@QueryParam("format") String format) {
        return imports.template(departmentImport, format);
    }

    @RequiresRole({ Role.SUPERVISOR, Role.CITY_SUPERVISOR, Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("departments/export")
    @Produces({ "text/csv", Downloads.XLSX })
    @Operation(operationId = "exportSupervisionDepartments", summary = "导出部门",
            description = "导入模板的格式（CSV 带 BOM，或 XLSX），可再导入；以 = + - @ 开头的文字单元格加前导单引号。")
    public Response export(@QueryParam("format") String format) {
        SheetFormat sheetFormat = SheetFormat.of(format, SheetFormat.CSV);
        List<List<String>> rows = store.allByName().stream().map(DepartmentSheet::row).toList();
        return sheets.download(sheetFormat, "departments-" + context.requireTenant(), DepartmentSheet.TEMPLATE, rows,
                Downloads.Contents.NO_PERSONAL_DATA);
    }

    /** The department, if the caller may read it: a liaison's only their own, another's is not found. */
    private DepartmentEntity readable(String id) {
        DepartmentEntity d = store.find(id).orElseThrow(() -> ProblemException.notFound("部门", id));
        Optional<String> own = Access.limitedToOrg(context.principal());
        if (own.isPresent() && !own.get().equals(d.orgCode)) {
            throw ProblemException.notFound("部门", id);
        }
        return d;
    }

    private static Response tagged(Response.ResponseBuilder answer, DepartmentEntity d) {
        return answer.tag(new EntityTag(String.valueOf(d.version()))).build();
    }
}
