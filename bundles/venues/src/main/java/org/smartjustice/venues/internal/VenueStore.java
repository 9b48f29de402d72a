package org.smartjustice.venues.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.TenantJpa;
import org.smartjustice.venues.api.VenueQuery;

/** The venue table of the current tenant: queries and writes, all through {@link TenantJpa}. */
@Component(service = VenueStore.class)
public class VenueStore {

    static final String SCHEMA = "venues";

    @Reference(target = "(osgi.unit.name=justice-venues)")
    private JpaTemplate template;

    @Reference
    private TenantContext context;

    @Reference
    private SchemaMigrator migrator;

    private TenantJpa jpa;

    @Activate
    void activate(BundleContext bundleContext) {
        migrator.migrate(SCHEMA, bundleContext.getBundle());
        jpa = new TenantJpa(template, context);
    }

    <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    Optional<VenueEntity> find(String id) {
        return Optional.ofNullable(jpa.read(em -> em.find(VenueEntity.class, id)));
    }

    record Found(List<VenueEntity> items, long total) {
    }

    Found list(VenueQuery query, String sortField, boolean descending) {
        VenueFilter filter = VenueFilter.of(query);
        String order = " order by v." + sortField + (descending ? " desc" : "") + ", v.id";
        return jpa.read(em -> {
            List<VenueEntity> items = filter.bind(em.createQuery("select v from VenueEntity v" + filter.where() + order,
                    VenueEntity.class)).setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
            long total = filter.bind(em.createQuery("select count(v) from VenueEntity v" + filter.where(), Long.class))
                    .getSingleResult();
            return new Found(items, total);
        });
    }

    record Near(VenueEntity venue, double meters) {
    }

    /**
     * The nearest venues: look in a box around the point and widen it until it holds enough
     * venues within the box's inner radius, so the answer is exact without database-specific
     * distance functions.
     */
    List<Near> nearest(VenueQuery query, double lon, double lat, int limit, double[] outerBounds) {
        return jpa.read(em -> {
            double radius = 1000;
            while (true) {
                double[] box = Geo.box(lon, lat, radius);
                boolean coversAll = Geo.covers(box, outerBounds);
                List<VenueEntity> candidates = inBox(em, query, coversAll ? null : box);
                List<Near> near = new ArrayList<>();
                for (VenueEntity v : candidates) {
                    double d = Geo.meters(lon, lat, v.lon, v.lat);
                    if (coversAll || d <= radius) {
                        near.add(new Near(v, d));
                    }
                }
                if (near.size() >= limit || coversAll) {
                    near.sort(Comparator.comparingDouble(Near::meters));
                    return near.subList(0, Math.min(limit, near.size()));
                }
                radius *= 3;
            }
        });
    }

    private static List<VenueEntity> inBox(EntityManager em, VenueQuery query, double[] box) {
        VenueQuery boxed = new VenueQuery(query.types(), query.statuses(), query.streetCode(), query.text(), box, 0,
                Integer.MAX_VALUE);
        VenueFilter filter = VenueFilter.of(boxed);
        return filter.bind(em.createQuery("select v from VenueEntity v" + filter.where(), VenueEntity.class))
                .getResultList();
    }

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

    LocalDateTime lastModified() {
        return jpa.read(em -> em.createQuery("select max(v.updatedAt) from VenueEntity v", LocalDateTime.class)
                .getSingleResult());
    }
}
