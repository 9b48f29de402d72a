package org.smartjustice.platform.internal.tenants;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantListener;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.context.RequestScope;

/**
 * Tells {@link TenantListener}s of tenants: each new listener of every tenant there is, every
 * listener of each tenant created or changed. One platform thread delivers all calls in order,
 * so a slow listener never holds up a request; each call runs in the tenant's scope as
 * {@value #ACTOR}, and a listener's failure is logged and does not stop the others.
 */
@Component(immediate = true)
public class TenantEvents {

    static final String ACTOR = "system:tenant-events";
    private static final Logger LOG = Logger.getLogger(TenantEvents.class.getName());

    @Reference
    private TenantStore store;

    @Reference
    private RequestContext context;

    private final Set<TenantListener> listeners = ConcurrentHashMap.newKeySet();
    private final Map<TenantListener, Boolean> pending = new ConcurrentHashMap<>();
    private volatile ExecutorService thread;
    private final java.util.function.BiConsumer<Tenant, Tenant> observer = this::changed;

    @Activate
    void activate() {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "justice-tenant-events");
            t.setDaemon(true);
            return t;
        });
        store.observe(observer);
        pending.keySet().forEach(this::welcome);
        pending.clear();
    }

    @Deactivate
    void deactivate() {
        store.unobserve(observer);
        thread.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindListener(TenantListener listener) {
        listeners.add(listener);
        if (thread == null) {
            pending.put(listener, Boolean.TRUE);
        } else {
            welcome(listener);
        }
    }

    void unbindListener(TenantListener listener) {
        listeners.remove(listener);
        pending.remove(listener);
    }

    private void welcome(TenantListener listener) {
        List<Tenant> all = store.all();
        submit(() -> all.forEach(t -> deliver(listener, t, null)));
    }

    private void changed(Tenant tenant, Tenant before) {
        List<TenantListener> now = List.copyOf(listeners);
        submit(() -> now.forEach(l -> deliver(l, tenant, before)));
    }

    private void submit(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException | NullPointerException stopping) {
            // the platform is stopping: nobody is left to tell
        }
    }

    private void deliver(TenantListener listener, Tenant tenant, Tenant before) {
        if (!listeners.contains(listener) || Thread.currentThread().isInterrupted()) {
            return;
        }
        Principal system = new Principal(ACTOR, "租户事件", Set.of(Role.PLATFORM_OPERATOR), Set.of(tenant.code()));
        try {
            context.runIn(new RequestScope(system, tenant.code()), () -> {
                if (before == null) {
                    listener.tenantAdded(tenant);
                } else {
                    listener.tenantChanged(tenant, before);
                }
                return null;
            });
        } catch (Exception e) {
            LOG.log(Level.WARNING, "tenant listener " + listener.getClass().getName() + " failed for " + tenant.code(), e);
        }
    }
}
