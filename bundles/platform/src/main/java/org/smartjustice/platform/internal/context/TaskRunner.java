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
import org.smartjustice.platform.api.TenantTasks;

/** Background tasks that carry the submitting request's tenant and caller (see {@link TenantTasks}). */
@Component(service = TenantTasks.class)
public class TaskRunner implements TenantTasks {

    static final int THREADS = 2;
    static final int QUEUE = 32;

    @Reference
    private RequestContext context;

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
