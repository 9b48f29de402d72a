package org.smartjustice.rosters.internal.tasks;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.webhooks.Webhooks;
import org.smartjustice.rosters.internal.members.MemberEntity;

/**
 * What every step of a task leaves behind: its row (who, when, what), the event to the host's
 * dispatch module (in the step's transaction, so it is sent if and only if the step commits), and
 * the audit record (after the commit).
 */
@Component(service = TaskEvents.class)
public class TaskEvents {

    @Reference
    private Webhooks webhooks;

    @Reference
    private AuditLog audit;

    @Reference
    private TenantContext context;

    @Reference
    private TaskRevisions revisions;

    /**
     * The body's {@code data} of {@code rosters.task.*} events. {@code version} rises with every
     * step: a receiver keeps the highest it has seen and ignores older ones that arrive late.
     */
    public record TaskEvent(String taskId, String externalId, String action, String state, String card, long version,
                            String title, String grid, String handlerId, String text, OffsetDateTime at) {
    }

    /**
     * Writes the step and queues its event; call inside the step's transaction, once the task, its
     * {@code steps} counted up for this step, is flushed (so the event carries the new version).
     */
    void step(EntityManager em, TaskEntity t, TaskAction action, TaskState from, String text, LonLat place,
              MemberEntity me, LocalDateTime now) {
        Principal caller = context.principal();
        TaskStepEntity s = new TaskStepEntity();
        s.taskId = t.id();
        s.seq = t.steps;
        s.action = action;
        s.fromState = from;
        s.toState = t.state;
        s.actor = caller.subject();
        s.actorName = me != null ? me.name : caller.name();
        s.memberId = me == null ? null : me.id();
        s.at = now;
        s.text = text;
        s.lon = place == null ? null : place.lon();
        s.lat = place == null ? null : place.lat();
        em.persist(s);
        publish(t, action, text, now);
        revisions.changed();
    }

    void publish(TaskEntity t, TaskAction action, String text, LocalDateTime now) {
        webhooks.publish(action.eventType(), "tasks/" + t.id(), new TaskEvent(t.id(), t.externalId, action.name(),
                t.state.name(), t.card.name(), t.version(), t.title, t.gridCode, t.handlerId, text, UtcTimes.toOffset(now)));
    }

    /** After the commit: the audit log says who took which step. */
    void audited(TaskEntity t, TaskAction action, String note) {
        // Again after the commit: a list read between the step and its commit kept the old revision.
        revisions.changed();
        audit.record("rosters.task." + action.name().toLowerCase(java.util.Locale.ROOT), "tasks/" + t.id(), "success",
                action.title() + "：" + t.title + (note == null ? "" : "（" + note + "）"));
    }
}
