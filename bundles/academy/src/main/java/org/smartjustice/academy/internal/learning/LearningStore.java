package org.smartjustice.academy.internal.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** The learning records of the current tenant: every query of the learning concern. */
@Component(service = LearningStore.class)
public class LearningStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-academy)")
    private TenantPersistence jpa;

    public <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    /** A learner's record of an item, if they ever reported on it. */
    static Optional<LearningEntity> find(EntityManager em, String learner, String itemId) {
        return em.createQuery("select l from LearningEntity l where l.learner = :me and l.itemId = :item", LearningEntity.class)
                .setParameter("me", learner).setParameter("item", itemId).getResultList().stream().findFirst();
    }

    /** The learner's latest report on any other item (one person, one clock), or null. */
    static java.time.LocalDateTime lastReportElsewhere(EntityManager em, String learner, String itemId) {
        return em.createQuery("select max(l.lastAt) from LearningEntity l where l.learner = :me and l.itemId <> :item",
                java.time.LocalDateTime.class).setParameter("me", learner).setParameter("item", itemId).getSingleResult();
    }

    /** A learner's records, the latest first. */
    public List<LearningEntity> of(String learner) {
        return jpa.read(em -> em.createQuery("select l from LearningEntity l where l.learner = :me order by l.lastAt desc, l.id",
                LearningEntity.class).setParameter("me", learner).getResultList());
    }

    /** Per learner (one, or every one when null): learner, name, seconds, items, completed, mean quiz score. */
    public List<Object[]> totals(String learner) {
        return jpa.read(em -> {
            var q = em.createQuery("select l.learner, max(l.learnerName), sum(l.seconds), count(l), count(l.completedAt),"
                    + " avg(l.quizScore) from LearningEntity l" + (learner == null ? "" : " where l.learner = :who")
                    + " group by l.learner order by l.learner", Object[].class);
            if (learner != null) {
                q.setParameter("who", learner);
            }
            return q.getResultList();
        });
    }

    /** Seconds per learner, for the given learners (those with no record are left out). */
    public List<Object[]> secondsOf(Collection<String> learners) {
        return jpa.read(em -> em.createQuery("select l.learner, sum(l.seconds) from LearningEntity l where l.learner in :ids"
                + " group by l.learner", Object[].class).setParameter("ids", learners).getResultList());
    }
}
