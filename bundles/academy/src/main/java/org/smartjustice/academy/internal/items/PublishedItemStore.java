package org.smartjustice.academy.internal.items;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * The queries of what a tenant's users and public see: its own published items in effect, and —
 * in a district — the city's, read as the city (never by lifting the tenant filter), less those it hid.
 */
@Component(service = PublishedItemStore.class)
public class PublishedItemStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-academy)")
    private TenantPersistence jpa;

    @Reference
    private TenantContext context;

    @Reference
    private ContentRevision revision;

    /** Filters of a board or of the policy area; null means any. */
    public record Filter(Audience audience, Topic topic, ContentKind kind) {
    }

    /** One published item and whether it is the city's. */
    public record Found(ItemEntity item, boolean city) {
    }

    public Page<Found> page(Filter filter, PageRequest page) {
        LocalDate today = LocalDate.now(UtcTimes.DISPLAY_ZONE);
        int wanted = page.offset() + page.size();
        List<Found> merged = new ArrayList<>();
        long total = jpa.read(em -> {
            merged.addAll(query(em, filter, today, Set.of(), wanted).stream().map(i -> new Found(i, false)).toList());
            return count(em, filter, today, Set.of());
        });
        if (isDistrict()) {
            Set<String> hidden = hidden();
            total += jpa.readAsCity(em -> {
                merged.addAll(query(em, filter, today, hidden, wanted).stream().map(i -> new Found(i, true)).toList());
                return count(em, filter, today, hidden);
            });
        }
        merged.sort(Comparator.comparing((Found f) -> f.item().publishedAt).reversed().thenComparing(f -> f.item().id()));
        int from = Math.min(page.offset(), merged.size());
        int to = Math.min(from + page.size(), merged.size());
        return new Page<>(List.copyOf(merged.subList(from, to)), total, page.page(), page.size());
    }

    /** Counts of published items in effect per audience and per topic (both boards and the policy area). */
    public Map<String, Long> counts() {
        LocalDate today = LocalDate.now(UtcTimes.DISPLAY_ZONE);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Audience a : Audience.values()) {
            counts.put(a.name(), total(new Filter(a, null, null), today));
        }
        for (Topic t : Topic.values()) {
            counts.put(t.name(), total(new Filter(null, t, null), today));
        }
        return counts;
    }

    private long total(Filter filter, LocalDate today) {
        long own = jpa.read(em -> count(em, filter, today, Set.of()));
        if (!isDistrict()) {
            return own;
        }
        Set<String> hidden = hidden();
        return own + jpa.readAsCity(em -> count(em, filter, today, hidden));
    }

    /** A published item in effect that the tenant shows, with its published version. */
    public Optional<Map.Entry<Found, VersionEntity>> item(String id) {
        LocalDate today = LocalDate.now(UtcTimes.DISPLAY_ZONE);
        Optional<Map.Entry<Found, VersionEntity>> own = jpa.read(em -> visible(em, id, today, false));
        if (own.isPresent() || !isDistrict() || hidden().contains(id)) {
            return own;
        }
        return jpa.readAsCity(em -> visible(em, id, today, true));
    }

    /** A published item a learner can read: its title and whether it is the city's. */
    public record Readable(String id, String title, boolean city) {
    }

    public Optional<Readable> readable(String id) {
        return item(id).map(e -> new Readable(id, e.getValue().title, e.getKey().city()));
    }

    /** Whose item it is, as seen by this tenant: its own, or the city's (for a district). */
    public boolean isDistrict() {
        return !Tenant.CITY.equals(context.requireTenant());
    }

    private record KeptHidden(Set<String> ids, long changes, long at) {
    }

    private final Map<String, KeptHidden> hidden = new java.util.concurrent.ConcurrentHashMap<>();

    /** The city items this district hides; read again after a change on this node, else once a second. */
    public Set<String> hidden() {
        String tenant = context.requireTenant();
        long seen = revision.changes();
        long now = System.currentTimeMillis();
        KeptHidden k = hidden.get(tenant);
        if (k != null && k.changes() == seen && now - k.at() < ContentRevision.FRESH_MILLIS) {
            return k.ids();
        }
        Set<String> ids = jpa.read(ItemStore::hiddenIds);
        hidden.put(tenant, new KeptHidden(ids, seen, now));
        return ids;
    }

    /** Changes with any write of the tenant's or the city's items, of what the tenant hid, and with the day. */
    public String revision() {
        return revision.current(isDistrict());
    }

    private static Optional<Map.Entry<Found, VersionEntity>> visible(EntityManager em, String id, LocalDate today, boolean city) {
        ItemEntity i = em.find(ItemEntity.class, id);
        if (i == null || i.state != ItemState.PUBLISHED || !inEffect(i, today)) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(new Found(i, city), ItemStore.version(em, i, i.publishedNo)));
    }

    static boolean inEffect(ItemEntity i, LocalDate today) {
        return (i.effectiveFrom == null || !i.effectiveFrom.isAfter(today)) && (i.expiresOn == null || !i.expiresOn.isBefore(today));
    }

    private static List<ItemEntity> query(EntityManager em, Filter f, LocalDate today, Set<String> hidden, int max) {
        TypedQuery<ItemEntity> q = em.createQuery("select i from ItemEntity i" + where(f, hidden)
                + " order by i.publishedAt desc, i.id", ItemEntity.class);
        bind(q, f, today, hidden);
        return q.setMaxResults(max).getResultList();
    }

    private static long count(EntityManager em, Filter f, LocalDate today, Set<String> hidden) {
        TypedQuery<Long> q = em.createQuery("select count(i) from ItemEntity i" + where(f, hidden), Long.class);
        bind(q, f, today, hidden);
        return q.getSingleResult();
    }

    private static String where(Filter f, Set<String> hidden) {
        StringBuilder w = new StringBuilder(" where i.state = :published"
                + " and (i.effectiveFrom is null or i.effectiveFrom <= :today) and (i.expiresOn is null or i.expiresOn >= :today)");
        if (f.audience() != null) {
            w.append(" and i.audiences like :audience");
        }
        if (f.topic() != null) {
            w.append(" and i.topics like :topic");
        }
        if (f.kind() != null) {
            w.append(" and i.kind = :kind");
        }
        if (!hidden.isEmpty()) {
            w.append(" and i.id not in :hidden");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, Filter f, LocalDate today, Set<String> hidden) {
        q.setParameter("published", ItemState.PUBLISHED).setParameter("today", today);
        if (f.audience() != null) {
            q.setParameter("audience", "%|" + f.audience().name() + "|%");
        }
        if (f.topic() != null) {
            q.setParameter("topic", "%|" + f.topic().name() + "|%");
        }
        if (f.kind() != null) {
            q.setParameter("kind", f.kind());
        }
        if (!hidden.isEmpty()) {
            q.setParameter("hidden", hidden);
        }
    }
}
