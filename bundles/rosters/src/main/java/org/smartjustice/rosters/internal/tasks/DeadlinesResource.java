package org.smartjustice.rosters.internal.tasks;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.Versions;

/** {@code .../rosters/tasks/deadlines}: the district's deadlines per duty and urgency. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlinesResource implements JusticeResource {

    @Reference
    private DeadlineService deadlines;

    @Reference
    private AuditLog audit;

    @GET
    @Path("tasks/deadlines")
    @Operation(operationId = "listTaskDeadlines", summary = "任务时限规则",
            description = "每种职责与紧急程度的签收、办结时限（超过黄牌时限亮黄牌，超过红牌时限亮红牌），ISO-8601 时长；tenantRule 表示本区县自定。")
    public List<DeadlineService.Rule> list() {
        return deadlines.table();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @PUT
    @Path("tasks/deadlines/{duty}/{urgency}")
    @Operation(operationId = "putTaskDeadline", summary = "设置任务时限",
            description = "只影响此后派遣的任务。本区县已设置过时，需给出 version（请求体或 If-Match）。")
    public DeadlineService.Rule put(@PathParam("duty") Duty duty, @PathParam("urgency") Urgency urgency,
                                    @HeaderParam("If-Match") ExpectedVersion ifMatch, Deadlines.Input input) {
        DeadlineService.Rule rule = deadlines.put(duty, urgency, input, Versions.optional(ifMatch, input.version()));
        audit.record("rosters.deadline.put", "tasks/deadlines/" + duty + "/" + urgency, "success",
                duty.title() + "（" + urgency.title() + "）：签收 " + rule.acceptYellow() + "/" + rule.acceptRed() + "，办结 "
                        + rule.finishYellow() + "/" + rule.finishRed());
        return rule;
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR })
    @DELETE
    @Path("tasks/deadlines/{duty}/{urgency}")
    @Operation(operationId = "resetTaskDeadline", summary = "恢复默认任务时限")
    public DeadlineService.Rule reset(@PathParam("duty") Duty duty, @PathParam("urgency") Urgency urgency) {
        DeadlineService.Rule rule = deadlines.reset(duty, urgency);
        audit.record("rosters.deadline.reset", "tasks/deadlines/" + duty + "/" + urgency, "success",
                duty.title() + "（" + urgency.title() + "）恢复默认时限");
        return rule;
    }
}
