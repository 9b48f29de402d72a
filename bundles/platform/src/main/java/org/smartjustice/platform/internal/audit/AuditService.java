package org.smartjustice.platform.internal.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.persistence.GroupCommit;
import org.smartjustice.platform.api.persistence.QueryFilter;
import org.smartjustice.platform.internal.tenants.TenantStore;

/** The audit log: append-only storage and its queries. */
@Component(service = { AuditLog.class, AuditService.class })
public class AuditService implements AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    @Reference
    private RequestContext context;

    /** Concurrent requests' records share a commit; each request still waits for its own (DESIGN §4: a 2xx is audited). */
    private final GroupCommit<AuditEntry, Void> appends = GroupCommit.of(
            entries -> jpa.tx(TransactionType.RequiresNew, em -> entries.forEach(e -> em.persist(new AuditEntryEntity(e)))), 500);

    @Activate
    void activate(BundleContext bundleContext) {
        migrator.migrate(TenantStore.SCHEMA, bundleContext.getBundle());
    }

    @Override
    public void record(String action, String target, String outcome, String detail) {
        String principal = context.isOpen() ? context.principal().subject() : "system";
        String tenant = context.isOpen() ? context.tenant().orElse(null) : null;
        append(principal, tenant, action, target, outcome, detail);
    }

    /**
     * Appends a record; a failure to audit is logged loudly but does not undo the audited work.
     * Fields are cut to their columns: a refusal of a request with a padded path is still recorded.
     */
    public void append(String principal, String tenant, String action, String target, String outcome, String detail) {
        AuditEntry entry = entry(principal, tenant, action, target, outcome, detail);
        try {
            appends.commit(entry);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not write audit record " + entry, e);
        }
    }

    /**
     * Appends a record in the caller's transaction of the platform's unit, so that the record and the
     * write it tells of commit together (a stored webhook message).
     */
    public static void appendIn(javax.persistence.EntityManager em, AuditEntry entry) {
        em.persist(new AuditEntryEntity(entry));
    }

    /** A record as {@link #append} writes it. */
    public static AuditEntry entry(String principal, String tenant, String action, String target, String outcome, String detail) {
        return new AuditEntry(UUID.randomUUID().toString(), UtcTimes.now(), clip(principal, 128),
                clip(tenant, 32), clip(action, 128), clip(target, 512), clip(outcome, 32), clip(detail, 1000));
    }

    /** At most {@code max} UTF-16 units (what the embedded database counts), marked when cut. */
    static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    public Page<AuditView> find(AuditQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            QueryFilter filter = new QueryFilter().equal("a.tenantCode", "tenant", query.tenant())
                    .in("a.tenantCode", "tenantsIn", query.tenantsIn()).equal("a.principal", "principal", query.principal())
                    .when("a.occurredAt >= :from", "from", query.from()).when("a.occurredAt < :to", "to", query.to());
            TypedQuery<AuditEntryEntity> select = filter.bind(em.createQuery("select a from AuditEntryEntity a" + filter.where()
                    + " order by a.occurredAt " + (page.descending() ? "desc" : "asc") + ", a.id", AuditEntryEntity.class));
            TypedQuery<Long> count = filter.bind(em.createQuery("select count(a) from AuditEntryEntity a" + filter.where(),
                    Long.class));
            List<AuditView> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(e -> AuditView.of(e.toEntry())).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /**
     * Filters of an audit query; {@code tenantsIn} restricts to those tenants' records (null: no
     * restriction); {@code from} inclusive, {@code to} exclusive, both UTC.
     */
    public record AuditQuery(String tenant, java.util.Set<String> tenantsIn, String principal, LocalDateTime from,
                             LocalDateTime to) {
    }
}
