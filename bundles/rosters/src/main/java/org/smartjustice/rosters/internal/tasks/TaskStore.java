package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridUse;

/**
 * The tasks of the current tenant, their assignees, steps and deadline rules: every query of the
 * tasks, through the unit {@code justice-rosters}. As a {@link GridUse} it counts the open tasks in a
 * grid cell.
 */
@Component(service = { TaskStore.class, GridUse.class }, property = GridUse.KIND + "=" + GridUse.OPEN_TASKS)
public class TaskStore implements GridUse {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-rosters)")
    private TenantPersistence jpa;

    public <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    public <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    public Optional<TaskEntity> find(String id) {
        return jpa.find(TaskEntity.class, id);
    }

    Optional<TaskEntity> byExternalId(String externalId) {
        return read(em -> em.createQuery("select t from TaskEntity t where t.externalId = :x", TaskEntity.class)
                .setParameter("x", externalId).getResultList().stream().findFirst());
    }

    /** The tasks waiting on the member (as a candidate or the handler) while with a member. */
    List<String> awaitingWithMember(String memberId) {
        return read(em -> em.createQuery("select distinct a.taskId from TaskAssigneeEntity a, TaskEntity t"
                        + " where a.memberId = :m and a.awaiting = true and t.id = a.taskId and t.state in :withMember",
                String.class).setParameter("m", memberId).setParameter("withMember", TaskState.WITH_MEMBER).getResultList());
    }

    /** The first member (by id) the task waits on, if any. */
    public Optional<String> firstAwaiting(String taskId) {
        return read(em -> em.createQuery("select a.memberId from TaskAssigneeEntity a where a.taskId = :t"
                + " and a.awaiting = true order by a.memberId", String.class).setParameter("t", taskId).setMaxResults(1)
                .getResultList().stream().findFirst());
    }

    /** Whether the task waits on the member. */
    boolean awaits(EntityManager em, String taskId, String memberId) {
        return !em.createQuery("select a.id from TaskAssigneeEntity a where a.taskId = :t and a.memberId = :m and a.awaiting = true",
                String.class).setParameter("t", taskId).setParameter("m", memberId).getResultList().isEmpty();
    }

    /** Whether the task was ever sent to the member. */
    boolean sentTo(EntityManager em, String taskId, String memberId) {
        return !em.createQuery("select a.id from TaskAssigneeEntity a where a.taskId = :t and a.memberId = :m", String.class)
                .setParameter("t", taskId).setParameter("m", memberId).getResultList().isEmpty();
    }

    /** Whether other candidates than the member still may take the task. */
    boolean othersAwait(EntityManager em, String taskId, String memberId) {
        return em.createQuery("select count(a) from TaskAssigneeEntity a where a.taskId = :t and a.awaiting = true"
                        + " and a.memberId <> :m", Long.class).setParameter("t", taskId).setParameter("m", memberId)
                .getSingleResult() > 0;
    }

    /** The member takes the task: the other candidates' rows go. */
    void keepOnly(EntityManager em, String taskId, String memberId) {
        em.createQuery("delete from TaskAssigneeEntity a where a.taskId = :t and a.memberId <> :m")
                .setParameter("t", taskId).setParameter("m", memberId).executeUpdate();
    }

    /** One candidate steps back: the task no longer waits on them. */
    void stepBack(EntityManager em, String taskId, String memberId) {
        em.createQuery("update TaskAssigneeEntity a set a.awaiting = false where a.taskId = :t and a.memberId = :m")
                .setParameter("t", taskId).setParameter("m", memberId).executeUpdate();
    }

    /** The task waits on none of the members it was sent to. */
    void awaitsNobody(EntityManager em, String taskId) {
        em.createQuery("update TaskAssigneeEntity a set a.awaiting = false where a.taskId = :t")
                .setParameter("t", taskId).executeUpdate();
    }

    /** The handler's (or the candidates') row: awaiting their action or not, with the deadline it waits on. */
    void awaiting(EntityManager em, TaskEntity t, boolean awaiting) {
        em.createQuery("update TaskAssigneeEntity a set a.awaiting = :w, a.dueAt = :due where a.taskId = :t"
                        + (awaiting && t.handlerId != null ? " and a.memberId = :m" : ""))
                .setParameter("w", awaiting).setParameter("due", t.nextDueAt).setParameter("t", t.id())
                .setParameter(awaiting && t.handlerId != null ? "m" : "t", awaiting && t.handlerId != null ? t.handlerId : t.id())
                .executeUpdate();
    }

    /** The members a task was sent to. */
    public List<TaskAssigneeEntity> assignees(EntityManager em, String taskId) {
        return em.createQuery("select a from TaskAssigneeEntity a where a.taskId = :t", TaskAssigneeEntity.class)
                .setParameter("t", taskId).getResultList();
    }

    /** The members these tasks were sent to. */
    List<TaskAssigneeEntity> assignees(EntityManager em, List<String> taskIds) {
        return em.createQuery("select a from TaskAssigneeEntity a where a.taskId in :ids", TaskAssigneeEntity.class)
                .setParameter("ids", taskIds).getResultList();
    }

    /** A task's steps, in their order. */
    public List<TaskStepEntity> steps(EntityManager em, String taskId) {
        return em.createQuery("select s from TaskStepEntity s where s.taskId = :t order by s.seq", TaskStepEntity.class)
                .setParameter("t", taskId).getResultList();
    }

    /** A page of the tasks the filter matches. */
    Page<TaskEntity> list(TaskFilter filter, PageRequest paging) {
        String order = " order by t." + paging.sortField() + (paging.descending() ? " desc" : "") + ", t.id";
        return read(em -> {
            List<TaskEntity> found = filter.bind(em.createQuery("select t from TaskEntity t" + filter.where() + order,
                    TaskEntity.class)).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            long total = filter.bind(em.createQuery("select count(t) from TaskEntity t" + filter.where(), Long.class))
                    .getSingleResult();
            return new Page<>(found, total, paging.page(), paging.size());
        });
    }

    private static final String MINE = " from TaskAssigneeEntity a, TaskEntity t where a.memberId = :me"
            + " and a.awaiting = :awaiting and t.id = a.taskId";

    /** What a member's list ({@code done} or waiting on them) has been through: its size, versions and last change. */
    String revisionOfMine(String memberId, boolean done) {
        return read(em -> {
            Object[] r = em.createQuery("select count(a), sum(t.version), max(t.updatedAt)" + MINE, Object[].class)
                    .setParameter("me", memberId).setParameter("awaiting", !done).getSingleResult();
            return r[0] + "/" + r[1] + "/" + r[2];
        });
    }

    /**
     * A page of a member's tasks: waiting on them, the earliest due first, or done by them, the
     * latest first. The total is counted only when the page does not tell it.
     */
    Page<TaskEntity> mine(String memberId, boolean done, PageRequest paging) {
        String order = done ? " order by t.updatedAt desc, t.id" : " order by a.dueAt, t.id";
        return read(em -> {
            List<TaskEntity> found = em.createQuery("select t" + MINE + order, TaskEntity.class)
                    .setParameter("me", memberId).setParameter("awaiting", !done)
                    .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            long total = found.size() < paging.size() && (found.size() > 0 || paging.page() == 1)
                    ? (long) paging.offset() + found.size()
                    : em.createQuery("select count(a)" + MINE, Long.class).setParameter("me", memberId)
                    .setParameter("awaiting", !done).getSingleResult();
            return new Page<>(found, total, paging.page(), paging.size());
        });
    }

    /** The columns the monthly figures need, of the tasks first dispatched in {@code month}. */
    List<TaskStats.Fact> facts(String month) {
        return read(em -> em.createQuery("select t.streetCode, t.gridCode, t.targetRole, t.duty, t.dispatchedAt,"
                        + " t.acceptedAt, t.answeredAt, t.closedAt, t.acceptYellowAt, t.finishYellowAt, t.returnCount, t.card, t.state"
                        + " from TaskEntity t where t.month = :m", Object[].class).setParameter("m", month).getResultList().stream()
                .map(r -> new TaskStats.Fact((String) r[0], (String) r[1], r[2] == null ? null : ((RosterRole) r[2]).name(),
                        ((Duty) r[3]).name(), (LocalDateTime) r[4], (LocalDateTime) r[5], (LocalDateTime) r[6],
                        (LocalDateTime) r[7], (LocalDateTime) r[8], (LocalDateTime) r[9], ((Number) r[10]).intValue(),
                        (Card) r[11], (TaskState) r[12])).toList());
    }

    /** Tasks past a red deadline that carry no red card yet. */
    List<TaskEntity> dueRed(EntityManager em, LocalDateTime now) {
        return em.createQuery("select t from TaskEntity t where t.nextDueAt <= :now and t.card <> :red"
                        + " and (t.finishRedAt <= :now or (t.state = :dispatched and t.acceptRedAt <= :now))", TaskEntity.class)
                .setParameter("now", now).setParameter("red", Card.RED).setParameter("dispatched", TaskState.DISPATCHED)
                .getResultList();
    }

    /** Tasks past the deadline they wait on that carry no card yet. */
    List<TaskEntity> dueYellow(EntityManager em, LocalDateTime now) {
        return em.createQuery("select t from TaskEntity t where t.nextDueAt <= :now and t.card = :none", TaskEntity.class)
                .setParameter("now", now).setParameter("none", Card.NONE).getResultList();
    }

    /** The tenant's own deadline rule for a duty and urgency, or null. */
    DeadlineRuleEntity rule(EntityManager em, Duty duty, Urgency urgency) {
        return em.createQuery("select r from DeadlineRuleEntity r where r.duty = :duty and r.urgency = :urgency",
                DeadlineRuleEntity.class).setParameter("duty", duty).setParameter("urgency", urgency).getResultList()
                .stream().findFirst().orElse(null);
    }

    /** Every deadline rule the tenant set. */
    List<DeadlineRuleEntity> rules() {
        return read(em -> em.createQuery("select r from DeadlineRuleEntity r", DeadlineRuleEntity.class).getResultList());
    }

    @Override
    public long count(EntityManager em, String gridCode) {
        return em.createQuery("select count(t) from TaskEntity t where t.gridCode = :code and t.state in :open", Long.class)
                .setParameter("code", gridCode).setParameter("open", TaskState.OPEN).getSingleResult();
    }
}
