package org.smartjustice.rosters.internal.tasks;

import java.util.List;
import java.util.Set;

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
import org.smartjustice.platform.api.rest.ExpectedVersion;
import org.smartjustice.platform.api.rest.RequiresRole;
import org.smartjustice.rosters.internal.Access;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.Versions;
import org.smartjustice.rosters.internal.members.MemberEntity;
import org.smartjustice.rosters.internal.members.MemberService;

/**
 * {@code .../rosters/tasks}: governance tasks dispatched to members (指挥调度) and their steps. The
 * district's dispatchers and the host's dispatch centre send and verify; members take, answer and
 * return their own; every step is kept, audited and told to the host (webhook).
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource implements JusticeResource {

    static final Set<String> SORTABLE = Set.of("dispatchedAt", "nextDueAt", "updatedAt", "state", "urgency");

    @Reference
    private TaskService tasks;

    @Reference
    private TaskViews views;

    @Reference
    private TaskStore store;

    @Reference
    private MemberService members;

    @Reference
    private TenantContext context;

    record TaskPage(List<TaskView> items, long total, int page, int size) {
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR, Role.CITY_SUPERVISOR })
    @GET
    @Path("tasks")
    @Operation(operationId = "listTasks", summary = "任务列表",
            description = "本区县的全部任务，可按状态、牌、职责、网格、街道、承办成员、月份筛选，按 dispatchedAt、nextDueAt、updatedAt、state、urgency 排序（默认最新派遣在前）。网格员请用 my/tasks。",
            responses = @ApiResponse(responseCode = "200", description = "任务列表的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class))))
    public Response list(@QueryParam("state") List<TaskState> states, @QueryParam("card") List<Card> cards,
                               @QueryParam("duty") List<org.smartjustice.rosters.api.Duty> duties,
                               @QueryParam("grid") String grid, @QueryParam("street") String street,
                               @QueryParam("member") String member, @QueryParam("month") String month,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                               @QueryParam("sort") String sort) {
        PageRequest paging = PageRequest.of(page, size, sort, SORTABLE, "-dispatchedAt");
        TaskFilter filter = TaskFilter.of(states, cards, duties, grid, street, member, month);
        Page<TaskEntity> found = store.list(filter, paging);
        return Response.ok(new Page<>(views.list(found.items(), true), found.total(), found.page(), found.size())).build();
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks")
    @Operation(operationId = "dispatchTask", summary = "派遣任务",
            description = "派给指定成员、某网格内某角色（无人时依次找所在社区（村）、街道的同一角色，resolvedAt 说明），或某网格的成员。externalId（宿主调度中心的编号）重复时回答已有的任务（200）。时限按本区县的职责与紧急程度规则，或 dueAt。",
            responses = { @ApiResponse(responseCode = "201", description = "已派遣；Location 指向任务"),
                    @ApiResponse(responseCode = "200", description = "已有相同 externalId 的任务"),
                    @ApiResponse(responseCode = "409", description = "no-assignee：目标范围内没有在岗的成员") })
    public Response dispatch(TaskInput input) {
        TaskService.Dispatched d = tasks.dispatch(input);
        TaskView view = views.detail(d.task().id(), null);
        return Response.status(d.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Location", "tasks/" + view.id()).tag(new EntityTag(String.valueOf(view.version()))).entity(view)
                .build();
    }

    @GET
    @Path("tasks/{id}")
    @Operation(operationId = "getTask", summary = "任务详情（含全部步骤）",
            description = "调度人员看本区县的任何任务；成员只看派给自己的任务，他人的任务回答 404。")
    public Response get(@PathParam("id") String id) {
        boolean reader = context.principal().hasAnyRole(List.of(Access.TASK_READERS));
        MemberEntity me = reader ? null : members.ofCaller().orElse(null);
        TaskView view = views.shown(id, me, reader);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @POST
    @Path("tasks/{id}/accept")
    @Operation(operationId = "acceptTask", summary = "签收任务", description = "派给本人的任务；多人同时收到时，先签收者承办。")
    public Response accept(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return member(id, TaskAction.ACCEPT, ifMatch, in);
    }

    @POST
    @Path("tasks/{id}/start")
    @Operation(operationId = "startTask", summary = "开始处置")
    public Response start(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return member(id, TaskAction.START, ifMatch, in);
    }

    @POST
    @Path("tasks/{id}/answer")
    @Operation(operationId = "answerTask", summary = "反馈处置结果", description = "text 必填；可带位置（lon、lat、crs）。")
    public Response answer(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return member(id, TaskAction.ANSWER, ifMatch, in);
    }

    @POST
    @Path("tasks/{id}/return")
    @Operation(operationId = "returnTask", summary = "回退任务",
            description = "text（理由）必填。承办人回退后任务回到调度人员；多人收到而未签收时，只是本人退出。")
    public Response giveBack(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return member(id, TaskAction.RETURN, ifMatch, in);
    }

    @POST
    @Path("tasks/{id}/extension")
    @Operation(operationId = "requestTaskExtension", summary = "申请延期", description = "until（新的办结时限）与 text（理由）必填。")
    public Response requestExtension(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch,
                                     StepInput in) {
        return member(id, TaskAction.REQUEST_EXTENSION, ifMatch, in);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks/{id}/extension/grant")
    @Operation(operationId = "grantTaskExtension", summary = "同意延期")
    public Response grant(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return dispatcher(id, TaskAction.GRANT_EXTENSION, ifMatch, in);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks/{id}/extension/refuse")
    @Operation(operationId = "refuseTaskExtension", summary = "不同意延期")
    public Response refuse(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return dispatcher(id, TaskAction.REFUSE_EXTENSION, ifMatch, in);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks/{id}/verify")
    @Operation(operationId = "verifyTask", summary = "核查办结", description = "只能核查已反馈的任务（否则 409）。")
    public Response verify(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return dispatcher(id, TaskAction.VERIFY, ifMatch, in);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks/{id}/reopen")
    @Operation(operationId = "reopenTask", summary = "核查不通过，重新处置", description = "text（理由）必填。")
    public Response reopen(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return dispatcher(id, TaskAction.REOPEN, ifMatch, in);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks/{id}/reassign")
    @Operation(operationId = "reassignTask", summary = "重新派遣", description = "target 必填；用于回退的任务，或未签收的任务改派。")
    public Response reassign(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return dispatcher(id, TaskAction.REASSIGN, ifMatch, in);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks/{id}/urge")
    @Operation(operationId = "urgeTask", summary = "督办（催办）", description = "text 为督办意见，可选。")
    public Response urge(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return dispatcher(id, TaskAction.URGE, ifMatch, in);
    }

    @RequiresRole({ Role.DISTRICT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR })
    @POST
    @Path("tasks/{id}/cancel")
    @Operation(operationId = "cancelTask", summary = "撤销任务", description = "text（理由）必填。")
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") ExpectedVersion ifMatch, StepInput in) {
        return dispatcher(id, TaskAction.CANCEL, ifMatch, in);
    }

    private Response member(String id, TaskAction action, ExpectedVersion ifMatch, StepInput in) {
        MemberEntity me = members.ofCaller().orElseThrow(() -> new ProblemException(403, "not-a-member", "不是本区县的队伍成员",
                "您的账号（" + context.principal().subject() + "）没有登记为本区县的队伍成员"));
        if (me.status != org.smartjustice.rosters.internal.members.MemberStatus.ON_DUTY) {
            throw new ProblemException(403, "member-off-duty", "成员已离岗", me.name + " 已离岗，不能再处理任务");
        }
        return answer(tasks.act(id, action, in, Versions.optional(ifMatch, in.version()), me), me.id());
    }

    private Response dispatcher(String id, TaskAction action, ExpectedVersion ifMatch, StepInput in) {
        return answer(tasks.act(id, action, in, Versions.optional(ifMatch, in.version()), null), null);
    }

    /** @param viewer the acting member's id, null for a dispatcher */
    private Response answer(TaskEntity done, String viewer) {
        TaskView view = views.detail(done.id(), viewer);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
