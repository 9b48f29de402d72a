package org.smartjustice.platform.internal.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.TenantOwnedEntity;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * The {@link TenantPersistence} of one persistence unit: every callback runs with the request's
 * tenant set on the entity manager. Without a tenant it refuses to run: there is no default tenant.
 * When the unit goes away (its module stops) it is {@linkplain #drain drained}: work in progress
 * ends before the entity manager factory closes, and new work is refused with 503.
 */
public final class TenantJpa implements TenantPersistence {

    static final String TENANT_PROPERTY = TenantOwnedEntity.TENANT_PROPERTY;

    private final JpaTemplate template;
    private final TenantContext context;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closed;
    /** Calls of this unit in progress on this thread. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    public TenantJpa(JpaTemplate template, TenantContext context) {
        this.template = Objects.requireNonNull(template, "template");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public <R> R read(EmFunction<R> work) {
        return run(TransactionType.Supports, work);
    }

    @Override
    public <R> R write(EmFunction<R> work) {
        return run(TransactionType.Required, work);
    }

    @Override
    public <R> R readAsCity(EmFunction<R> work) {
        context.requireTenant();
        if (depth.get()[0] > 0) {
            // Aries JPA would hand the nested call the outer call's entity manager, bound to its tenant.
            throw new IllegalStateException("readAsCity inside another read or write of this unit");
        }
        return run(TransactionType.Supports, Tenant.CITY, work);
    }

    private <R> R run(TransactionType type, EmFunction<R> work) {
        return run(type, context.requireTenant(), work);
    }

    private <R> R run(TransactionType type, String tenant, EmFunction<R> work) {
        // Counted before the check, so that a drain that saw no work cannot miss this call.
        running.incrementAndGet();
        try {
            if (closed) {
                throw new ProblemException(503, "module-stopping", "模块正在停止", "模块已停止，请稍后再试");
            }
            int[] nested = depth.get();
            nested[0]++;
            try {
                return template.txExpr(type, em -> {
                    bind(em, tenant);
                    return work.apply(em);
                });
            } finally {
                nested[0]--;
            }
        } finally {
            if (running.decrementAndGet() == 0 && closed) {
                synchronized (running) {
                    running.notifyAll();
                }
            }
        }
    }

    /**
     * Refuses new work and waits, at most {@code grace}, for the work in progress to end. Called
     * while the unit's entity manager factory is being unregistered, before it is closed: a module's
     * background job (an import) then ends between two transactions instead of inside one whose
     * entity manager can no longer be closed. Returns whether all work ended in time.
     */
    boolean drain(Duration grace) throws InterruptedException {
        closed = true;
        long until = System.nanoTime() + grace.toNanos();
        synchronized (running) {
            while (running.get() > 0) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                running.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    static void bind(EntityManager em, String tenant) {
        Object current = em.getProperties().get(TENANT_PROPERTY);
        if (current != null && !tenant.equals(current)) {
            // An entity manager shared with another tenant's work would mix their rows.
            throw new IllegalStateException("entity manager already bound to another tenant");
        }
        em.setProperty(TENANT_PROPERTY, tenant);
    }
}
