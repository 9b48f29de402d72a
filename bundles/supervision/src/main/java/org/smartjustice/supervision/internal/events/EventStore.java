package org.smartjustice.supervision.internal.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** Every query of the tenant's grid events; the platform filters and stamps the tenant. */
@Component(service = EventStore.class)
public class EventStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-supervision)")
    private TenantPersistence jpa;

    /** What a list asks for; null or empty is no filter. Times UTC, {@code to} exclusive. */
    public record Filter(String eventId, List<String> categories, String org, String street, EventStep state,
                         LocalDateTime from, LocalDateTime to) {
    }

    <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    Optional<EventEntity> find(String id) {
        return jpa.find(EventEntity.class, id);
    }

    static EventEntity byKey(EntityManager em, String source, String eventId) {
        return em.createQuery("select e from EventEntity e where e.source = :s and e.eventId = :i", EventEntity.class)
                .setParameter("s", source).setParameter("i", eventId).getResultList().stream().findFirst().orElse(null);
    }

    Optional<EventEntity> byKey(String source, String eventId) {
        return Optional.ofNullable(jpa.read(em -> byKey(em, source, eventId)));
    }

    /** The stored versions of an event, oldest first, without their bodies. */
    List<Object[]> versions(String eventRef) {
        return jpa.read(em -> em.createQuery("select v.eventVersion, v.channel, v.receivedAt from EventVersionEntity v"
                + " where v.eventRef = :e order by v.eventVersion", Object[].class).setParameter("e", eventRef).getResultList());
    }

    Page<EventEntity> list(Filter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.eventId() != null) {
            where.add("e.eventId = :eventId");
            params.put("eventId", filter.eventId());
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
        if (filter.state() != null) {
            where.add("e.state = :state");
            params.put("state", filter.state());
        }
        if (filter.from() != null) {
            where.add("e.reportedAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.reportedAt < :to");
            params.put("to", filter.to());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = " order by e." + paging.sortField() + (paging.descending() ? " desc" : "") + ", e.id";
        return jpa.read(em -> {
            TypedQuery<EventEntity> rows = em.createQuery("select e from EventEntity e" + clause + order, EventEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(e) from EventEntity e" + clause, Long.class);
            params.forEach((k, v) -> {
                rows.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<EventEntity> items = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            return new Page<>(items, count.getSingleResult(), paging.page(), paging.size());
        });
    }
}
