package org.smartjustice.platform.internal.webhooks.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
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
    /** How long a message whose module is off for its tenant (or whose tenant is suspended) waits before the next look. */
    static final Duration WAIT = Duration.ofMinutes(1);
    static final int DUE_PER_TENANT = 1000;
    /** Messages one hand-over transaction takes. */
    static final int BATCH = 50;
    /** Stored messages waiting for a hand-over on this node; beyond it they wait for the schedule. */
    static final int FRESH = 20_000;
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
    private final LinkedBlockingQueue<String> fresh = new LinkedBlockingQueue<>(FRESH);
    private final AtomicInteger drainers = new AtomicInteger();

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

    /**
     * Hands the message over soon, after its storing transaction has committed: messages stored at about
     * the same time are handed over together, a batch in one transaction. A full queue leaves it to the schedule.
     */
    void submit(String id) {
        if (fresh.offer(id)) {
            startDrainer();
        } else {
            LOG.fine(() -> "inbound message " + id + " left to the schedule: hand-over queue full");
        }
    }

    /** Starts a drainer of the fresh queue unless all of the pool's threads drain already. */
    private void startDrainer() {
        for (int n = drainers.get(); n < THREADS; n = drainers.get()) {
            if (drainers.compareAndSet(n, n + 1)) {
                try {
                    pool.execute(this::drain);
                } catch (RejectedExecutionException busy) {
                    drainers.decrementAndGet();
                }
                return;
            }
        }
    }

    private void drain() {
        try {
            List<String> batch = new ArrayList<>();
            while (fresh.drainTo(batch, BATCH) > 0) {
                handOverAll(batch);
                batch.clear();
            }
        } finally {
            drainers.decrementAndGet();
            // One added after the last look would otherwise wait for the schedule.
            if (!fresh.isEmpty()) {
                startDrainer();
            }
        }
    }

    /** The schedule's share for one tenant: its due messages, in batches handed over on this dispatcher's threads. */
    void handOverDue(String tenant) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        List<String> due = store.due(tenant, handlers.patterns(), DUE_PER_TENANT);
        for (int from = 0; from < due.size(); from += BATCH) {
            List<String> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            try {
                running.add(pool.submit(() -> handOverAll(batch)));
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

    /** Messages of one tenant and sender for one handler: handed over in one transaction. */
    private record Group(String tenant, String sender, InboundHandlers.Bound handler) {
    }

    /**
     * Hands over those of the messages that are still pending, due and not claimed (by a hand-over of one):
     * each that can be handled now (a handler takes its type, its tenant is active, its module enabled
     * there) in a batch with the others of its tenant, sender and handler; the others are released
     * saying why.
     */
    void handOverAll(List<String> ids) {
        List<InboundEntity> claimed;
        try {
            claimed = store.pendingDue(ids);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, ids.size() + " inbound messages not read; the schedule tries again", e);
            return;
        }
        Map<Group, List<InboundEntity>> groups = new LinkedHashMap<>();
        Map<String, String> refusals = new HashMap<>();
        for (InboundEntity m : claimed) {
            try {
                Optional<InboundHandlers.Bound> handler = handlers.forType(m.type);
                if (handler.isEmpty()) {
                    store.postpone(m.id, "尚无处理 " + m.type + " 的模块：安装后即处理", null);
                    continue;
                }
                String refusal = refusals.computeIfAbsent(m.tenant + "\n" + handler.get().bundle(), k -> refusal(m.tenant, handler.get()));
                if (!refusal.isEmpty()) {
                    store.postpone(m.id, refusal, UtcTimes.now().plus(WAIT));
                    continue;
                }
                groups.computeIfAbsent(new Group(m.tenant, m.sender, handler.get()), g -> new ArrayList<>()).add(m);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "inbound message " + m.id + ": hand-over not recorded; its claim expires and it is tried again", e);
            }
        }
        groups.forEach(this::callAll);
    }

    /** Why messages of this tenant for this handler wait (tenant gone or suspended, module off there); "" when they do not. */
    private String refusal(String code, InboundHandlers.Bound handler) {
        Optional<Tenant> tenant = tenants.find(code);
        if (tenant.isEmpty() || tenant.get().suspended()) {
            return "租户 " + code + (tenant.isEmpty() ? " 不存在" : " 已暂停") + "：恢复后处理";
        }
        String module = moduleOf(handler.bundle());
        if (module != null && !enablement.isEnabled(code, module)) {
            return "模块 " + module + " 未对租户 " + code + " 启用：启用后处理";
        }
        return "";
    }

    /**
     * One transaction for the group: every message marked HANDLED and handled, or none; when the batch
     * fails, its messages are handed over one by one, so that the one that fails is recorded alone.
     */
    private void callAll(Group g, List<InboundEntity> messages) {
        if (messages.size() > 1) {
            try {
                Map<String, InboundWebhook> byId = new HashMap<>();
                for (InboundEntity m : messages) {
                    byId.put(m.id, webhook(m));
                }
                context.runIn(new RequestScope(actor(g.sender(), g.tenant()), g.tenant()),
                        () -> store.handleAll(messages.stream().map(m -> m.id).toList(), g.handler().bundle(), marked -> {
                            for (String id : marked) {
                                g.handler().handler().handle(byId.get(id));
                            }
                        }, id -> AuditService.entry("system:webhook:" + g.sender(), g.tenant(), "webhooks.inbound.handled",
                                "platform/inbound/messages/" + id, "success",
                                byId.get(id).messageId() + " " + byId.get(id).type() + " → " + g.handler().bundle())));
                return;
            } catch (Exception | LinkageError e) {
                LOG.log(Level.FINE, "a batch of " + messages.size() + " inbound messages failed; handing them over one by one", e);
            }
        }
        for (InboundEntity m : messages) {
            call(m, g.handler());
        }
    }

    private static InboundWebhook webhook(InboundEntity m) {
        Envelope envelope = Envelope.parse(m.body);
        return new InboundWebhook(m.id, m.sender, m.messageId, m.tenant, m.type, envelope.timestamp(), envelope.data(),
                new String(m.body, StandardCharsets.UTF_8));
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
            InboundWebhook message = webhook(m);
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
