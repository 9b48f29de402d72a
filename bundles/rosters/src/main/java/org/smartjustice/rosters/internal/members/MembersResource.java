package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
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
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.api.rest.Upload;
import org.smartjustice.platform.api.rest.UploadLimit;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetImports;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.Access;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.RostersConfig;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridStore;

/**
 * {@code .../rosters/members}: the people of the justice system in the district's grid
 * organisation. Mobiles are personal information: masked for everyone; a manager who needs one
 * asks for it ({@code unmask=true}) and the asking is audited.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID,
        configurationPid = RostersConfig.PID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource implements JusticeResource {

    static final Set<String> SORTABLE = Set.of("name", "status", "createdAt", "updatedAt");

    @Reference
    private MemberService members;

    @Reference
    private MemberStore store;

    @Reference
    private GridStore grids;

    @Reference
    private TenantContext context;

    @Reference
    private SheetImports imports;

    @Reference
    private Spreadsheets sheets;

    @Reference
    private AuditLog audit;

    @Reference
    private MemberViews views;

    /** Gives back the tasks waiting on a member who leaves. */
    @Reference
    private MemberDepartures departures;

    private volatile int maxRows = 50_000;

    private SheetImport<MemberRules.Checked, MemberEntity> memberImport;

    @Activate
    void activate(RostersConfig config) {
        configure(config);
        memberImport = MemberSheet.definition(members, () -> maxRows);
    }

    @Modified
    void configure(RostersConfig config) {
        maxRows = Math.max(1, config.maxImportRows());
    }

    record MemberPage(List<MemberView> items, long total, int page, int size) {
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("members")
    @Operation(operationId = "listMembers", summary = "队伍成员列表",
            description = "可按角色、网格、社区（村）、街道、在岗状态、姓名筛选，按 name、status、createdAt、updatedAt 排序。手机号码一律脱敏。",
            responses = @ApiResponse(responseCode = "200", description = "成员列表的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPage.class))))
    public Response list(@QueryParam("role") List<RosterRole> roles, @QueryParam("grid") String grid,
                                 @QueryParam("community") String community, @QueryParam("street") String street,
                                 @QueryParam("status") MemberStatus status, @QueryParam("q") String text,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                 @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "name");
        new Validation().check(community == null || community.matches("\\d{12}"), "community", "应为 12 位社区（村）区划代码")
                .check(street == null || street.matches("\\d{9}"), "street", "应为 9 位乡镇（街道）区划代码")
                .maxLength("grid", grid, 32).maxLength("q", text, 50).throwIfInvalid();
        MemberFilter filter = new MemberFilter(roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), grid,
                community, street, status, text);
        Page<MemberEntity> found = store.list(filter, paging);
        return Response.ok(new Page<>(views.of(found.items(), false), found.total(), found.page(), found.size())).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("members/{id}")
    @Operation(operationId = "getMember", summary = "成员详情",
            description = "unmask=true 显示完整手机号码：仅区县管理员和平台运维人员，且记入审计日志。",
            responses = { @ApiResponse(responseCode = "200", description = "成员",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class))),
                    @ApiResponse(responseCode = "403", description = "forbidden：无权查看完整手机号码") })
    public Response get(@PathParam("id") String id, @QueryParam("unmask") boolean unmask) {
        MemberEntity m = members.find(id).orElseThrow(() -> ProblemException.notFound("成员", id));
        if (unmask) {
            requireManager();
            audit.record("rosters.member.unmask", "members/" + id, "success", "查看成员 " + m.name + " 的完整手机号码");
        }
        Response.ResponseBuilder answer = Response.ok(views.of(List.of(m), unmask).get(0))
                .tag(new EntityTag(String.valueOf(m.version())));
        return (unmask ? answer.header(HttpHeaders.CACHE_CONTROL, "no-store") : answer).build();
    }

    private void requireManager() {
        if (!Access.manages(context)) {
            throw new ProblemException(403, "forbidden", "无权访问", "查看完整手机号码需要以下角色之一：DISTRICT_ADMIN、PLATFORM_OPERATOR");
        }
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Path("members")
    @Operation(operationId = "createMember", summary = "新增成员",
            responses = { @ApiResponse(responseCode = "201", description = "已新增；Location 指向新成员"),
                    @ApiResponse(responseCode = "409", description = "member-exists：已有相同宿主用户、手机号码或网格内同名的成员") })
    public Response create(MemberInput input) {
        MemberEntity m = members.create(input);
        audit.record("rosters.member.create", "members/" + m.id(), "success", "新增成员 " + m.name);
        return Response.status(Response.Status.CREATED).header("Location", "members/" + m.id())
                .tag(new EntityTag(String.valueOf(m.version()))).entity(views.of(List.of(m), false).get(0)).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @PUT
    @Path("members/{id}")
    @Operation(operationId = "updateMember", summary = "修改成员", description = "version 写在请求体或 If-Match 中；版本过期时回答 409。")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, MemberInput input) {
        MemberEntity m = members.update(id, input, ExpectedVersion.require(ifMatch, input.version()));
        audit.record("rosters.member.update", "members/" + id, "success", "修改成员 " + m.name);
        if (m.status == MemberStatus.OFF_DUTY) {
            departures.release(m, "成员离岗，任务退回");
        }
        return Response.ok(views.of(List.of(m), false).get(0)).tag(new EntityTag(String.valueOf(m.version()))).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @DELETE
    @Path("members/{id}")
    @Operation(operationId = "retireMember", summary = "成员离岗（移出队伍）",
            description = "状态改为离岗并退出公开名录，记录保留；不再接收派遣，等待其处理的任务退回调度人员（多人收到的任务留给其他人）。")
    public Response retire(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch) {
        MemberEntity m = members.retire(id, ifMatch == null ? null : ifMatch.value());
        audit.record("rosters.member.retire", "members/" + id, "success", "成员 " + m.name + " 离岗");
        departures.release(m, "成员离岗，任务退回");
        return Response.ok(views.of(List.of(m), false).get(0)).tag(new EntityTag(String.valueOf(m.version()))).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @POST
    @Path("members/imports")
    @Consumes({ "text/csv", Downloads.XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.MULTIPART_FORM_DATA })
    @Operation(operationId = "importMembers", summary = "导入队伍成员",
            description = "CSV 或 XLSX（列见模板），原始请求体或 multipart/form-data（字段 file）。同一宿主用户、手机号码或网格内同名视为同一成员：重复导入不产生重复。少于 10000 行直接回答逐行报告，更大的文件作为后台任务（202 与 Location）。",
            responses = { @ApiResponse(responseCode = "200", description = "逐行导入报告"),
                    @ApiResponse(responseCode = "202", description = "已作为后台任务开始；轮询 Location"),
                    @ApiResponse(responseCode = "413", description = "file-too-large、too-many-rows"),
                    @ApiResponse(responseCode = "415", description = "unsupported-file") })
    public Response importFile(@UploadLimit(mebibytes = SheetImports.MAX_MIB) Upload file,
                               @QueryParam("format") String format, @QueryParam("charset") String charset,
                               @Context UriInfo uri) {
        return imports.importFile(memberImport, file, format, charset, uri, table -> {
            Set<String> codes = new HashSet<>();
            table.rows().forEach(r -> codes.addAll(MemberSheet.list(r.get(MemberSheet.GRIDS))));
            Map<String, GridCellEntity> known = grids.existing(codes);
            return (row, i, errors) -> {
                List<FieldError> parse = new ArrayList<>();
                MemberInput in = MemberSheet.toInput(row, parse);
                errors.addAll(parse);
                MemberRules.Checked checked = members.check(in, known, "", errors);
                return parse.isEmpty() ? checked : null;
            };
        });
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @GET
    @Path("members/imports/{id}")
    @Operation(operationId = "getMemberImport", summary = "成员导入任务的状态与报告")
    public org.smartjustice.platform.api.jobs.Job job(@PathParam("id") String id) {
        return imports.job(memberImport, id);
    }

    @GET
    @Path("members/imports/template")
    @Produces({ "text/csv", Downloads.XLSX })
    @Operation(operationId = "getMemberImportTemplate", summary = "下载成员导入模板")
    public Response template(@QueryParam("format") String format) {
        return imports.template(memberImport, format);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("members/export")
    @Produces({ "text/csv", Downloads.XLSX })
    @Operation(operationId = "exportMembers", summary = "导出队伍成员",
            description = "导入模板的格式（CSV 带 BOM，或 XLSX），可再导入。手机号码脱敏；管理员 unmask=true 导出完整号码并记入审计日志。")
    public Response export(@QueryParam("format") String format, @QueryParam("unmask") boolean unmask) {
        new Validation().check(format == null || format.equalsIgnoreCase("csv") || format.equalsIgnoreCase("xlsx"),
                "format", "应为 csv 或 xlsx").throwIfInvalid();
        if (unmask) {
            requireManager();
        }
        List<List<String>> rows = store.allByName().stream().map(m -> MemberSheet.row(m, unmask)).toList();
        audit.record("rosters.members-export", "members/export", "success",
                "导出 " + rows.size() + " 名成员" + (unmask ? "（含完整手机号码）" : ""));
        return sheets.download(SheetFormat.of(format, SheetFormat.CSV), "members", MemberSheet.TEMPLATE, rows,
                Downloads.Contents.PERSONAL_DATA);
    }
}
