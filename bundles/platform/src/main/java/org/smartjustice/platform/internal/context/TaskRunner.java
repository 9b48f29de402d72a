package org.smartjustice.platform.internal.context;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import java.util.Set;

import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantTasks;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * Background tasks that carry the submitting request's tenant and caller (see {@link TenantTasks}).
 * Bundle scope: each bundle that uses it gets its own instance and threads, so a module's work ends
 * with the module (its instance is deactivated when the bundle stops), not only with the platform.
 */
@Component(service = TenantTasks.class, scope = org.osgi.service.component.annotations.ServiceScope.BUNDLE)
public class TaskRunner implements TenantTasks {

    static final int THREADS = 2;
    static final int QUEUE = 32;

    @Reference
    private RequestContext context;

    @Reference
    private TenantStore tenants;

    @Reference
    private AuditService audit;

    private ThreadPoolExecutor pool;

    @Activate
    void activate() {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "justice-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Background work ends with the bundle that submitted it (or the platform) and says so: running tasks are interrupted and given
     * a few seconds, queued ones never start and their futures fail (an import job waiting on one
     * is marked failed instead of running for ever).
     */
    @Deactivate
    void deactivate() {
        List<Runnable> queued = pool.shutdownNow();
        for (Runnable r : queued) {
            if (r instanceof ScopedTask<?> task) {
                task.abandon();
            }
        }
        try {
            if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning(() -> "background tasks still running " + STOP_WAIT_SECONDS + " s after the platform stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queued.isEmpty()) {
            LOG.warning(() -> queued.size() + " queued background task(s) abandoned: the platform stopped");
        }
    }

    static final int STOP_WAIT_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    /** A task with the scope it runs in and the future it completes. */
    private final class ScopedTask<T> implements Runnable {
        private final RequestScope scope;
        private final Callable<T> work;
        private final CompletableFuture<T> result;

        ScopedTask(RequestScope scope, Callable<T> work, CompletableFuture<T> result) {
            this.scope = scope;
            this.work = work;
            this.result = result;
        }

        @Override
        public void run() {
            try {
                result.complete(context.runIn(scope, work));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }

        void abandon() {
            result.completeExceptionally(new CancellationException("任务未执行：平台已停止"));
        }
    }

    @Override
    public <T> T runAs(String tenant, String actor, Callable<T> work) throws Exception {
        if (context.isOpen()) {
            throw new IllegalStateException("runAs is for work outside requests");
        }
        if (tenants.find(tenant).isEmpty()) {
            throw new IllegalStateException("no tenant " + tenant);
        }
        Principal system = new Principal("system:" + actor, actor, Set.of(Role.PLATFORM_OPERATOR), Set.of(tenant));
        audit.append(system.subject(), tenant, "system-task", actor, "started", null);
        return context.runIn(new RequestScope(system, tenant), work);
    }

    @Override
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        RequestScope scope = context.current()
                .orElseThrow(() -> new IllegalStateException("tasks can only be submitted while serving a request"));
        CompletableFuture<T> result = new CompletableFuture<>();
        pool.execute(new ScopedTask<>(scope, task, result));
        return result;
    }
}
