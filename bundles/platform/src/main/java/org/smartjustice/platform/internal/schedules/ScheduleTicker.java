package org.smartjustice.platform.internal.schedules;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * The platform's one schedule thread: every second it claims, through the database, the due
 * schedules registered on this node and hands each claimed run to a run thread (one run per schedule
 * at a time). Claims of running schedules are renewed while they run.
 */
@Component(service = ScheduleTicker.class)
public class ScheduleTicker {

    static final long TICK_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class.getName());

    @Reference
    private ScheduleStore store;

    @Reference
    private TenantStore tenants;

    @Reference
    private RequestContext context;

    @Reference
    private AuditService audit;

    private final Map<String, Registration> registered = new ConcurrentHashMap<>();
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private ExecutorService runs;
    private ScheduleRun run;
    private long renewedAt;

    @Activate
    void activate() {
        run = new ScheduleRun(context, audit);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "justice-schedule-tick"));
        AtomicInteger n = new AtomicInteger();
        // One run per schedule at a time, and few schedules: the pool grows with them, idle threads end.
        runs = Executors.newCachedThreadPool(r -> daemon(r, "justice-schedule-run-" + n.incrementAndGet()));
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
        registered.values().forEach(r -> r.closed = true);
        runs.shutdownNow();
        try {
            runs.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Registration add(Registration schedule) {
        if (registered.putIfAbsent(schedule.name, schedule) != null) {
            throw new IllegalArgumentException("schedule " + schedule.name + " is registered already");
        }
        try {
            store.register(schedule.name, schedule.periodSeconds);
            schedule.stored = true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule " + schedule.name + " not stored yet; retried every second", e);
        }
        return schedule;
    }

    /** This node stops taking the schedule's runs; a run in progress is interrupted. */
    void remove(Registration schedule) {
        schedule.closed = true;
        registered.remove(schedule.name, schedule);
        Future<?> current = running.get(schedule.name);
        if (current != null) {
            current.cancel(true);
        }
    }

    void runSoon(String name) {
        store.runSoon(name);
    }

    /** Whether a run of the schedule is in progress on this node. */
    boolean isRunning(String name) {
        return running.containsKey(name);
    }

    private void tick() {
        try {
            if (registered.isEmpty()) {
                return;
            }
            for (Registration r : registered.values()) {
                if (!r.stored) {
                    store.register(r.name, r.periodSeconds);
                    r.stored = true;
                }
            }
            long millis = System.currentTimeMillis();
            if (!running.isEmpty() && millis - renewedAt >= ScheduleStore.RENEW_SECONDS * 1000L) {
                store.renew(running.keySet());
                renewedAt = millis;
            }
            LocalDateTime now = UtcTimes.now();
            List<String> idle = registered.keySet().stream().filter(name -> !running.containsKey(name)).toList();
            for (String name : store.due(idle, now)) {
                Registration schedule = registered.get(name);
                if (schedule != null && !schedule.closed && store.claim(name, now)) {
                    start(schedule, now);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule tick failed; will retry", e);
        }
    }

    private void start(Registration schedule, LocalDateTime started) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            execute(schedule, started);
            return null;
        });
        running.put(schedule.name, task);
        try {
            runs.execute(task);
        } catch (RejectedExecutionException stopping) {
            running.remove(schedule.name);
            store.release(schedule.name, "平台已停止，未能运行");
        }
    }

    private void execute(Registration schedule, LocalDateTime started) {
        try {
            ScheduleRun.Outcome outcome = run.run(schedule, tenants.all());
            // An interrupted thread must not reach the database: the embedded one may close its file.
            Thread.interrupted();
            if (outcome.interrupted()) {
                LOG.info(() -> "schedule " + schedule.name + " interrupted: its module stopped");
                store.release(schedule.name, outcome.message());
            } else {
                store.finish(schedule.name, started, outcome.outcome(), outcome.message());
            }
        } catch (RuntimeException e) {
            // The outcome could not be stored (database gone): the lease expires and the period runs again.
            LOG.log(Level.WARNING, "schedule " + schedule.name + ": outcome not stored", e);
        } finally {
            running.remove(schedule.name);
        }
    }
}
