package org.smartjustice.platform.internal.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.smartjustice.platform.api.TenantTasks;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.jobs.JobProgress;
import org.smartjustice.platform.api.jobs.JobState;
import org.smartjustice.platform.api.jobs.JobWork;
import org.smartjustice.platform.api.jobs.Jobs;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.rest.JsonProvider;

/**
 * {@link Jobs} for one module bundle (bundle scope: DS makes one instance per bundle that gets the
 * service). The work runs on the platform's task threads with the request's tenant and caller;
 * progress is written at most once a second. When the module bundle stops, its instance is
 * deactivated: running work stops at its next progress report and its jobs are marked failed.
 */
@Component(service = Jobs.class, scope = ServiceScope.BUNDLE)
public class JobService implements Jobs {

    static final long PROGRESS_EVERY_MS = 1000;
    private static final Logger LOG = Logger.getLogger(JobService.class.getName());

    @Reference
    private JobStore store;

    @Reference
    private TenantTasks tasks;

    @Reference
    private RequestContext context;

    @Reference
    private AuditService audit;

    private String module;
    /** Set when the module stops: its interrupted work fails as expected, not as an error. */
    private volatile boolean stopping;
    private final Map<String, Future<?>> mine = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> doneOf = new ConcurrentHashMap<>();

    @Activate
    void activate(org.osgi.service.component.ComponentContext component) {
        Bundle user = component.getUsingBundle();
        module = user == null ? "unknown" : user.getSymbolicName();
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        mine.forEach((id, future) -> {
            // Not interrupted: an interrupt inside JDBC or file I/O can close the embedded database's
            // file channel under every module. Running work stops at its next progress report, and its
            // unit refuses new transactions while the module stops (TenantJpa.drain).
            future.cancel(false);
            long done = doneOf.getOrDefault(id, new AtomicLong()).get();
            store.finish(id, JobState.FAILED, done, null, "模块已停止，任务中断：已处理 " + done);
        });
        mine.clear();
    }

    @Override
    public Job start(String kind, long total, JobWork work) {
        String tenant = context.requireTenant();
        JobEntity job = new JobEntity();
        job.id = UUID.randomUUID().toString();
        job.tenant = tenant;
        job.kind = kind;
        job.module = module;
        job.caller = context.principal().subject();
        job.state = JobState.QUEUED;
        job.total = Math.max(0, total);
        store.create(job);
        AtomicLong done = new AtomicLong();
        doneOf.put(job.id, done);
        try {
            mine.put(job.id, tasks.submit(() -> run(job, work, done)));
        } catch (RejectedExecutionException e) {
            store.finish(job.id, JobState.FAILED, 0, null, "任务过多，未能开始");
            doneOf.remove(job.id);
            throw new ProblemException(503, "jobs-busy", "后台任务繁忙", "当前排队的后台任务过多，请稍后再试");
        }
        return view(job);
    }

    private Object run(JobEntity job, JobWork work, AtomicLong done) {
        store.started(job.id);
        long[] written = { 0 };
        try {
            Object report = work.run(new JobProgress() {
                @Override
                public String jobId() {
                    return job.id;
                }

                @Override
                public void done(long units) {
                    done.set(units);
                    if (stopping) {
                        throw new ProblemException(503, "module-stopping", "模块正在停止", "模块已停止，任务中断：已处理 " + units);
                    }
                    long now = System.currentTimeMillis();
                    if (now - written[0] >= PROGRESS_EVERY_MS) {
                        written[0] = now;
                        store.progress(job.id, units);
                    }
                }
            });
            store.finish(job.id, JobState.DONE, done.get(), JsonProvider.MAPPER.writeValueAsString(report), null);
            audit.record("job.done", job.kind + "/" + job.id, "success", "已处理 " + done.get());
            return report;
        } catch (Exception e) {
            String why = e instanceof ProblemException p ? p.detail() : "任务失败：" + e.getClass().getSimpleName();
            if (stopping) {
                LOG.info(() -> "job " + job.id + " (" + job.kind + ") interrupted: module " + module + " stopped");
            } else if (!(e instanceof ProblemException) && !(e instanceof InterruptedException)) {
                LOG.log(Level.SEVERE, "job " + job.id + " (" + job.kind + ") failed", e);
            }
            store.finish(job.id, JobState.FAILED, done.get(), null, why);
            audit.record("job.failed", job.kind + "/" + job.id, "failure", why);
            return null;
        } finally {
            mine.remove(job.id);
            doneOf.remove(job.id);
        }
    }

    @Override
    public Optional<Job> find(String id) {
        String tenant = context.requireTenant();
        return store.find(id, tenant).map(JobService::view);
    }

    static Job view(JobEntity j) {
        Object report = null;
        if (j.report != null) {
            try {
                report = JsonProvider.MAPPER.readValue(j.report, Object.class);
            } catch (JsonProcessingException e) {
                report = null;
            }
        }
        return new Job(j.id, j.kind, j.tenant, j.caller, j.state, j.total, j.done, report, j.error,
                UtcTimes.toOffset(j.createdAt), UtcTimes.toOffset(j.finishedAt));
    }
}
