package org.smartjustice.rosters.internal.tasks;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.rosters.internal.RostersModule;
import org.smartjustice.rosters.internal.members.MemberEntity;
import org.smartjustice.rosters.internal.members.MemberService;

/** {@code .../rosters/my/tasks}: the caller's own tasks, as a grid worker's phone shows them. */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + RostersModule.ID)
@Produces(MediaType.APPLICATION_JSON)
public class MyTasksResource implements JusticeResource {

    @Reference
    private TaskStore store;

    @Reference
    private MemberService members;

    @Reference
    private TaskViews views;

    @Reference
    private TenantContext context;

    @Reference
    private org.smartjustice.platform.api.rest.Answers answers;

    @Reference
    private TaskRevisions revisions;

    @Schema(name = "MyTaskPage")
    record TaskPage(List<TaskView> items, long total, int page, int size) {
    }

    @GET
    @Path("my/tasks")
    @Operation(operationId = "listMyTasks", summary = "我的任务",
            description = "调用者（令牌 sub 登记为本区县队伍成员）的任务：默认是等待本人处理的任务，最早到期的在前；done=true 为本人已处理完的任务，最近的在前。不含其他成员的任何信息。",
            responses = { @ApiResponse(responseCode = "200", description = "任务列表的一页",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class))),
                    @ApiResponse(responseCode = "403", description = "not-a-member：调用者不是本区县的队伍成员") })
    public javax.ws.rs.core.Response mine(@QueryParam("done") boolean done, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size, null, java.util.Set.of("dueAt"), "dueAt");
        MemberEntity me = members.ofCaller().orElseThrow(() -> new ProblemException(403, "not-a-member", "不是本区县的队伍成员",
                "您的账号（" + context.principal().subject() + "）没有登记为本区县的队伍成员"));
        // A phone asks again and again; the answer changes only when one of the member's tasks does
        // (every change raises a task's version and stamps it) or the member's list does.
        String revision = revisions.get(context.requireTenant() + "|" + me.id() + "|" + done,
                () -> store.revisionOfMine(me.id(), done)) + "/" + me.version();
        String question = "my/tasks member=" + me.id() + " done=" + done + " page=" + paging.page() + " size=" + paging.size();
        return answers.answer(org.smartjustice.platform.api.rest.Question.of(question).revision(revision)
                .variant("member"), () -> {
            Page<TaskEntity> found = store.mine(me.id(), done, paging);
            return new Page<>(views.list(found.items(), false), found.total(), found.page(), found.size());
        });
    }
}
