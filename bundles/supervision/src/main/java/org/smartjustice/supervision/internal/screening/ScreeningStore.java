package org.smartjustice.supervision.internal.screening;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.Like;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** Every query of the screening queue; the events' own columns filter it through a join. */
@Component(service = ScreeningStore.class)
public class ScreeningStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-supervision)")
    private TenantPersistence jpa;

    /** What a list asks for; null or empty is no filter. Times UTC, {@code to} exclusive. */
    public record Filter(ScreeningStatus status, String ruleId, List<String> categories, String org, String street,
                         LocalDateTime from, LocalDateTime to) {
    }

    <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    Optional<ScreeningEntity> find(String id) {
        return jpa.find(ScreeningEntity.class, id);
    }

    /** The screenings of these events, by event id. */
    static Map<String, ScreeningEntity> byEvents(EntityManager em, Collection<String> eventRefs) {
        Map<String, ScreeningEntity> found = new HashMap<>();
        if (!eventRefs.isEmpty()) {
            em.createQuery("select s from ScreeningEntity s where s.eventRef in :refs", ScreeningEntity.class)
                    .setParameter("refs", eventRefs).getResultList().forEach(s -> found.put(s.eventRef, s));
        }
        return found;
    }

    /** The screening of one event, if a rule took it. */
    Optional<ScreeningEntity> byEvent(String eventRef) {
        return jpa.read(em -> byEvents(em, List.of(eventRef)).values().stream().findFirst());
    }

    Page<ScreeningEntity> list(Filter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("e.id = s.eventRef");
        if (filter.status() != null) {
            where.add("s.status = :status");
            params.put("status", filter.status());
        }
        if (filter.ruleId() != null) {
            where.add("s.ruleIds like :rule escape '\\'");
            params.put("rule", Like.containing(filter.ruleId()));
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            where.add("e.categoryCode in :categories");
            params.put("categories", filter.categories());
        }
        if (filter.org() != null) {
            where.add("e.departmentOrg = :org");
            params.put("org", filter.org());
        }
        if (filter.street() != null) {
            where.add("e.street = :street");
            params.put("street", filter.street());
        }
        if (filter.from() != null) {
            where.add("e.reportedAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.reportedAt < :to");
            params.put("to", filter.to());
        }
        String clause = " where " + String.join(" and ", where);
        String field = paging.sortField().equals("reportedAt") ? "e.reportedAt" : "s." + paging.sortField();
        String order = " order by " + field + (paging.descending() ? " desc" : "") + ", s.id";
        return jpa.read(em -> {
            TypedQuery<ScreeningEntity> rows = em.createQuery("select s from ScreeningEntity s, EventEntity e" + clause + order,
                    ScreeningEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(s) from ScreeningEntity s, EventEntity e" + clause, Long.class);
            params.forEach((k, v) -> {
                rows.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<ScreeningEntity> items = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            return new Page<>(items, count.getSingleResult(), paging.page(), paging.size());
        });
    }
}
