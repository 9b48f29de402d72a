package org.smartjustice.platform.internal.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.jobs.JobState;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.Node;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * The job table. A node keeps its running jobs' heartbeat fresh; a job whose node restarted (its
 * unfinished jobs at start-up) or fell silent ({@value #STALE_SECONDS} s without heartbeat) is
 * marked {@code FAILED} with how far it got, by whichever node notices first.
 */
@Component(service = JobStore.class)
public class JobStore {

    static final int HEARTBEAT_SECONDS = 10;
    static final int STALE_SECONDS = 120;
    /** Finished jobs are kept this long for their polls and reports. */
    static final Duration KEPT = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(JobStore.class.getName());

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    @Reference
    private AuditService audit;

    /** This node: its host and Karaf base directory, stable across restarts of the same installation. */
    final String node = Node.ID;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService ticker;

    @Activate
    void activate(BundleContext bundleContext) {
        migrator.migrate(TenantStore.SCHEMA, bundleContext.getBundle());
        interrupt("node =", node, "节点重启，任务中断");
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "justice-job-heartbeat");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
    }

    private void tick() {
        try {
            LocalDateTime now = UtcTimes.now();
            if (!running.isEmpty()) {
                jpa.tx(TransactionType.RequiresNew, em -> em.createQuery(
                        "update JobEntity j set j.heartbeatAt = :now where j.id in :ids and j.state = :running")
                        .setParameter("now", now).setParameter("ids", List.copyOf(running))
                        .setParameter("running", JobState.RUNNING).executeUpdate());
            }
            interrupt("heartbeatAt <", UtcTimes.now().minusSeconds(STALE_SECONDS), "任务所在节点失去响应，任务中断");
            jpa.tx(TransactionType.RequiresNew, em -> em.createQuery(
                    "delete from JobEntity j where j.finishedAt < :before")
                    .setParameter("before", now.minus(KEPT)).executeUpdate());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job heartbeat failed; will retry", e);
        }
    }

    /**
     * Marks unfinished jobs failed whose field compares so to the value ({@code "node ="},
     * {@code "heartbeatAt <"}), keeping how far each got, and audits each.
     */
    private void interrupt(String condition, Object value, String reason) {
        LocalDateTime now = UtcTimes.now();
        List<JobEntity> stopped = jpa.txExpr(TransactionType.RequiresNew, em -> {
            List<JobEntity> found = em.createQuery("select j from JobEntity j where j.state in :unfinished and j."
                            + condition + " :value", JobEntity.class)
                    .setParameter("unfinished", List.of(JobState.QUEUED, JobState.RUNNING))
                    .setParameter("value", value).getResultList();
            for (JobEntity j : found) {
                j.state = JobState.FAILED;
                j.error = reason + "：已处理 " + j.done + (j.total > 0 ? " / " + j.total : "");
                j.finishedAt = now;
            }
            return found;
        });
        for (JobEntity j : stopped) {
            audit.append("system:jobs", j.tenant, "job.failed", j.kind + "/" + j.id, "failure", j.error);
            LOG.warning(() -> "job " + j.id + " (" + j.kind + ", " + j.tenant + ") marked failed: " + j.error);
        }
    }

    JobEntity create(JobEntity job) {
        LocalDateTime now = UtcTimes.now();
        job.node = node;
        job.createdAt = now;
        job.heartbeatAt = now;
        jpa.tx(TransactionType.RequiresNew, em -> em.persist(job));
        return job;
    }

    void started(String id) {
        running.add(id);
        update(id, j -> j.state = JobState.RUNNING);
    }

    void progress(String id, long done) {
        update(id, j -> j.done = done);
    }

    /** Ends a job unless it already ended (a restart or the module's stop marked it failed first). */
    void finish(String id, JobState state, long done, String report, String error) {
        running.remove(id);
        update(id, j -> {
            if (!j.state.isFinished()) {
                j.state = state;
                j.done = done;
                j.report = report;
                j.error = error;
                j.finishedAt = UtcTimes.now();
            }
        });
    }

    Optional<JobEntity> find(String id, String tenant) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select j from JobEntity j where j.id = :id and j.tenant = :tenant", JobEntity.class)
                .setParameter("id", id).setParameter("tenant", tenant).getResultList().stream().findFirst().orElse(null)));
    }

    private void update(String id, java.util.function.Consumer<JobEntity> change) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            JobEntity j = em.find(JobEntity.class, id);
            if (j != null) {
                change.accept(j);
                j.heartbeatAt = UtcTimes.now();
            }
        });
    }
}
