package org.smartjustice.platform.internal.schedules;

import java.time.LocalDateTime;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.Jaxrs;

/**
 * Schedules for operators. The stored name {@code <module>/<name>} is two path segments: an encoded
 * slash is refused before matching (bad-path), as it would let a path read differently than it matches.
 */
@Component(service = SchedulesResource.class, property = { Jaxrs.RESOURCE, Jaxrs.IN_APP, Jaxrs.NEEDS_JSON,
        Jaxrs.NEEDS_SCOPE, Jaxrs.NEEDS_ROLES })
@Path("platform/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    @Reference
    private ScheduleStore store;

    @Reference
    private RequestContext context;

    @GET
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "listSchedules", summary = "定时任务列表",
            description = "平台运维人员；数据库中登记的每个定时任务：周期、下次运行、上次运行及结果、正由哪个节点运行。")
    public List<ScheduleView> list() {
        LocalDateTime now = UtcTimes.now();
        return store.all().stream().map(s -> ScheduleView.of(s, now)).toList();
    }

    @POST
    @Path("{module}/{name}/run")
    @RequiresRole(Role.PLATFORM_OPERATOR)
    @Operation(operationId = "runScheduleSoon", summary = "立即运行定时任务",
            description = "平台运维人员（须可代表全部租户：一次运行涉及每个租户）；下次运行提前到现在，"
                    + "仍经数据库认领，多节点时只运行一次。回答 202 与该任务的状态。")
    public Response runSoon(@Parameter(description = "模块（登记该任务的 bundle 的符号名）") @PathParam("module") String module,
                            @Parameter(description = "任务在模块内的名称") @PathParam("name") String name) {
        if (!context.principal().mayActFor(Principal.ALL_TENANTS)) {
            throw new ProblemException(403, "tenant-forbidden", "无权访问该租户",
                    "定时任务每次运行涉及全部租户：须能代表全部租户（令牌的 tenants 为 *）");
        }
        String full = module + "/" + name;
        if (!store.runSoon(full)) {
            throw ProblemException.notFound("没有名为 " + ProblemException.shownId(full) + " 的定时任务");
        }
        LocalDateTime now = UtcTimes.now();
        ScheduleView view = store.all().stream().filter(s -> s.name.equals(full)).findFirst()
                .map(s -> ScheduleView.of(s, now)).orElseThrow(() -> ProblemException.notFound("没有名为 " + ProblemException.shownId(full) + " 的定时任务"));
        return Response.accepted(view).build();
    }
}
