package org.smartjustice.rosters.internal.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.rosters.internal.members.MemberEntity;
import org.smartjustice.rosters.internal.members.MemberStore;

/** Tasks as views, with the names of their cells and members looked up once per page. */
@Component(service = TaskViews.class)
public class TaskViews {

    @Reference
    private TaskStore store;

    @Reference
    private MemberStore members;

    /** @param withAssignees whether the caller may see whom the tasks were sent to */
    List<TaskView> list(List<TaskEntity> tasks, boolean withAssignees) {
        return store.read(em -> list(em, tasks, withAssignees));
    }

    /**
     * A task with its steps, as {@code viewer} sees it ({@link #detail(EntityManager, TaskEntity, String)}).
     *
     * @param viewer the acting member's id, null for the district's task readers
     */
    TaskView detail(String id, String viewer) {
        return store.read(em -> detail(em, em.find(TaskEntity.class, id), viewer));
    }

    /**
     * A task with its steps for a reader of the district's tasks ({@code me} null) or for a member it
     * was sent to; for any other member it does not exist (404).
     */
    TaskView shown(String id, MemberEntity me, boolean reader) {
        return store.read(em -> {
            TaskEntity t = em.find(TaskEntity.class, id);
            if (t == null || !reader && (me == null || !sentTo(em, t, me))) {
                throw ProblemException.notFound("任务", id);
            }
            return detail(em, t, reader ? null : me.id());
        });
    }

    private boolean sentTo(EntityManager em, TaskEntity t, MemberEntity me) {
        return me.id().equals(t.handlerId) || store.sentTo(em, t.id(), me.id());
    }

    /** @param withAssignees whether the caller may see whom the tasks were sent to */
    List<TaskView> list(EntityManager em, List<TaskEntity> tasks, boolean withAssignees) {
        Set<String> people = new HashSet<>();
        for (TaskEntity t : tasks) {
            if (t.handlerId != null) {
                people.add(t.handlerId);
            }
        }
        Map<String, List<TaskAssigneeEntity>> sent = new HashMap<>();
        if (withAssignees && !tasks.isEmpty()) {
            List<String> ids = tasks.stream().map(TaskEntity::id).toList();
            for (TaskAssigneeEntity a : store.assignees(em, ids)) {
                sent.computeIfAbsent(a.taskId, k -> new ArrayList<>()).add(a);
                people.add(a.memberId);
            }
        }
        Map<String, MemberEntity> names = people.isEmpty() ? Map.of() : members.byIds(em, people);
        List<TaskView> views = new ArrayList<>(tasks.size());
        for (TaskEntity t : tasks) {
            List<TaskView.Assignee> assignees = withAssignees ? sent.getOrDefault(t.id(), List.of()).stream()
                    .map(a -> new TaskView.Assignee(a.memberId, nameOf(names, a.memberId), a.awaiting)).toList() : null;
            TaskView view = TaskView.of(t, t.gridName, t.handlerId == null ? null : nameOf(names, t.handlerId),
                    assignees, null);
            views.add(withAssignees ? view : withoutReason(view));
        }
        return views;
    }

    /**
     * A task with its steps. A member ({@code viewer}, a member id) sees the dispatchers' and the
     * scan's steps and their own, not what other members the task went to did or said.
     *
     * @param viewer null for the district's task readers, who see everything
     */
    TaskView detail(EntityManager em, TaskEntity t, String viewer) {
        TaskView v = list(em, List.of(t), viewer == null).get(0);
        List<TaskStepEntity> all = store.steps(em, t.id());
        List<TaskStepEntity> visible = all.stream()
                .filter(s -> viewer == null || s.memberId == null || s.memberId.equals(viewer)).toList();
        List<TaskView.StepView> steps = visible.stream().map(TaskView.StepView::of).toList();
        // The last reason given is shown only where its step is: another member's return is theirs.
        TaskStepEntity reason = null;
        for (TaskStepEntity s : all) {
            reason = REASONS.contains(s.action) && s.text != null ? s : reason;
        }
        String lastReason = viewer == null || reason != null && visible.contains(reason) ? t.lastReason : null;
        return new TaskView(v.id(), v.externalId(), v.title(), v.description(), v.duty(), v.urgency(), v.location(), v.grid(),
                v.gridName(), v.communityCode(), v.streetCode(), v.target(), v.resolvedAt(), v.state(), v.handler(),
                v.assignees(), v.dispatcher(), v.dispatcherName(), v.deadlines(), v.card(), v.cardAt(), v.urgeCount(),
                v.returnCount(), lastReason, v.extension(), v.answer(), v.dispatchedAt(), v.acceptedAt(),
                v.answeredAt(), v.closedAt(), v.version(), v.updatedAt(), steps);
    }

    /** A member's list shows no reason: whose it was, only the task's detail can tell. */
    private static TaskView withoutReason(TaskView v) {
        return new TaskView(v.id(), v.externalId(), v.title(), v.description(), v.duty(), v.urgency(), v.location(), v.grid(),
                v.gridName(), v.communityCode(), v.streetCode(), v.target(), v.resolvedAt(), v.state(), v.handler(),
                v.assignees(), v.dispatcher(), v.dispatcherName(), v.deadlines(), v.card(), v.cardAt(), v.urgeCount(),
                v.returnCount(), null, v.extension(), v.answer(), v.dispatchedAt(), v.acceptedAt(), v.answeredAt(),
                v.closedAt(), v.version(), v.updatedAt(), v.steps());
    }

    /** The steps whose text becomes the task's last reason. */
    static final java.util.Set<TaskAction> REASONS = java.util.EnumSet.of(TaskAction.RETURN, TaskAction.REOPEN,
            TaskAction.REQUEST_EXTENSION, TaskAction.REFUSE_EXTENSION, TaskAction.CANCEL);

    private static String nameOf(Map<String, MemberEntity> names, String id) {
        MemberEntity m = names.get(id);
        return m == null ? null : m.name;
    }
}
