package org.smartjustice.rosters.internal.members;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.sheets.SheetFormat;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetTemplate;
import org.smartjustice.platform.api.sheets.Spreadsheets;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.Access;
import org.smartjustice.rosters.internal.RostersData;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.grids.GridCellEntity;

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
    private RostersData data;

    @Reference
    private Divisions divisions;

    @Reference
    private TenantContext context;

    @Reference
    private Spreadsheets sheets;

    @Reference
    private AuditLog audit;

    @Schema(name = "OrgMember")
    public record Person(String id, String name, boolean primaryGrid, String unit, String mobile, String workPhone,
                         String hostUserId) {
    }

    @Schema(name = "OrgRoleGroup")
    public record RoleGroup(Label role, List<Person> members) {
    }

    @Schema(name = "OrgGrid")
    public record Grid(String code, String name, String communityCode, String communityName, String streetCode,
                       String streetName, List<RoleGroup> roles) {
    }

    /** {@code unplaced}: members without grid cells (the city's, the bureau's). */
    public record Organisation(String tenant, boolean mobilesMasked, List<Grid> grids, List<RoleGroup> unplaced) {
    }

    @org.smartjustice.platform.api.rest.RequiresRole({ org.smartjustice.platform.api.Role.DISTRICT_ADMIN, org.smartjustice.platform.api.Role.SUPERVISOR, org.smartjustice.platform.api.Role.PLATFORM_OPERATOR, org.smartjustice.platform.api.Role.CITY_SUPERVISOR })
    @GET
    @Path("org-export")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", Downloads.XLSX })
    @Operation(operationId = "exportOrganisation", summary = "导出组织架构（供宿主平台）",
            description = "网格 → 角色 → 成员（只含在岗成员）。format=json（树）、csv 或 xlsx（每行一个成员岗位）。手机号码脱敏；区县管理员和平台运维人员 unmask=true 导出完整号码，记入审计日志。",
            responses = { @ApiResponse(responseCode = "200", description = "组织架构",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Organisation.class))),
                    @ApiResponse(responseCode = "403", description = "forbidden：无权导出完整手机号码") })
    public Response export(@QueryParam("format") String format, @QueryParam("unmask") boolean unmask) {
        String f = format == null ? "json" : format.toLowerCase(java.util.Locale.ROOT);
        new Validation().check(List.of("json", "csv", "xlsx").contains(f), "format", "应为 json、csv 或 xlsx").throwIfInvalid();
        if (unmask && !Access.manages(context)) {
            throw new ProblemException(403, "forbidden", "无权访问", "导出完整手机号码需要以下角色之一：DISTRICT_ADMIN、PLATFORM_OPERATOR");
        }
        Organisation org = organisation(unmask);
        audit.record("rosters.org-export", "org-export", "success", "导出组织架构（" + f + "）"
                + (unmask ? "，含完整手机号码" : ""));
        if (!f.equals("json")) {
            return sheets.download(SheetFormat.of(f, SheetFormat.CSV), "organisation", COLUMNS, rows(org),
                    unmask ? Downloads.Contents.PERSONAL_DATA : Downloads.Contents.NO_PERSONAL_DATA);
        }
        Response.ResponseBuilder answer = Response.ok(org, MediaType.APPLICATION_JSON);
        return (unmask ? answer.header(HttpHeaders.CACHE_CONTROL, "no-store") : answer).build();
    }

    private Organisation organisation(boolean unmask) {
        return data.read(em -> {
            Map<String, MemberEntity> members = new HashMap<>();
            em.createQuery("select m from MemberEntity m where m.status = :on", MemberEntity.class)
                    .setParameter("on", MemberStatus.ON_DUTY).getResultList().forEach(m -> members.put(m.id(), m));
            Map<String, Map<RosterRole, List<Person>>> byGrid = new LinkedHashMap<>();
            Map<RosterRole, List<Person>> unplaced = new EnumMap<>(RosterRole.class);
            for (MemberPostEntity p : em.createQuery("select p from MemberPostEntity p where p.onDuty = true"
                    + " order by p.gridCode, p.role, p.memberId", MemberPostEntity.class).getResultList()) {
                MemberEntity m = members.get(p.memberId);
                if (m == null) {
                    continue;
                }
                Person person = new Person(m.id(), m.name, p.primaryGrid, m.unitName,
                        unmask ? m.mobile : PhoneNumbers.mask(m.mobile), m.workPhone, m.hostUserId);
                (p.gridCode == null ? unplaced : byGrid.computeIfAbsent(p.gridCode, g -> new EnumMap<>(RosterRole.class)))
                        .computeIfAbsent(p.role, r -> new ArrayList<>()).add(person);
            }
            List<Grid> grids = new ArrayList<>();
            for (GridCellEntity g : em.createQuery("select g from GridCellEntity g order by g.code", GridCellEntity.class)
                    .getResultList()) {
                grids.add(new Grid(g.code, g.name, g.communityCode, name(g.communityCode), g.streetCode, name(g.streetCode),
                        groups(byGrid.getOrDefault(g.code, Map.of()))));
            }
            return new Organisation(context.requireTenant(), !unmask, grids, groups(unplaced));
        });
    }

    private static List<RoleGroup> groups(Map<RosterRole, List<Person>> byRole) {
        List<RoleGroup> groups = new ArrayList<>();
        byRole.forEach((role, people) -> groups.add(new RoleGroup(Label.of(role), people)));
        return groups;
    }

    private String name(String code) {
        return divisions.find(code).map(org.smartjustice.platform.api.divisions.Division::name).orElse(null);
    }

    private static List<List<String>> rows(Organisation org) {
        List<List<String>> rows = new ArrayList<>();
        for (Grid g : org.grids()) {
            for (RoleGroup r : g.roles()) {
                for (Person p : r.members()) {
                    rows.add(Arrays.asList(g.streetName(), g.streetCode(), g.communityName(), g.communityCode(), g.name(),
                            g.code(), r.role().title(), p.name(), p.primaryGrid() ? "是" : "否", p.unit(), p.mobile(),
                            p.workPhone(), p.hostUserId(), p.id()));
                }
            }
        }
        for (RoleGroup r : org.unplaced()) {
            for (Person p : r.members()) {
                rows.add(Arrays.asList(null, null, null, null, null, null, r.role().title(), p.name(), "否", p.unit(),
                        p.mobile(), p.workPhone(), p.hostUserId(), p.id()));
            }
        }
        return rows;
    }
}
