package org.smartjustice.platform.internal.schedules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.context.Node;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * The schedule table. A run is claimed with one conditional update (due, and no live claim), so of
 * several nodes exactly one gets it; the claim is a lease that the running node renews, so a node
 * that dies mid-run leaves a lease that expires and another node runs the period again.
 */
@Component(service = ScheduleStore.class)
public class ScheduleStore {

    /** How long a claim holds without renewal; the running node renews it every {@link #RENEW_SECONDS} s. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int RENEW_SECONDS = 30;
    static final int MESSAGE_MAX = 1000;
    static final String SUCCESS = "success";
    static final String FAILURE = "failure";
    private static final Logger LOG = Logger.getLogger(ScheduleStore.class.getName());

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    final String node = Node.ID;

    @Activate
    void activate(BundleContext bundleContext) {
        migrator.migrate(TenantStore.SCHEMA, bundleContext.getBundle());
        // What this node had claimed before a restart is not running any more: due again at once.
        int freed = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery(
                        "update ScheduleEntity s set s.claimedBy = null, s.claimedUntil = null where s.claimedBy = :node")
                .setParameter("node", node).executeUpdate());
        if (freed > 0) {
            LOG.info(() -> freed + " schedule claim(s) of this node freed after a restart");
        }
    }

    /**
     * Stores the schedule if it is new (first run one period from now) or adjusts its next run to a
     * changed period. Two nodes registering at once: the loser's insert fails on the key and the
     * retry finds the winner's row.
     */
    void register(String name, long periodSeconds) {
        try {
            upsert(name, periodSeconds);
        } catch (RuntimeException first) {
            upsert(name, periodSeconds);
        }
    }

    private void upsert(String name, long periodSeconds) {
        LocalDateTime now = UtcTimes.now();
        jpa.tx(TransactionType.RequiresNew, em -> {
            ScheduleEntity s = em.find(ScheduleEntity.class, name);
            if (s == null) {
                s = new ScheduleEntity();
                s.name = name;
                s.periodSeconds = periodSeconds;
                s.nextRunAt = now.plusSeconds(periodSeconds);
                s.createdAt = now;
                em.persist(s);
            } else if (s.periodSeconds != periodSeconds) {
                s.nextRunAt = Timetable.onRegistration(s.nextRunAt, s.periodSeconds, s.lastStartedAt, periodSeconds, now);
                s.periodSeconds = periodSeconds;
            }
            em.flush();
        });
    }

    /** Of these schedules, the ones due now with no live claim (candidates: the claim decides). */
    List<String> due(Collection<String> names, LocalDateTime now) {
        if (names.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery("select s.name from ScheduleEntity s"
                        + " where s.name in :names and s.nextRunAt <= :now"
                        + " and (s.claimedUntil is null or s.claimedUntil < :now)", String.class)
                .setParameter("names", List.copyOf(names)).setParameter("now", now).getResultList());
    }

    /** True when this node got the run: exactly one row changed under the condition. */
    boolean claim(String name, LocalDateTime now) {
        int changed = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery("update ScheduleEntity s"
                        + " set s.claimedBy = :node, s.claimedUntil = :until, s.lastStartedAt = :now"
                        + " where s.name = :name and s.nextRunAt <= :now"
                        + " and (s.claimedUntil is null or s.claimedUntil < :now)")
                .setParameter("node", node).setParameter("until", now.plus(LEASE)).setParameter("now", now)
                .setParameter("name", name).executeUpdate());
        return changed == 1;
    }

    void renew(Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("update ScheduleEntity s set s.claimedUntil = :until"
                        + " where s.name in :names and s.claimedBy = :node")
                .setParameter("until", UtcTimes.now().plus(LEASE)).setParameter("names", List.copyOf(names))
                .setParameter("node", node).executeUpdate());
    }

    /**
     * Records a finished run and frees the claim, if this node still holds it (a lease lost to
     * another node while the run hung belongs to that node's run now).
     */
    void finish(String name, LocalDateTime started, String outcome, String message) {
        LocalDateTime now = UtcTimes.now();
        jpa.tx(TransactionType.RequiresNew, em -> {
            ScheduleEntity s = em.find(ScheduleEntity.class, name);
            if (s == null || !node.equals(s.claimedBy)) {
                LOG.warning(() -> "schedule " + name + ": the claim was lost while it ran; its outcome is not recorded");
                return;
            }
            s.nextRunAt = Timetable.nextAfter(started, s.periodSeconds, now);
            s.lastFinishedAt = now;
            s.lastOutcome = outcome;
            s.lastMessage = Timetable.cut(message, MESSAGE_MAX);
            s.runs++;
            s.claimedBy = null;
            s.claimedUntil = null;
        });
    }

    /** Frees the claim of a run that did not end (its module stopped): the period stays due. */
    void release(String name, String message) {
        LocalDateTime now = UtcTimes.now();
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("update ScheduleEntity s set s.claimedBy = null,"
                        + " s.claimedUntil = null, s.lastFinishedAt = :now, s.lastOutcome = :outcome, s.lastMessage = :message"
                        + " where s.name = :name and s.claimedBy = :node")
                .setParameter("now", now).setParameter("outcome", FAILURE)
                .setParameter("message", Timetable.cut(message, MESSAGE_MAX)).setParameter("name", name)
                .setParameter("node", node).executeUpdate());
    }

    /** @return false when no such schedule is stored */
    boolean runSoon(String name) {
        int changed = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery(
                        "update ScheduleEntity s set s.nextRunAt = :now where s.name = :name")
                .setParameter("now", UtcTimes.now()).setParameter("name", name).executeUpdate());
        return changed == 1;
    }

    List<ScheduleEntity> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select s from ScheduleEntity s order by s.name", ScheduleEntity.class).getResultList());
    }
}
