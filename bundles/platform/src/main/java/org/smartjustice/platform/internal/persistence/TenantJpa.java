package org.smartjustice.platform.internal.persistence;

import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.TenantOwnedEntity;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/**
 * The {@link TenantPersistence} of one persistence unit: every callback runs with the request's
 * tenant set on the entity manager. Without a tenant it refuses to run: there is no default tenant.
 */
public final class TenantJpa implements TenantPersistence {

    static final String TENANT_PROPERTY = TenantOwnedEntity.TENANT_PROPERTY;

    private final JpaTemplate template;
    private final TenantContext context;

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

    private <R> R run(TransactionType type, EmFunction<R> work) {
        String tenant = context.requireTenant();
        return template.txExpr(type, em -> {
            bind(em, tenant);
            return work.apply(em);
        });
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
