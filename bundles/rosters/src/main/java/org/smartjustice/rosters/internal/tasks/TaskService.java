package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.rosters.internal.Access;
import org.smartjustice.rosters.internal.Points;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridStore;
import org.smartjustice.rosters.internal.members.MemberDepartures;
import org.smartjustice.rosters.internal.members.MemberEntity;
import org.smartjustice.rosters.internal.members.MemberStore;

/**
 * Dispatch and the steps of a task's life ({@link TaskAction}). Each step is one transaction: the
 * task's new state, the step row, the assignees' rows and the outbound event commit together.
 */
@Component(service = { TaskService.class, MemberDepartures.class })
public class TaskService implements MemberDepartures {

    @Reference
    private TaskStore store;

    @Reference
    private GridStore grids;

    @Reference
    private MemberStore members;

    @Reference
    private TenantContext context;

    @Reference
    private Divisions divisions;

    @Reference
    private DeadlineService deadlines;

    @Reference
    private TaskEvents events;

    /** A dispatch: the task, whether it was made now (not found by its external id), and how its target resolved. */
    public record Dispatched(TaskEntity task, boolean created) {
    }

    public Dispatched dispatch(TaskInput input) {
        LocalDateTime now = UtcTimes.now();
        TaskRules.Checked checked = TaskRules.check(divisions, context.requireTenant(), input, now);
        if (input.externalId() != null) {
            Optional<TaskEntity> known = byExternalId(input.externalId());
            if (known.isPresent()) {
                return new Dispatched(known.get(), false);
            }
        }
        TaskEntity made;
        try {
            made = write(input, checked, now);
        } catch (RuntimeException e) {
            // The host sent the same task twice at once: the other request made it; answer that one.
            Optional<TaskEntity> raced = input.externalId() == null || e instanceof ProblemException ? Optional.empty()
                    : byExternalId(input.externalId());
            if (raced.isPresent()) {
                return new Dispatched(raced.get(), false);
            }
            throw e;
        }
        events.audited(made, TaskAction.DISPATCH, null);
        return new Dispatched(made, true);
    }

    private TaskEntity write(TaskInput input, TaskRules.Checked checked, LocalDateTime now) {
        return store.write(em -> {
            Target target = input.target();
            GridCellEntity grid = grid(em, target.kind() == TargetKind.MEMBER ? input.grid() : target.grid(),
                    target.kind() == TargetKind.MEMBER ? "grid" : "target.grid");
            TargetResolver.Resolution r = TargetResolver.resolve(em, members, grids, target, grid);
            TaskEntity t = new TaskEntity();
            t.externalId = input.externalId();
            t.title = input.title().strip();
            t.description = Validation.blankToNull(input.description());
            t.duty = input.duty();
            t.urgency = checked.urgency();
            LonLat p = checked.point();
            t.lon = p == null ? null : p.lon();
            t.lat = p == null ? null : p.lat();
            placeAt(t, r.grid());
            aim(t, target);
            t.resolvedAt = r.at();
            t.state = TaskState.DISPATCHED;
            t.card = Card.NONE;
            t.extension = ExtensionState.NONE;
            t.dispatchedAt = now;
            t.month = now.atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(UtcTimes.DISPLAY_ZONE).toString().substring(0, 7);
            Deadlines d = deadlines.of(em, t.duty, t.urgency);
            t.acceptYellowAt = now.plus(d.acceptYellow());
            t.acceptRedAt = now.plus(d.acceptRed());
            t.finishYellowAt = checked.dueAt() != null ? checked.dueAt() : now.plus(d.finishYellow());
            t.finishRedAt = t.finishYellowAt.plus(d.finishRed().minus(d.finishYellow()));
            if (t.acceptYellowAt.isAfter(t.finishYellowAt)) {
                t.acceptYellowAt = t.finishYellowAt;
                t.acceptRedAt = t.finishYellowAt.isAfter(t.acceptRedAt) ? t.acceptRedAt : t.finishYellowAt;
            }
            t.nextDueAt = t.acceptYellowAt;
            Principal caller = context.principal();
            t.dispatcher = caller.subject();
            t.dispatcherName = caller.name();
            t.createdAt = now;
            t.updatedAt = now;
            t.steps = 1;
            em.persist(t);
            em.flush();
            assign(em, t, r.memberIds(), true);
            events.step(em, t, TaskAction.DISPATCH, null, r.note(target.role()), null, null, now);
            return t;
        });
    }

    /**
     * A member who leaves gives back what waits on them: each such task is returned to the
     * dispatchers (or, sent to several, handed on to the others) as a step of its own, kept, told
     * to the host and audited like any other.
     *
     * @return how many tasks were given back
     */
    @Override
    public int release(MemberEntity member, String reason) {
        List<String> ids = store.awaitingWithMember(member.id());
        StepInput why = new StepInput(reason, null, null, null, null, null, null);
        for (String id : ids) {
            act(id, TaskAction.RETURN, why, null, member);
        }
        return ids.size();
    }

    public Optional<TaskEntity> byExternalId(String externalId) {
        return store.byExternalId(externalId);
    }

    /**
     * Takes a step. Order of refusals: who may take it (403: a member learns nothing of a task that
     * is not theirs, not even what its body lacks or when its deadline is), the body (400), the
     * version and the state (409) — so nothing is stored for any of them.
     *
     * @param me the caller's member record, for the steps members take
     */
    public TaskEntity act(String id, TaskAction action, StepInput in, Long expectedVersion, MemberEntity me) {
        LocalDateTime now = UtcTimes.now();
        TaskEntity done = store.write(em -> {
            TaskEntity t = em.find(TaskEntity.class, id);
            if (t == null) {
                throw ProblemException.notFound("任务", id);
            }
            mayTake(em, t, action, me);
            Validation v = new Validation();
            TaskRules.step(v, action, in, t.finishYellowAt, now);
            LonLat place = action == TaskAction.ANSWER
                    ? Points.optional(divisions, context.requireTenant(), in.lon(), in.lat(), TaskRules.crs(in.crs(), v), "", v)
                    : null;
            v.throwIfInvalid();
            if (expectedVersion != null) {
                t.requireVersion(expectedVersion);
            }
            if (!action.allowedFrom(t.state)) {
                throw new ProblemException(409, "illegal-transition", "任务状态不允许此操作",
                        "任务当前「" + t.state.title() + "」，不能「" + action.title() + "」");
            }
            TaskState from = t.state;
            t.state = apply(em, t, action, in, place, me, now) ? action.next(from) : from;
            t.updatedAt = now;
            t.steps++;
            em.flush();
            events.step(em, t, action, from, Validation.blankToNull(in.text()), place, me, now);
            return t;
        });
        events.audited(done, action, Validation.blankToNull(in.text()));
        return done;
    }

    private void mayTake(EntityManager em, TaskEntity t, TaskAction action, MemberEntity me) {
        switch (action.actor()) {
            case DISPATCHER -> {
                if (!Access.dispatches(context)) {
                    throw new ProblemException(403, "forbidden", "无权访问",
                            "「" + action.title() + "」需要以下角色之一：DISTRICT_ADMIN、SUPERVISOR、PLATFORM_OPERATOR");
                }
            }
            case ASSIGNEE, HANDLER -> {
                boolean mine = me != null && (me.id().equals(t.handlerId)
                        || action.actor() == TaskAction.Actor.ASSIGNEE && t.handlerId == null && awaits(em, t, me));
                if (!mine) {
                    throw new ProblemException(403, "not-your-task", "不是派给您的任务",
                            "只有任务的承办成员可以「" + action.title() + "」");
                }
            }
            case SYSTEM -> throw new IllegalStateException("the scan raises cards, not callers");
        }
    }

    private boolean awaits(EntityManager em, TaskEntity t, MemberEntity me) {
        return store.awaits(em, t.id(), me.id());
    }

    /** Applies the step's effects; false when the task stays where it is (one candidate of several returning it). */
    private boolean apply(EntityManager em, TaskEntity t, TaskAction action, StepInput in, LonLat place, MemberEntity me,
                          LocalDateTime now) {
        switch (action) {
            case ACCEPT -> {
                t.handlerId = me.id();
                t.acceptedAt = now;
                store.keepOnly(em, t.id(), me.id());
                t.nextDueAt = t.finishYellowAt;
                awaiting(em, t, true);
            }
            case START -> { }
            case ANSWER -> {
                t.answerText = in.text().strip();
                t.answerLon = place == null ? null : place.lon();
                t.answerLat = place == null ? null : place.lat();
                t.answeredAt = now;
                t.nextDueAt = null;
                awaiting(em, t, false);
            }
            case VERIFY -> t.closedAt = now;
            case REOPEN -> {
                t.lastReason = in.text().strip();
                t.answeredAt = null;
                t.nextDueAt = t.finishYellowAt;
                awaiting(em, t, true);
            }
            case RETURN -> {
                if (t.handlerId == null && othersAwait(em, t, me)) {
                    // The others may still take it: only this candidate steps back.
                    store.stepBack(em, t.id(), me.id());
                    return false;
                }
                t.lastReason = in.text().strip();
                t.returnCount++;
                t.handlerId = null;
                t.nextDueAt = null;
                awaiting(em, t, false);
            }
            case REASSIGN -> reassign(em, t, in.target(), now);
            case REQUEST_EXTENSION -> {
                if (t.extension == ExtensionState.REQUESTED) {
                    throw new ProblemException(409, "extension-pending", "已有待审批的延期申请", "请等待调度人员审批上一次的延期申请");
                }
                t.extension = ExtensionState.REQUESTED;
                t.extensionUntil = UtcTimes.toUtc(in.until());
                t.lastReason = in.text().strip();
            }
            case GRANT_EXTENSION -> {
                requireExtensionRequest(t);
                t.finishRedAt = t.extensionUntil.plus(java.time.Duration.between(t.finishYellowAt, t.finishRedAt));
                t.finishYellowAt = t.extensionUntil;
                t.extension = ExtensionState.GRANTED;
                if (t.handlerId != null) {
                    t.nextDueAt = t.finishYellowAt;
                    awaiting(em, t, true);
                }
            }
            case REFUSE_EXTENSION -> {
                requireExtensionRequest(t);
                t.extension = ExtensionState.REFUSED;
                t.lastReason = Validation.blankToNull(in.text());
            }
            case URGE -> t.urgeCount++;
            case CANCEL -> {
                t.lastReason = in.text().strip();
                t.nextDueAt = null;
                awaiting(em, t, false);
            }
            default -> throw new IllegalStateException("not a step callers take: " + action);
        }
        return true;
    }

    private boolean othersAwait(EntityManager em, TaskEntity t, MemberEntity me) {
        return store.othersAwait(em, t.id(), me.id());
    }

    private static void requireExtensionRequest(TaskEntity t) {
        if (t.extension != ExtensionState.REQUESTED) {
            throw new ProblemException(409, "no-extension-request", "没有待审批的延期申请", "该任务没有待审批的延期申请");
        }
    }

    private void reassign(EntityManager em, TaskEntity t, Target target, LocalDateTime now) {
        GridCellEntity grid = target.kind() == TargetKind.MEMBER ? (t.gridCode == null ? null : grid(em, t.gridCode, "target.grid"))
                : grid(em, target.grid(), "target.grid");
        TargetResolver.Resolution r = TargetResolver.resolve(em, members, grids, target, grid);
        store.awaitsNobody(em, t.id());
        aim(t, target);
        placeAt(t, r.grid());
        t.resolvedAt = r.at();
        t.handlerId = null;
        Deadlines d = deadlines.of(em, t.duty, t.urgency);
        // A new addressee gets its own time to accept; the finishing deadline stays.
        t.acceptYellowAt = min(now.plus(d.acceptYellow()), t.finishYellowAt);
        t.acceptRedAt = min(now.plus(d.acceptRed()), t.finishRedAt);
        t.nextDueAt = t.acceptYellowAt;
        t.dispatcher = context.principal().subject();
        t.dispatcherName = context.principal().name();
        em.flush();
        assign(em, t, r.memberIds(), false);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Sends the task to these members: one awaiting row each (a member sent it before gets it again).
     *
     * @param fresh a new task, which has no rows yet
     */
    private void assign(EntityManager em, TaskEntity t, List<String> memberIds, boolean fresh) {
        List<TaskAssigneeEntity> known = fresh ? List.of() : store.assignees(em, t.id());
        for (String id : memberIds) {
            TaskAssigneeEntity a = known.stream().filter(k -> k.memberId.equals(id)).findFirst().orElse(null);
            if (a == null) {
                a = new TaskAssigneeEntity();
                a.taskId = t.id();
                a.memberId = id;
                em.persist(a);
            }
            a.awaiting = true;
            a.dueAt = t.nextDueAt;
        }
    }

    /** The handler's (or the candidates') row: awaiting their action or not, with the deadline it waits on. */
    private void awaiting(EntityManager em, TaskEntity t, boolean awaiting) {
        store.awaiting(em, t, awaiting);
    }

    private static void aim(TaskEntity t, Target target) {
        t.targetKind = target.kind();
        t.targetMemberId = target.kind() == TargetKind.MEMBER ? target.memberId() : null;
        t.targetRole = target.kind() == TargetKind.ROLE_IN_GRID ? target.role() : null;
        t.targetGridCode = target.kind() == TargetKind.MEMBER ? null : target.grid();
    }

    private static void placeAt(TaskEntity t, GridCellEntity grid) {
        t.gridCode = grid == null ? null : grid.code;
        t.gridName = grid == null ? null : grid.name;
        t.communityCode = grid == null ? null : grid.communityCode;
        t.streetCode = grid == null ? null : grid.streetCode;
    }

    private GridCellEntity grid(EntityManager em, String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return grids.byCode(em, code.strip())
                .orElseThrow(() -> ProblemException.invalidField(field, "本区县没有编码为 " + ProblemException.shownId(code) + " 的网格"));
    }

}
