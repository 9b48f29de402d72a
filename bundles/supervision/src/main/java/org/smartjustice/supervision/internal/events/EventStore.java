package org.smartjustice.supervision.internal.events;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.QueryFilter;
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

    /** A stored version that screening has not taken yet. */
    public record Due(EventVersionEntity row) {

        public String eventRef() {
            return row.eventRef;
        }

        /** Marks the version screened: in the screening's transaction, so that it is screened once. */
        public void screened(LocalDateTime at) {
            row.screenedAt = at;
        }
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

    /** The stored events of one source with these host ids, by host id. */
    static Map<String, EventEntity> byKeys(EntityManager em, String source, Collection<String> eventIds) {
        Map<String, EventEntity> found = new HashMap<>();
        em.createQuery("select e from EventEntity e where e.source = :s and e.eventId in :ids", EventEntity.class)
                .setParameter("s", source).setParameter("ids", eventIds).getResultList().forEach(e -> found.put(e.eventId, e));
        return found;
    }

    Optional<EventEntity> byKey(String source, String eventId) {
        return Optional.ofNullable(jpa.read(em -> byKey(em, source, eventId)));
    }

    /** The stored versions of an event, oldest first, without their bodies. */
    List<Object[]> versions(String eventRef) {
        return jpa.read(em -> em.createQuery("select v.eventVersion, v.channel, v.receivedAt from EventVersionEntity v"
                + " where v.eventRef = :e order by v.eventVersion", Object[].class).setParameter("e", eventRef).getResultList());
    }

    /** Stored versions not screened yet, at most {@code limit}. */
    public static List<Due> due(EntityManager em, int limit) {
        // In no order: every due version is taken in the end, and an order made the embedded database read and
        // sort the whole backlog for each batch instead of stopping at the limit.
        return em.createQuery("select v from EventVersionEntity v where v.screenedAt is null", EventVersionEntity.class)
                .setMaxResults(limit).getResultList().stream().map(Due::new).toList();
    }

    /** Whether any stored version waits for screening (for operators and tests). */
    public long dueCount() {
        return jpa.read(em -> em.createQuery("select count(v) from EventVersionEntity v where v.screenedAt is null", Long.class)
                .getSingleResult());
    }

    /** The events with these ids as readers see them (reporter masked), by id. */
    public static Map<String, EventView> views(EntityManager em, Collection<String> ids) {
        Map<String, EventView> views = new HashMap<>();
        if (ids.isEmpty()) {
            return views;
        }
        em.createQuery("select e from EventEntity e where e.id in :ids", EventEntity.class).setParameter("ids", ids)
                .getResultList().forEach(e -> views.put(e.id(), EventView.of(e)));
        return views;
    }

    /** One event as readers see it, with its timeline. */
    public static Optional<EventView> viewWithTimeline(EntityManager em, String id) {
        EventEntity e = em.find(EventEntity.class, id);
        return Optional.ofNullable(e == null ? null : EventView.of(e, EventView.timeline(e), null));
    }

    /**
     * The events reported in {@code [from, to)}, newest first, a page at a time (a dry run reads a month
     * of a district's events this way).
     */
    public static List<EventView> reportedBetween(EntityManager em, LocalDateTime from, LocalDateTime to, int offset, int limit) {
        return em.createQuery("select e from EventEntity e where e.reportedAt >= :from and e.reportedAt < :to"
                        + " order by e.reportedAt desc, e.id", EventEntity.class)
                .setParameter("from", from).setParameter("to", to).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(EventView::of).toList();
    }

    /**
     * How many events of one handling department and category were reported in one place (the community,
     * else the street) in {@code [from, to]}.
     */
    public static long repeats(EntityManager em, String org, String category, String community, String street,
                               LocalDateTime from, LocalDateTime to) {
        String place = community != null ? "e.community = :place" : "e.street = :place";
        return em.createQuery("select count(e) from EventEntity e where e.departmentOrg = :org and e.categoryCode = :category and "
                        + place + " and e.reportedAt >= :from and e.reportedAt <= :to", Long.class)
                .setParameter("org", org).setParameter("category", category)
                .setParameter("place", community != null ? community : street)
                .setParameter("from", from).setParameter("to", to)
                // Counted among stored events: the screening batch's own pending writes need no flush first
                // (a flush before every count compared every managed entity of the batch).
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    Page<EventEntity> list(Filter filter, PageRequest paging) {
        QueryFilter where = new QueryFilter().equal("e.eventId", "eventId", filter.eventId())
                .in("e.categoryCode", "categories", filter.categories() == null || filter.categories().isEmpty() ? null : filter.categories())
                .equal("e.departmentOrg", "org", filter.org()).equal("e.street", "street", filter.street())
                .equal("e.state", "state", filter.state())
                .when("e.reportedAt >= :from", "from", filter.from()).when("e.reportedAt < :to", "to", filter.to());
        String order = "e." + paging.sortField() + (paging.descending() ? " desc" : "") + ", e.id";
        return jpa.read(em -> where.page(em, "e", "EventEntity e", EventEntity.class, order, paging));
    }
}
