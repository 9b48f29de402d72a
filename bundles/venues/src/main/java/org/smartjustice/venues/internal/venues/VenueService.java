package org.smartjustice.venues.internal.venues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.venues.api.VenueStatus;

/** Creating, changing and closing venues of the current tenant, with the data rules applied. */
@Component(service = VenueService.class)
public class VenueService {

    @Reference
    private VenueStore store;

    @Reference
    private TenantContext context;

    @Reference
    private AuditLog audit;

    @Reference
    private Divisions divisions;

    private VenueRules rules;

    @Activate
    void activate() {
        rules = new VenueRules(divisions);
    }

    public Divisions divisions() {
        return divisions;
    }

    /** The name of a street of the city, or null for a code that is none. */
    String streetName(String code) {
        return divisions.find(code).map(Division::name).orElse(null);
    }

    /** {minLon, minLat, maxLon, maxLat} of the ground the tenant covers, WGS-84. */
    double[] boundsOf(String tenant) {
        return divisions.areaOf(tenant).bounds().toArray();
    }

    public VenueRules rules() {
        return rules;
    }

    VenueEntity create(VenueInput input) {
        VenueRules.Checked checked = checkOrThrow(input);
        VenueEntity created = store.write(em -> {
            if (store.byNaturalKey(em, checked.naturalKey()).isPresent()) {
                throw new ProblemException(409, "venue-exists", "阵地已存在",
                        "已有相同统一社会信用代码，或相同类型、名称和街道的阵地");
            }
            VenueEntity e = new VenueEntity();
            e.createdAt = UtcTimes.now();
            apply(e, checked);
            em.persist(e);
            em.flush();
            return e;
        });
        auditOverride(created, checked);
        return created;
    }

    VenueEntity update(String id, VenueInput input, long expectedVersion) {
        VenueRules.Checked checked = checkOrThrow(input);
        VenueEntity updated = store.write(em -> {
            VenueEntity e = em.find(VenueEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound("阵地", id);
            }
            e.requireVersion(expectedVersion);
            store.byNaturalKey(em, checked.naturalKey()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new ProblemException(409, "venue-exists", "阵地已存在", "与阵地 " + other.name + " 重复");
            });
            apply(e, checked);
            em.flush();
            return e;
        });
        auditOverride(updated, checked);
        return updated;
    }

    /** Deleting closes: the row stays for the audit trail and disappears from the public. */
    VenueEntity close(String id, Long expectedVersion) {
        return store.write(em -> {
            VenueEntity e = em.find(VenueEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound("阵地", id);
            }
            if (expectedVersion != null) {
                e.requireVersion(expectedVersion);
            }
            e.status = VenueStatus.CLOSED;
            e.updatedAt = UtcTimes.now();
            em.flush();
            return e;
        });
    }

    /**
     * Stores checked import rows in one transaction: a row whose natural key exists updates that
     * venue, so importing the same file twice changes nothing. Returns the stored venues in order.
     */
    public List<VenueEntity> upsert(List<VenueRules.Checked> batch) {
        List<VenueEntity> stored = store.write(em -> {
            Map<String, VenueEntity> existing = new HashMap<>();
            List<String> keys = batch.stream().map(VenueRules.Checked::naturalKey).toList();
            store.byNaturalKeys(em, keys).forEach(v -> existing.put(v.naturalKey, v));
            List<VenueEntity> result = new ArrayList<>();
            for (VenueRules.Checked c : batch) {
                VenueEntity e = existing.get(c.naturalKey());
                if (e == null) {
                    e = new VenueEntity();
                    e.createdAt = UtcTimes.now();
                    apply(e, c);
                    em.persist(e);
                    existing.put(c.naturalKey(), e);
                } else if (!sameAs(e, c)) {
                    apply(e, c);
                }
                result.add(e);
            }
            em.flush();
            return result;
        });
        for (int i = 0; i < batch.size(); i++) {
            auditOverride(stored.get(i), batch.get(i));
        }
        return stored;
    }

    /** Whether storing the row would change nothing but the timestamp. */
    private static boolean sameAs(VenueEntity e, VenueRules.Checked c) {
        VenueEntity probe = new VenueEntity();
        apply(probe, c);
        return java.util.Objects.equals(e.type, probe.type) && java.util.Objects.equals(e.level, probe.level)
                && java.util.Objects.equals(e.name, probe.name) && java.util.Objects.equals(e.address, probe.address)
                && java.util.Objects.equals(e.streetCode, probe.streetCode)
                && java.util.Objects.equals(e.community, probe.community)
                && java.util.Objects.equals(e.gridCode, probe.gridCode) && e.lon == probe.lon && e.lat == probe.lat
                && java.util.Objects.equals(e.phone, probe.phone)
                && java.util.Objects.equals(e.contactPerson, probe.contactPerson)
                && java.util.Objects.equals(e.contactPhone, probe.contactPhone)
                && java.util.Objects.equals(e.openingHours, probe.openingHours)
                && java.util.Objects.equals(e.services, probe.services)
                && java.util.Objects.equals(e.creditCode, probe.creditCode)
                && e.creditCodeOverride == probe.creditCodeOverride
                && java.util.Objects.equals(e.description, probe.description) && e.status == probe.status;
    }

    void auditOverride(VenueEntity e, VenueRules.Checked checked) {
        if (checked.creditCodeOverridden()) {
            audit.record("venues.credit-code-override", "venues/" + e.id(), "success",
                    "统一社会信用代码 " + checked.creditCode() + " 校验码不符，经明确确认后保存");
        }
    }

    private VenueRules.Checked checkOrThrow(VenueInput input) {
        List<FieldError> errors = new ArrayList<>();
        VenueRules.Checked checked = rules.check(context.requireTenant(), input, "", errors);
        if (checked == null) {
            throw ProblemException.badRequest("阵地信息有 " + errors.size() + " 处错误", errors);
        }
        return checked;
    }

    private static void apply(VenueEntity e, VenueRules.Checked c) {
        VenueInput in = c.input();
        e.naturalKey = c.naturalKey();
        e.type = in.type();
        e.level = in.level();
        e.name = in.name().trim();
        e.address = in.address().trim();
        e.streetCode = in.streetCode();
        e.community = Validation.blankToNull(in.community());
        e.gridCode = Validation.blankToNull(in.gridCode());
        e.lon = c.wgs84().lon();
        e.lat = c.wgs84().lat();
        e.phone = Validation.blankToNull(in.phone());
        e.contactPerson = Validation.blankToNull(in.contactPerson());
        e.contactPhone = Validation.blankToNull(in.contactPhone());
        e.openingHours = Validation.blankToNull(in.openingHours());
        e.services = VenueRules.storeServices(in.services());
        e.creditCode = c.creditCode();
        e.creditCodeOverride = c.creditCodeOverridden();
        e.description = Validation.blankToNull(in.description());
        e.status = in.status() == null ? VenueStatus.ACTIVE : in.status();
        e.updatedAt = UtcTimes.now();
    }
}
