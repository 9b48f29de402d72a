package org.smartjustice.supervision.internal.departments;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.Like;
import org.smartjustice.platform.api.persistence.QueryFilter;
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
        QueryFilter where = new QueryFilter()
                .in("d.kind", "kinds", filter.kinds() == null || filter.kinds().isEmpty() ? null : filter.kinds())
                .equal("d.status", "status", filter.status())
                .when("(d.name like :q escape '\\' or d.shortName like :q escape '\\')", "q", Like.containing(filter.text()))
                .equal("d.orgCode", "org", filter.org());
        String order = "d." + paging.sortField() + (paging.descending() ? " desc" : "") + ", d.id";
        return jpa.read(em -> where.page(em, "d", "DepartmentEntity d", DepartmentEntity.class, order, paging));
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
