package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.rosters.internal.Access;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.grids.GridStore;

/**
 * {@code .../rosters/org-export}: the organisation for the host platform — grid cell → role →
 * members — as a JSON tree or a flat CSV/XLSX table. Mobiles are masked unless a manager asks for
 * them ({@code unmask=true}, audited).
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class OrgExportResource implements JusticeResource {

    static final SheetTemplate COLUMNS = new SheetTemplate("组织架构", List.of(new SheetColumn("街道（乡镇）", "", Format.GENERAL),
            new SheetColumn("街道代码", "", Format.TEXT), new SheetColumn("社区（村）", "", Format.GENERAL),
            new SheetColumn("社区（村）代码", "", Format.TEXT), new SheetColumn("网格", "", Format.GENERAL),
            new SheetColumn("网格编码", "", Format.TEXT), new SheetColumn("角色", "", Format.GENERAL),
            new SheetColumn("姓名", "", Format.GENERAL), new SheetColumn("主网格", "", Format.GENERAL),
            new SheetColumn("工作单位", "", Format.GENERAL), new SheetColumn("手机号码", "", Format.TEXT),
            new SheetColumn("办公电话", "", Format.TEXT), new SheetColumn("宿主用户ID", "", Format.TEXT),
            new SheetColumn("成员编号", "", Format.TEXT)));

    @Reference
    private MemberStore store;

    @Reference
    private GridStore grids;

    @Reference
    private Divisions divisions;

    @Reference
    private TenantContext context;

    @Reference
    private Spreadsheets sheets;

    @Reference
    private AuditLog audit;

    @org.smartjustice.platform.api.rest.RequiresRole({ org.smartjustice.platform.api.Role.DISTRICT_ADMIN, org.smartjustice.platform.api.Role.SUPERVISOR, org.smartjustice.platform.api.Role.PLATFORM_OPERATOR, org.smartjustice.platform.api.Role.CITY_SUPERVISOR })
    @GET
    @Path("org-export")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", Downloads.XLSX })
    @Operation(operationId = "exportOrganisation", summary = "导出组织架构（供宿主平台）",
            description = "网格 → 角色 → 成员（只含在岗成员）。format=json（树）、csv 或 xlsx（每行一个成员岗位）。手机号码脱敏；区县管理员和平台运维人员 unmask=true 导出完整号码，记入审计日志。",
            responses = { @ApiResponse(responseCode = "200", description = "组织架构",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class))),
                    @ApiResponse(responseCode = "403", description = "forbidden：无权导出完整手机号码") })
    public Response export(@QueryParam("format") String format, @QueryParam("unmask") boolean unmask) {
        String f = format == null ? "json" : format.toLowerCase(java.util.Locale.ROOT);
        new Validation().check(List.of("json", "csv", "xlsx").contains(f), "format", "应为 json、csv 或 xlsx").throwIfInvalid();
        if (unmask && !Access.manages(context)) {
            throw new ProblemException(403, "forbidden", "无权访问", "导出完整手机号码需要以下角色之一：DISTRICT_ADMIN、PLATFORM_OPERATOR");
        }
        OrganisationView org = OrganisationView.of(context.requireTenant(), unmask, store.onDuty(), store.postsOnDuty(),
                grids.byCode(0), divisions);
        audit.record("rosters.org-export", "org-export", "success", "导出组织架构（" + f + "）"
                + (unmask ? "，含完整手机号码" : ""));
        if (!f.equals("json")) {
            return sheets.download(SheetFormat.of(f, SheetFormat.CSV), "organisation", COLUMNS, rows(org),
                    unmask ? Downloads.Contents.PERSONAL_DATA : Downloads.Contents.NO_PERSONAL_DATA);
        }
        Response.ResponseBuilder answer = Response.ok(org, MediaType.APPLICATION_JSON);
        return (unmask ? answer.header(HttpHeaders.CACHE_CONTROL, "no-store") : answer).build();
    }

    private static List<List<String>> rows(OrganisationView org) {
        List<List<String>> rows = new ArrayList<>();
        for (OrganisationView.Grid g : org.grids()) {
            for (OrganisationView.RoleGroup r : g.roles()) {
                for (OrganisationView.Person p : r.members()) {
                    rows.add(Arrays.asList(g.streetName(), g.streetCode(), g.communityName(), g.communityCode(), g.name(),
                            g.code(), r.role().title(), p.name(), p.primaryGrid() ? "是" : "否", p.unit(), p.mobile(),
                            p.workPhone(), p.hostUserId(), p.id()));
                }
            }
        }
        for (OrganisationView.RoleGroup r : org.unplaced()) {
            for (OrganisationView.Person p : r.members()) {
                rows.add(Arrays.asList(null, null, null, null, null, null, r.role().title(), p.name(), "否", p.unit(),
                        p.mobile(), p.workPhone(), p.hostUserId(), p.id()));
            }
        }
        return rows;
    }
}
