package org.smartjustice.academy.internal.items;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * The change log of what the public may find: written inside a write's transaction when an item is
 * published or withdrawn, numbered per tenant in commit order; read by the search index (the
 * changes after its position) and by {@link ContentRevision} (the last number).
 */
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

    /** One change: its number and the item it concerns. */
    public record Change(long number, String itemId) {
    }

    /** The tenant's last change number (0 before any). */
    public static long lastNumber(EntityManager em) {
        List<Long> last = em.createQuery("select c.lastSeq from IndexCounterEntity c", Long.class).getResultList();
        return last.isEmpty() ? 0 : last.get(0);
    }

    /** The tenant's changes after {@code number}, in order, at most {@code max}. */
    public static List<Change> after(EntityManager em, long number, int max) {
        return em.createQuery("select c.seq, c.itemId from IndexChangeEntity c where c.seq > :from order by c.seq", Object[].class)
                .setParameter("from", number).setMaxResults(max).getResultList().stream()
                .map(r -> new Change(((Number) r[0]).longValue(), (String) r[1])).toList();
    }
}
