package org.smartjustice.academy.internal.search;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;

/** Records, inside a write's transaction, that an item's public content changed. */
@Component(service = ChangeLog.class)
public class ChangeLog {

    @Reference
    private TenantContext context;

    public void changed(EntityManager em, String itemId) {
        String tenant = context.requireTenant();
        IndexCounterEntity counter = em.find(IndexCounterEntity.class, IndexCounterEntity.idOf(tenant),
                LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // Counters are made when the tenant is first seen (SearchIndex); this is for a tenant made since.
            counter = IndexCounterEntity.create(tenant);
            em.persist(counter);
        }
        counter.lastSeq++;
        IndexChangeEntity change = new IndexChangeEntity();
        change.seq = counter.lastSeq;
        change.itemId = itemId;
        change.changedAt = UtcTimes.now();
        em.persist(change);
    }

    /** The tenant's counter, made once before any write needs it. */
    public void ensureCounter(EntityManager em) {
        String tenant = context.requireTenant();
        if (em.find(IndexCounterEntity.class, IndexCounterEntity.idOf(tenant)) == null) {
            em.persist(IndexCounterEntity.create(tenant));
        }
    }
}
