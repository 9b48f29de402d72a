package org.smartjustice.platform.internal.webhooks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.context.Node;
import org.smartjustice.platform.api.persistence.QueryFilter;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * The webhook_delivery table. An attempt is claimed with one conditional update (pending, due, no
 * live claim), so two nodes never send the same attempt at once; a node that dies mid-attempt leaves
 * a claim that expires and another node takes the delivery over.
 */
@Component(service = DeliveryStore.class)
public class DeliveryStore {

    static final int ERROR_MAX = 1000;

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    final String node = Node.ID;

    @Activate
    void activate(BundleContext bundleContext) {
        migrator.migrate(TenantStore.SCHEMA, bundleContext.getBundle());
        // Attempts this node had claimed before a restart are not in flight any more.
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("update DeliveryEntity d set d.claimedBy = null,"
                + " d.claimedUntil = null where d.claimedBy = :node").setParameter("node", node).executeUpdate());
    }

    /**
     * Stores new deliveries in the caller's transaction when there is one (a module's write): they
     * commit or roll back with the change that caused them.
     */
    void insert(List<DeliveryEntity> deliveries) {
        jpa.tx(TransactionType.Required, em -> {
            deliveries.forEach(em::persist);
            em.flush();
        });
    }

    /** Claims up to {@code max} due deliveries for these endpoints; what another node claimed first is skipped. */
    List<DeliveryEntity> claim(Collection<String> endpoints, int max, Duration lease) {
        if (endpoints.isEmpty() || max <= 0) {
            return List.of();
        }
        LocalDateTime now = UtcTimes.now();
        List<String> candidates = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery(
                        "select d.id from DeliveryEntity d where d.state = :pending and d.nextAttemptAt <= :now"
                                + " and (d.claimedUntil is null or d.claimedUntil < :now) and d.endpoint in :endpoints"
                                + " order by d.nextAttemptAt", String.class)
                .setParameter("pending", DeliveryState.PENDING).setParameter("now", now)
                .setParameter("endpoints", List.copyOf(endpoints)).setMaxResults(max).getResultList());
        List<DeliveryEntity> claimed = new ArrayList<>();
        for (String id : candidates) {
            DeliveryEntity d = jpa.txExpr(TransactionType.RequiresNew, em -> {
                int changed = em.createQuery("update DeliveryEntity d set d.claimedBy = :node, d.claimedUntil = :until"
                                + " where d.id = :id and d.state = :pending and d.nextAttemptAt <= :now"
                                + " and (d.claimedUntil is null or d.claimedUntil < :now)")
                        .setParameter("node", node).setParameter("until", now.plus(lease)).setParameter("id", id)
                        .setParameter("pending", DeliveryState.PENDING).setParameter("now", now).executeUpdate();
                return changed == 1 ? em.find(DeliveryEntity.class, id) : null;
            });
            if (d != null) {
                claimed.add(d);
            }
        }
        return claimed;
    }

    /**
     * Records an attempt and frees the claim: {@code next} is the next attempt's time, or null for
     * none; a 2xx status makes it DELIVERED.
     */
    void attempted(String id, int attempts, Integer status, String error, boolean delivered, LocalDateTime next) {
        LocalDateTime now = UtcTimes.now();
        DeliveryState state = delivered ? DeliveryState.DELIVERED : next == null ? DeliveryState.FAILED : DeliveryState.PENDING;
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("update DeliveryEntity d set d.state = :state,"
                        + " d.attempts = :attempts, d.lastStatus = :status, d.lastError = :error, d.lastAttemptAt = :now,"
                        + " d.deliveredAt = :deliveredAt, d.nextAttemptAt = :next, d.claimedBy = null, d.claimedUntil = null"
                        + " where d.id = :id and d.claimedBy = :node")
                .setParameter("state", state).setParameter("attempts", attempts).setParameter("status", status)
                .setParameter("error", cut(error)).setParameter("now", now)
                .setParameter("deliveredAt", delivered ? now : null).setParameter("next", next == null ? now : next)
                .setParameter("id", id).setParameter("node", node).executeUpdate());
    }

    /** Gives a claimed delivery back untouched (its endpoint went away meanwhile). */
    void release(String id) {
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("update DeliveryEntity d set d.claimedBy = null,"
                + " d.claimedUntil = null where d.id = :id and d.claimedBy = :node")
                .setParameter("id", id).setParameter("node", node).executeUpdate());
    }

    /** A FAILED delivery is due again now; @return false when it is not FAILED (or not there). */
    boolean retry(String id) {
        int changed = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery("update DeliveryEntity d"
                        + " set d.state = :pending, d.nextAttemptAt = :now, d.claimedBy = null, d.claimedUntil = null"
                        + " where d.id = :id and d.state = :failed")
                .setParameter("pending", DeliveryState.PENDING).setParameter("now", UtcTimes.now())
                .setParameter("id", id).setParameter("failed", DeliveryState.FAILED).executeUpdate());
        return changed == 1;
    }

    int purge(Duration keepDelivered, Duration keepFailed) {
        LocalDateTime now = UtcTimes.now();
        return jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery("delete from DeliveryEntity d where"
                        + " (d.state = :delivered and d.deliveredAt < :deliveredBefore)"
                        + " or (d.state = :failed and d.lastAttemptAt < :failedBefore)")
                .setParameter("delivered", DeliveryState.DELIVERED).setParameter("deliveredBefore", now.minus(keepDelivered))
                .setParameter("failed", DeliveryState.FAILED).setParameter("failedBefore", now.minus(keepFailed))
                .executeUpdate());
    }

    Optional<DeliveryEntity> find(String id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(DeliveryEntity.class, id)));
    }

    /** Filters of the operators' list; {@code tenantsIn} restricts to those tenants (null: no restriction). */
    record DeliveryQuery(String tenant, Set<String> tenantsIn, DeliveryState state, String type) {
    }

    Page<DeliveryEntity> find(DeliveryQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            QueryFilter filter = new QueryFilter().equal("d.tenant", "tenant", query.tenant())
                    .in("d.tenant", "tenantsIn", query.tenantsIn()).equal("d.state", "state", query.state())
                    .equal("d.type", "type", query.type());
            TypedQuery<DeliveryEntity> select = filter.bind(em.createQuery("select d from DeliveryEntity d" + filter.where()
                    + " order by d.createdAt " + (page.descending() ? "desc" : "asc") + ", d.id", DeliveryEntity.class));
            TypedQuery<Long> count = filter.bind(em.createQuery("select count(d) from DeliveryEntity d" + filter.where(), Long.class));
            List<DeliveryEntity> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    static String cut(String text) {
        return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }
}
