package org.smartjustice.platform.internal.modules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * Per-tenant module enablement, stored in the platform schema and held in memory, since every
 * module request asks it. Enabling is data, so it survives restarts and redeploys.
 */
@Component(service = EnablementStore.class)
public class EnablementStore {

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    private final Map<EnablementEntity.Key, Enablement> cache = new ConcurrentHashMap<>();

    @Activate
    void activate(BundleContext context) {
        migrator.migrate(TenantStore.SCHEMA, context.getBundle());
        List<EnablementEntity> all = jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("select e from EnablementEntity e", EnablementEntity.class).getResultList());
        all.forEach(e -> {
            Enablement en = e.toEnablement();
            cache.put(new EnablementEntity.Key(en.tenant(), en.module()), en);
        });
    }

    public boolean isEnabled(String tenant, String module) {
        Enablement e = cache.get(new EnablementEntity.Key(tenant, module));
        return e != null && e.enabled();
    }

    /** The decision ever taken for this pair, on or off; empty if nobody has decided yet. */
    public Optional<Enablement> decision(String tenant, String module) {
        return Optional.ofNullable(cache.get(new EnablementEntity.Key(tenant, module)));
    }

    public List<String> tenantsWith(String module) {
        return cache.values().stream()
                .filter(e -> e.enabled() && e.module().equals(module))
                .map(Enablement::tenant)
                .sorted()
                .toList();
    }

    public Enablement set(String tenant, String module, boolean enabled, String by) {
        Enablement saved = jpa.txExpr(TransactionType.Required, em -> {
            EnablementEntity entity = em.find(EnablementEntity.class, new EnablementEntity.Key(tenant, module));
            if (entity == null) {
                entity = new EnablementEntity(tenant, module);
                entity.set(enabled, by, UtcTimes.now());
                em.persist(entity);
            } else {
                entity.set(enabled, by, UtcTimes.now());
            }
            em.flush();
            return entity.toEnablement();
        });
        cache.put(new EnablementEntity.Key(tenant, module), saved);
        return saved;
    }
}
