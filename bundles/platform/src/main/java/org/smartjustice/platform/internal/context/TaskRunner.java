package org.smartjustice.platform.internal.context;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

/** Background tasks that carry the submitting request's tenant and caller (see {@link TenantTasks}). */
@Component(service = TenantTasks.class)
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

    @Deactivate
    void deactivate() {
        pool.shutdownNow();
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
        pool.execute(() -> {
            try {
                result.complete(context.runIn(scope, task));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
