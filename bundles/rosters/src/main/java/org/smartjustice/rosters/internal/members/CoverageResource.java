package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.grids.GridStore;

/** {@code .../rosters/coverage}: the grids and communities lacking a role, with counts per street. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource implements JusticeResource {

    static final SheetTemplate GAPS = new SheetTemplate("配备缺口", List.of(new SheetColumn("街道（乡镇）", "", Format.GENERAL),
            new SheetColumn("街道代码", "", Format.TEXT), new SheetColumn("社区（村）", "", Format.GENERAL),
            new SheetColumn("社区（村）代码", "", Format.TEXT), new SheetColumn("网格", "", Format.GENERAL),
            new SheetColumn("网格编码", "", Format.TEXT), new SheetColumn("规则", "", Format.GENERAL),
            new SheetColumn("缺少的角色", "", Format.GENERAL), new SheetColumn("要求人数", "", Format.NUMBER),
            new SheetColumn("现有人数", "", Format.NUMBER)));

    @Reference
    private MemberStore members;

    @Reference
    private GridStore grids;

    @Reference
    private Divisions divisions;

    @Reference
    private TenantContext context;

    @Reference
    private Spreadsheets sheets;

    @org.smartjustice.platform.api.rest.RequiresRole({ org.smartjustice.platform.api.Role.DISTRICT_ADMIN, org.smartjustice.platform.api.Role.SUPERVISOR, org.smartjustice.platform.api.Role.PLATFORM_OPERATOR, org.smartjustice.platform.api.Role.CITY_SUPERVISOR })
    @GET
    @Path("coverage")
    @Produces({ MediaType.APPLICATION_JSON, Downloads.XLSX })
    @Operation(operationId = "getCoverage", summary = "队伍配备情况（缺口）",
            description = "按配备规则（每个网格有调解员和法律顾问、一村(社区)一法律顾问、每个行政村至少 3 名法律明白人、每个街道一名司法所负责人、每个社区划有网格）列出缺口，并按街道计数；只计在岗成员。format=xlsx 下载缺口表。",
            responses = @ApiResponse(responseCode = "200", description = "配备情况",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageRules.Report.class))))
    public Response coverage(@QueryParam("street") String street, @QueryParam("format") String format) {
        new Validation().check(street == null || street.matches("\\d{9}"), "street", "应为 9 位乡镇（街道）区划代码")
                .check(format == null || format.equalsIgnoreCase("json") || format.equalsIgnoreCase("xlsx"), "format",
                        "应为 json 或 xlsx").throwIfInvalid();
        String tenant = context.requireTenant();
        CoverageRules.Report report = CoverageRules.of(tenant, divisions, grids.all(),
                members.postsOnDuty(CoverageRules.rolesAsked()), street);
        if (!"xlsx".equalsIgnoreCase(format)) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        List<List<String>> rows = new ArrayList<>();
        for (CoverageRules.Gap g : report.gaps()) {
            rows.add(Arrays.asList(g.streetName(), g.streetCode(), g.communityName(), g.communityCode(),
                    g.level() == CoverageRules.Level.GRID ? g.name() : null, g.level() == CoverageRules.Level.GRID ? g.code() : null,
                    g.ruleTitle(), g.role() == null ? null : g.role().title(), String.valueOf(g.required()),
                    String.valueOf(g.present())));
        }
        return sheets.download(SheetFormat.XLSX, "coverage-" + tenant, GAPS, rows, Downloads.Contents.NO_PERSONAL_DATA);
    }
}
