package org.smartjustice.platform.internal.tenants;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * The tenants, stored in the platform schema and held in memory, since every request looks its
 * tenant up. This node is the only writer (see docs/architecture.md), so writes refresh the copy.
 */
@Component(service = TenantStore.class)
public class TenantStore {

    public static final String SCHEMA = "platform";

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    @Reference
    private Divisions divisions;

    private final Map<String, Tenant> cache = new ConcurrentHashMap<>();
    private final List<BiConsumer<Tenant, Tenant>> observers = new CopyOnWriteArrayList<>();

    /** Told of every tenant created (before: null) or changed here, after the commit. */
    public void observe(BiConsumer<Tenant, Tenant> observer) {
        observers.add(observer);
    }

    public void unobserve(BiConsumer<Tenant, Tenant> observer) {
        observers.remove(observer);
    }

    @Activate
    void activate(BundleContext context) {
        migrator.migrate(SCHEMA, context.getBundle());
        reload();
    }

    void reload() {
        List<TenantEntity> all = jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("select t from TenantEntity t", TenantEntity.class).getResultList());
        cache.clear();
        all.forEach(e -> cache.put(e.code(), e.toTenant()));
    }

    public Optional<Tenant> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(cache.get(code));
    }

    public Tenant require(String code) {
        return find(code).orElseThrow(() -> new ProblemException(404, "tenant-not-found", "租户不存在",
                "没有编码为 " + ProblemException.shownId(code) + " 的租户"));
    }

    public List<Tenant> all() {
        return cache.values().stream().sorted(Comparator.comparing(Tenant::code)).toList();
    }

    public boolean isEmpty() {
        return cache.isEmpty();
    }

    public Tenant create(String code, String name, TenantStage stage) {
        // A six-digit code is a division code: the city's or a district's, never one that does not exist.
        if (code.matches("[0-9]{6}") && divisions.find(code)
                .filter(d -> d.level() == DivisionLevel.CITY || d.level() == DivisionLevel.DISTRICT).isEmpty()) {
            throw ProblemException.invalidField("code", "不是郑州市或其区县的六位区划代码；没有区划代码的单位请用以小写字母开头的编码");
        }
        if (cache.containsKey(code)) {
            throw new ProblemException(409, "tenant-exists", "租户已存在", "编码 " + code + " 已被使用");
        }
        Tenant created = jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(TenantEntity.class, code) != null) {
                throw new ProblemException(409, "tenant-exists", "租户已存在", "编码 " + code + " 已被使用");
            }
            TenantEntity entity = new TenantEntity(code, name, stage, UtcTimes.now());
            em.persist(entity);
            em.flush();
            return entity.toTenant();
        });
        cache.put(code, created);
        observers.forEach(o -> o.accept(created, null));
        return created;
    }

    /** Changes name and stage if the caller saw the current version; 409 otherwise. */
    public Tenant update(String code, String name, TenantStage stage, long expectedVersion) {
        Tenant updated = jpa.txExpr(TransactionType.Required, em -> {
            TenantEntity entity = em.find(TenantEntity.class, code);
            if (entity == null) {
                throw new ProblemException(404, "tenant-not-found", "租户不存在", "没有编码为 " + ProblemException.shownId(code) + " 的租户");
            }
            if (entity.version() != expectedVersion) {
                throw ProblemException.conflict("租户 " + code + " 当前版本为 " + entity.version()
                        + "，请求基于版本 " + expectedVersion);
            }
            entity.change(name, stage, UtcTimes.now());
            em.flush();
            return entity.toTenant();
        });
        Tenant before = cache.put(code, updated);
        observers.forEach(o -> o.accept(updated, before));
        return updated;
    }
}
