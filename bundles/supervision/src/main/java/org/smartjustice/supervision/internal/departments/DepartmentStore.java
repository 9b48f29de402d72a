package org.smartjustice.supervision.internal.departments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.Like;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** Every query of the tenant's departments; the platform filters and stamps the tenant. */
@Component(service = DepartmentStore.class)
public class DepartmentStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-supervision)")
    private TenantPersistence jpa;

    /**
     * What a list asks for. {@code org} non-null limits it to the department of that host code (a
     * liaison's view: "" matches none).
     */
    public record Filter(Set<DepartmentKind> kinds, DepartmentStatus status, String text, String org) {
    }

    <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    public long count() {
        return jpa.read(em -> em.createQuery("select count(d) from DepartmentEntity d", Long.class).getSingleResult());
    }

    Optional<DepartmentEntity> find(String id) {
        return jpa.find(DepartmentEntity.class, id);
    }

    Page<DepartmentEntity> list(Filter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            where.add("d.kind in :kinds");
            params.put("kinds", List.copyOf(filter.kinds()));
        }
        if (filter.status() != null) {
            where.add("d.status = :status");
            params.put("status", filter.status());
        }
        String like = Like.containing(filter.text());
        if (like != null) {
            where.add("(d.name like :q escape '\\' or d.shortName like :q escape '\\')");
            params.put("q", like);
        }
        if (filter.org() != null) {
            where.add("d.orgCode = :org");
            params.put("org", filter.org());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = " order by d." + paging.sortField() + (paging.descending() ? " desc" : "") + ", d.id";
        return jpa.read(em -> {
            TypedQuery<DepartmentEntity> rows = em.createQuery("select d from DepartmentEntity d" + clause + order,
                    DepartmentEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(d) from DepartmentEntity d" + clause, Long.class);
            params.forEach((k, v) -> {
                rows.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<DepartmentEntity> items = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            return new Page<>(items, count.getSingleResult(), paging.page(), paging.size());
        });
    }

    /** Every department of the tenant by name, for exports (a city has hundreds, not millions). */
    List<DepartmentEntity> allByName() {
        return jpa.read(em -> em.createQuery("select d from DepartmentEntity d order by d.name, d.id", DepartmentEntity.class)
                .getResultList());
    }

    Optional<DepartmentEntity> byOrg(String org) {
        return jpa.read(em -> em.createQuery("select d from DepartmentEntity d where d.orgCode = :org", DepartmentEntity.class)
                .setParameter("org", org).getResultList().stream().findFirst());
    }

    /**
     * The kind of each department named by a host organisation code (for screening rules that choose
     * events by their handling department's kind), in the caller's entity manager.
     */
    public static Map<String, DepartmentKind> kindsByOrg(EntityManager em, Collection<String> orgs) {
        Map<String, DepartmentKind> kinds = new HashMap<>();
        if (orgs.isEmpty()) {
            return kinds;
        }
        em.createQuery("select d.orgCode, d.kind from DepartmentEntity d where d.orgCode in :orgs", Object[].class)
                .setParameter("orgs", orgs).getResultList().forEach(r -> kinds.put((String) r[0], (DepartmentKind) r[1]));
        return kinds;
    }

    /** The stored departments as far as clashes go, looked up in memory. */
    public DepartmentRules.Lookup known() {
        return jpa.read(DepartmentStore::lookupOf);
    }

    /** The same, inside a write's transaction. */
    static Keys lookupOf(EntityManager em) {
        return new Keys(em.createQuery("select d from DepartmentEntity d", DepartmentEntity.class).getResultList());
    }

    /** Departments by their unique keys, in memory; kept up to date while a batch stores new ones. */
    static final class Keys implements DepartmentRules.Lookup {
        private final Map<String, DepartmentEntity> byName = new HashMap<>();
        private final Map<String, DepartmentEntity> byCode = new HashMap<>();
        private final Map<String, DepartmentEntity> byOrg = new HashMap<>();
        private final Map<String, DepartmentEntity> byId = new HashMap<>();

        Keys(Collection<DepartmentEntity> all) {
            all.forEach(this::put);
        }

        void put(DepartmentEntity d) {
            byName.values().remove(d);
            byCode.values().remove(d);
            byOrg.values().remove(d);
            byName.put(d.nameKey, d);
            byId.put(d.id(), d);
            if (d.creditCode != null) {
                byCode.put(d.creditCode, d);
            }
            if (d.orgCode != null) {
                byOrg.put(d.orgCode, d);
            }
        }

        DepartmentEntity entity(DepartmentRules.Known known) {
            return known == null ? null : byId.get(known.id());
        }

        @Override
        public DepartmentRules.Known byNameKey(String key) {
            return known(byName.get(key));
        }

        @Override
        public DepartmentRules.Known byCreditCode(String code) {
            return known(byCode.get(code));
        }

        @Override
        public DepartmentRules.Known byOrg(String org) {
            return known(byOrg.get(org));
        }

        private static DepartmentRules.Known known(DepartmentEntity d) {
            return d == null ? null : new DepartmentRules.Known(d.id(), d.name, d.creditCode, d.orgCode);
        }
    }
}
