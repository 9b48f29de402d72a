package org.smartjustice.supervision.internal.screening;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.Like;
import org.smartjustice.platform.api.persistence.QueryFilter;
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
        QueryFilter where = new QueryFilter().always("e.id = s.eventRef").equal("s.status", "status", filter.status())
                .when("s.ruleIds like :rule escape '\\'", "rule", filter.ruleId() == null ? null : Like.containing(filter.ruleId()))
                .in("e.categoryCode", "categories", filter.categories() == null || filter.categories().isEmpty() ? null : filter.categories())
                .equal("e.departmentOrg", "org", filter.org()).equal("e.street", "street", filter.street())
                .when("e.reportedAt >= :from", "from", filter.from()).when("e.reportedAt < :to", "to", filter.to());
        String field = paging.sortField().equals("reportedAt") ? "e.reportedAt" : "s." + paging.sortField();
        String order = field + (paging.descending() ? " desc" : "") + ", s.id";
        return jpa.read(em -> where.page(em, "s", "ScreeningEntity s, EventEntity e", ScreeningEntity.class, order, paging));
    }
}
