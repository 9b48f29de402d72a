package org.smartjustice.venues.internal.venues;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.aries.jpa.template.EmFunction;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.venues.api.VenueQuery;

/** The venue table of the current tenant: queries and writes, all through the platform's {@link TenantPersistence}. */
@Component(service = VenueStore.class)
public class VenueStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-venues)")
    private TenantPersistence jpa;

    @Reference
    private TenantContext context;

    /**
     * What each tenant's venues have been through ({@link Changes}). Every map request and every
     * kept answer asks for it, and it is a scan of the tenant's venues; writes here forget it at
     * once, changes made elsewhere (another node, a database console) show within a second.
     */
    private final Cache<String, Changes> changes = Caffeine.newBuilder()
            .expireAfterWrite(CHANGES_TTL).maximumSize(1000).build();

    /**
     * The number of venues a filter matches, by tenant, revision and filter: paging through a list
     * would count the same rows again for every page. A new revision makes the old counts unreachable.
     */
    private final Cache<String, Long> counts = Caffeine.newBuilder().maximumSize(10_000).build();

    /**
     * What the tenant's venues have been through: the last change's time, and, since that alone
     * misses two changes in one clock tick or commits out of stamping order, their number and the
     * sum of their versions (every update raises a version, every insert the number).
     */
    /** The tenant's venues, in every state. */
    public long count() {
        return jpa.read(em -> em.createQuery("select count(v) from VenueEntity v", Long.class).getSingleResult());
    }

    record Changes(LocalDateTime last, long count, long versions) {

        String revision() {
            return (last == null ? "-" : last.toString()) + "/" + count + "/" + versions;
        }
    }

    static final Duration CHANGES_TTL = Duration.ofSeconds(1);

    <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    <R> R write(EmFunction<R> work) {
        String tenant = context.requireTenant();
        try {
            return jpa.write(work);
        } finally {
            changes.invalidate(tenant);
        }
    }

    Optional<VenueEntity> find(String id) {
        return Optional.ofNullable(jpa.read(em -> em.find(VenueEntity.class, id)));
    }

    record Found(List<VenueEntity> items, long total) {
    }

    Found list(VenueQuery query, String sortField, boolean descending) {
        VenueFilter filter = VenueFilter.of(query);
        String order = " order by v." + sortField + (descending ? " desc" : "") + ", v.id";
        // Read before the rows, so that a count is never kept under a revision newer than it.
        String countKey = context.requireTenant() + "|" + changes().revision() + "|" + filterKey(query);
        return jpa.read(em -> {
            List<VenueEntity> items = readOnly(filter.bind(em.createQuery(
                    "select v from VenueEntity v" + filter.where() + order, VenueEntity.class)))
                    .setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
            OptionalLong known = totalOfPage(query.offset(), query.limit(), items.size());
            long total = known.isPresent() ? known.getAsLong() : counts.get(countKey, k -> filter.bind(
                    em.createQuery("select count(v) from VenueEntity v" + filter.where(), Long.class)).getSingleResult());
            return new Found(items, total);
        });
    }

    /**
     * The filters of a query without its page, canonical: in a fixed order (the query's sets keep
     * none) and with the free text last.
     */
    static String filterKey(VenueQuery query) {
        return new TreeSet<>(query.types()) + "|" + new TreeSet<>(query.statuses()) + "|" + query.streetCode() + "|"
                + Arrays.toString(query.bbox()) + "|" + query.text();
    }

    /** A page that is neither empty nor full tells the total by itself; otherwise it must be counted. */
    static OptionalLong totalOfPage(int offset, int limit, int found) {
        return found > 0 && found < limit ? OptionalLong.of((long) offset + found) : OptionalLong.empty();
    }

    /**
     * Lists are only read and turned into views: EclipseLink need not keep a working copy of each
     * row for change tracking, which was a tenth of a list request's time.
     */
    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(QueryHints.READ_ONLY, HintValues.TRUE);
    }

    record Near(VenueEntity venue, double meters) {
    }

    /**
     * The nearest venues: look in a box around the point and widen it until it holds enough
     * venues within the box's inner radius, so the answer is exact without database-specific
     * distance functions.
     */
    List<Near> nearest(VenueQuery query, double lon, double lat, int limit, double[] outerBounds) {
        LonLat from = new LonLat(lon, lat);
        return jpa.read(em -> {
            double radius = 1000;
            while (true) {
                double[] box = Geo.box(lon, lat, radius);
                boolean coversAll = Geo.covers(box, outerBounds);
                List<Point> near = new ArrayList<>();
                for (Object[] p : pointsInBox(em, query, coversAll ? null : box)) {
                    double d = from.metersTo(new LonLat((Double) p[1], (Double) p[2]));
                    if (coversAll || d <= radius) {
                        near.add(new Point((String) p[0], d));
                    }
                }
                if (near.size() >= limit || coversAll) {
                    near.sort(Comparator.comparingDouble(Point::meters).thenComparing(Point::id));
                    return withVenues(em, near.subList(0, Math.min(limit, near.size())));
                }
                radius *= 3;
            }
        });
    }

    private record Point(String id, double meters) {
    }

    /** Where the candidates are: only id and position, so a wide box reads little. */
    private static List<Object[]> pointsInBox(EntityManager em, VenueQuery query, double[] box) {
        VenueQuery boxed = new VenueQuery(query.types(), query.statuses(), query.streetCode(), query.text(), box, 0,
                Integer.MAX_VALUE);
        VenueFilter filter = VenueFilter.of(boxed);
        return filter.bind(em.createQuery("select v.id, v.lon, v.lat from VenueEntity v" + filter.where(), Object[].class))
                .getResultList();
    }

    /** The whole venues of the nearest points, in the points' order. */
    private static List<Near> withVenues(EntityManager em, List<Point> points) {
        Map<String, VenueEntity> byId = new HashMap<>();
        for (int from = 0; from < points.size(); from += ID_BATCH) {
            List<String> ids = points.subList(from, Math.min(points.size(), from + ID_BATCH)).stream().map(Point::id).toList();
            readOnly(em.createQuery("select v from VenueEntity v where v.id in :ids", VenueEntity.class))
                    .setParameter("ids", ids).getResultList().forEach(v -> byId.put(v.id(), v));
        }
        List<Near> near = new ArrayList<>(points.size());
        for (Point p : points) {
            VenueEntity v = byId.get(p.id());
            if (v != null) {
                near.add(new Near(v, p.meters()));
            }
        }
        return near;
    }

    /** Ids per IN list: well below the bind parameter limits of the databases. */
    private static final int ID_BATCH = 1000;

    List<VenueEntity> byNaturalKeys(EntityManager em, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from VenueEntity v where v.naturalKey in :keys", VenueEntity.class)
                .setParameter("keys", List.copyOf(keys)).getResultList();
    }

    Optional<VenueEntity> byNaturalKey(EntityManager em, String key) {
        return byNaturalKeys(em, List.of(key)).stream().findFirst();
    }

    Changes changes() {
        return changes.get(context.requireTenant(), tenant -> jpa.read(em -> {
            Object[] r = em.createQuery("select max(v.updatedAt), count(v), sum(v.version) from VenueEntity v",
                    Object[].class).getSingleResult();
            return new Changes((LocalDateTime) r[0], ((Number) r[1]).longValue(),
                    r[2] == null ? 0 : ((Number) r[2]).longValue());
        }));
    }
}
