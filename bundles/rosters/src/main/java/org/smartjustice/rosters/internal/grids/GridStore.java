package org.smartjustice.rosters.internal.grids;

import java.util.ArrayList;
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
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** The grid cells of the current tenant: every query of the grids, through the unit {@code justice-rosters}. */
@Component(service = GridStore.class)
public class GridStore {

    /** Codes per IN list: well below the bind parameter limits of the databases. */
    static final int IN_BATCH = 1000;

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-rosters)")
    private TenantPersistence jpa;

    public <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    public <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    public Optional<GridCellEntity> find(String code) {
        return read(em -> byCode(em, code));
    }

    /** The cells of these codes that exist, by code. */
    public Map<String, GridCellEntity> existing(Collection<String> codes) {
        return read(em -> {
            Map<String, GridCellEntity> found = new HashMap<>();
            byCodes(em, codes).forEach(g -> found.put(g.code, g));
            return found;
        });
    }

    public Optional<GridCellEntity> byCode(EntityManager em, String code) {
        return em.createQuery("select g from GridCellEntity g where g.code = :c", GridCellEntity.class)
                .setParameter("c", code).getResultList().stream().findFirst();
    }

    public List<GridCellEntity> byCodes(EntityManager em, Collection<String> codes) {
        List<String> all = List.copyOf(codes);
        List<GridCellEntity> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            found.addAll(em.createQuery("select g from GridCellEntity g where g.code in :codes", GridCellEntity.class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + IN_BATCH))).getResultList());
        }
        return found;
    }

    /** Every cell, in no particular order. */
    public List<GridCellEntity> all() {
        return read(em -> em.createQuery("select g from GridCellEntity g", GridCellEntity.class).getResultList());
    }

    /** The first {@code most} cells by code (all of them when {@code most} is 0). */
    public List<GridCellEntity> byCode(int most) {
        return read(em -> {
            var query = em.createQuery("select g from GridCellEntity g order by g.code", GridCellEntity.class);
            return (most > 0 ? query.setMaxResults(most) : query).getResultList();
        });
    }

    /** The cells of a street (all streets when null), by code. */
    List<GridCellEntity> inStreet(String street) {
        return read(em -> {
            var query = em.createQuery("select g from GridCellEntity g" + (street == null ? "" : " where g.streetCode = :street")
                    + " order by g.code", GridCellEntity.class);
            return (street == null ? query : query.setParameter("street", street)).getResultList();
        });
    }

    /** A page of cells in a community and/or street whose code or name contains {@code text}. */
    Page<GridCellEntity> list(String community, String street, String text, PageRequest paging) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (community != null) {
            where.append(" and g.communityCode = :community");
        }
        if (street != null) {
            where.append(" and g.streetCode = :street");
        }
        String like = Like.containing(text);
        if (like != null) {
            where.append(" and (g.code like :like escape '\\' or g.name like :like escape '\\')");
        }
        String order = " order by g." + paging.sortField() + (paging.descending() ? " desc" : "") + ", g.code";
        return read(em -> {
            var items = em.createQuery("select g from GridCellEntity g" + where + order, GridCellEntity.class);
            var count = em.createQuery("select count(g) from GridCellEntity g" + where, Long.class);
            for (var q : List.of(items, count)) {
                if (community != null) {
                    q.setParameter("community", community);
                }
                if (street != null) {
                    q.setParameter("street", street);
                }
                if (like != null) {
                    q.setParameter("like", like);
                }
            }
            List<GridCellEntity> found = items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            return new Page<>(found, count.getSingleResult(), paging.page(), paging.size());
        });
    }
}
