package org.smartjustice.platform.internal.webhooks.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.schedules.Schedule;
import org.smartjustice.platform.api.schedules.Schedules;
import org.smartjustice.platform.api.webhooks.InboundWebhook;
import org.smartjustice.platform.api.webhooks.InboundWebhookHandler;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.context.RequestScope;
import org.smartjustice.platform.internal.modules.EnablementStore;
import org.smartjustice.platform.internal.modules.InstalledModule;
import org.smartjustice.platform.internal.modules.ModuleRegistry;
import org.smartjustice.platform.internal.tenants.TenantStore;
import org.smartjustice.platform.internal.webhooks.RetrySchedule;
import org.smartjustice.platform.internal.webhooks.WebhooksConfig;

/**
 * Hands stored messages to the modules' handlers. A message is handed over right after it is stored
 * (on this node's two threads), and a platform schedule, claimed through the database, hands over
 * what is due again: after a failure (with back-off, FAILED after the last attempt), or waiting for a
 * handler, its module's enablement or its tenant's return from suspension. Each hand-over runs in the
 * message's tenant scope as {@code system:webhook:<sender>} — on a thread of its own, since the
 * schedule's thread already holds a scope.
 */
@Component(service = InboundDispatcher.class, immediate = true, configurationPid = WebhooksConfig.PID)
public class InboundDispatcher {

    static final String SCHEDULE = "inbound-webhooks";
    static final int THREADS = 2;
    static final int QUEUE = 1000;
    /** Longer than a handler should ever take; a node that dies mid-hand-over leaves it to another after it. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How long a message whose module is off for its tenant (or whose tenant is suspended) waits before the next look. */
    static final Duration WAIT = Duration.ofMinutes(1);
    static final int DUE_PER_TENANT = 100;
    private static final Logger LOG = Logger.getLogger(InboundDispatcher.class.getName());

    @Reference
    private InboundStore store;

    @Reference
    private RequestContext context;

    @Reference
    private TenantStore tenants;

    @Reference
    private EnablementStore enablement;

    @Reference
    private ModuleRegistry modules;

    @Reference
    private AuditService audit;

    @Reference
    private Schedules schedules;

    private final InboundHandlers handlers = new InboundHandlers();
    private volatile RetrySchedule retries = RetrySchedule.parse("10s, 1m, 5m, 30m, 2h, 6h");
    private volatile Schedule schedule;
    private long pollSeconds;
    private ThreadPoolExecutor pool;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindHandler(InboundWebhookHandler handler, ServiceReference<InboundWebhookHandler> ref) {
        List<String> refused = new ArrayList<>();
        List<String> patterns = InboundHandlers.patterns(ref.getProperty(InboundWebhookHandler.EVENTS), refused);
        String bundle = ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName();
        if (!refused.isEmpty()) {
            LOG.warning(() -> "inbound webhook handler of " + bundle + ": " + InboundWebhookHandler.EVENTS + " " + refused
                    + " left out: a type, a prefix ending in .* or *");
        }
        if (patterns.isEmpty()) {
            LOG.warning(() -> "inbound webhook handler of " + bundle + " names no event types (" + InboundWebhookHandler.EVENTS
                    + "): it is never called");
            return;
        }
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        handlers.add(new InboundHandlers.Bound(handler, patterns, bundle, ranking instanceof Integer r ? r : 0,
                (Long) ref.getProperty(Constants.SERVICE_ID)));
        LOG.info(() -> "inbound webhook handler of " + bundle + " for " + patterns);
        // Messages that waited for it are handed over at the next tick, not the next period.
        Schedule s = schedule;
        if (s != null) {
            try {
                s.runSoon();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "schedule " + SCHEDULE + " not advanced; its period comes anyway", e);
            }
        }
    }

    void unbindHandler(InboundWebhookHandler handler) {
        handlers.remove(handler);
    }

    @Activate
    void activate(WebhooksConfig config) {
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "justice-inbound-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        configure(config);
    }

    @Modified
    synchronized void configure(WebhooksConfig config) {
        try {
            retries = RetrySchedule.parse(config.inboundRetrySchedule());
        } catch (IllegalArgumentException e) {
            LOG.warning("configuration " + WebhooksConfig.PID + " field inboundRetrySchedule refused: " + e.getMessage()
                    + "; using " + retries.waits());
        }
        long poll = config.inboundPollSeconds();
        if (poll < 1 || poll > 3600) {
            LOG.warning("configuration " + WebhooksConfig.PID + " field inboundPollSeconds refused: 1–3600, not " + poll + "; using 10");
            poll = 10;
        }
        if (schedule == null || poll != pollSeconds) {
            if (schedule != null) {
                schedule.close();
            }
            pollSeconds = poll;
            schedule = schedules.schedule(SCHEDULE, Duration.ofSeconds(poll), this::handOverDue);
        }
    }

    /**
     * The platform stops: no new hand-over starts, those running may end (never interrupted: an
     * interrupt inside JDBC can close the embedded database's file); one cut off keeps its claim,
     * which expires, and the message is handed over again — its handler's writes had not committed.
     */
    @Deactivate
    void deactivate() {
        Schedule s = schedule;
        if (s != null) {
            s.close();
        }
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands the message over soon, after its storing transaction has committed; a full queue leaves it to the schedule. */
    void submit(String id) {
        try {
            pool.execute(() -> handOver(id));
        } catch (RejectedExecutionException busy) {
            LOG.fine(() -> "inbound message " + id + " left to the schedule: hand-over queue full");
        }
    }

    /** The schedule's share for one tenant: its due messages, each handed over on this dispatcher's threads. */
    void handOverDue(String tenant) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (String id : store.due(tenant, handlers.patterns(), DUE_PER_TENANT)) {
            try {
                running.add(pool.submit(() -> handOver(id)));
            } catch (RejectedExecutionException busy) {
                break;
            }
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "inbound hand-over failed unrecorded", e.getCause());
            }
        }
    }

    static Principal actor(String sender, String tenant) {
        return new Principal("system:webhook:" + sender, "Webhook " + sender, Set.of(), Set.of(tenant));
    }

    /** One hand-over of one message, if it is still pending, due and not claimed by another node. */
    void handOver(String id) {
        Optional<InboundEntity> claimed;
        try {
            claimed = store.claim(id, LEASE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "inbound message " + id + " not claimed; the schedule tries again", e);
            return;
        }
        if (claimed.isEmpty()) {
            return;
        }
        InboundEntity m = claimed.get();
        try {
            Optional<InboundHandlers.Bound> handler = handlers.forType(m.type);
            if (handler.isEmpty()) {
                store.release(id, "尚无处理 " + m.type + " 的模块：安装后即处理", null);
                return;
            }
            Optional<Tenant> tenant = tenants.find(m.tenant);
            if (tenant.isEmpty() || tenant.get().suspended()) {
                store.release(id, "租户 " + m.tenant + (tenant.isEmpty() ? " 不存在" : " 已暂停") + "：恢复后处理",
                        UtcTimes.now().plus(WAIT));
                return;
            }
            String module = moduleOf(handler.get().bundle());
            if (module != null && !enablement.isEnabled(m.tenant, module)) {
                store.release(id, "模块 " + module + " 未对租户 " + m.tenant + " 启用：启用后处理", UtcTimes.now().plus(WAIT));
                return;
            }
            call(m, handler.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "inbound message " + id + ": hand-over not recorded; its claim expires and it is tried again", e);
        }
    }

    /** The id of the module whose bundle registered the handler; null for a bundle without a module. */
    private String moduleOf(String bundle) {
        return modules.installed().stream().filter(i -> i.bundle().equals(bundle)).map(InstalledModule::id).findFirst()
                .orElse(null);
    }

    private void call(InboundEntity m, InboundHandlers.Bound handler) {
        String actor = "system:webhook:" + m.sender;
        String target = "platform/inbound/messages/" + m.id;
        try {
            Envelope envelope = Envelope.parse(m.body);
            InboundWebhook message = new InboundWebhook(m.id, m.sender, m.messageId, m.tenant, m.type, envelope.timestamp(),
                    envelope.data(), new String(m.body, StandardCharsets.UTF_8));
            boolean handled = context.runIn(new RequestScope(actor(m.sender, m.tenant), m.tenant),
                    () -> store.handleOnce(m.id, handler.bundle(), () -> handler.handler().handle(message)));
            if (handled) {
                audit.append(actor, m.tenant, "webhooks.inbound.handled", target, "success",
                        m.messageId + " " + m.type + " → " + handler.bundle());
            }
        } catch (Exception | LinkageError e) {
            Throwable cause = e instanceof InboundStore.HandlerFailed f ? f.getCause() : e;
            String why = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : "：" + cause.getMessage());
            int attempts = m.attempts + 1;
            LocalDateTime next = retries.after(attempts).map(w -> UtcTimes.now().plus(w)).orElse(null);
            store.failed(m.id, attempts, why, next);
            audit.append(actor, m.tenant, "webhooks.inbound.failed", target, "failure",
                    m.messageId + " " + m.type + " → " + handler.bundle() + "，第 " + attempts + " 次：" + why);
            if (next == null) {
                LOG.log(Level.WARNING, "inbound message " + m.id + " (" + m.sender + "/" + m.messageId + ", " + m.type
                        + ") FAILED after " + attempts + " attempts", cause);
            } else {
                LOG.log(Level.INFO, "inbound message " + m.id + " attempt " + attempts + " failed; next at " + next, cause);
            }
        }
    }
}
