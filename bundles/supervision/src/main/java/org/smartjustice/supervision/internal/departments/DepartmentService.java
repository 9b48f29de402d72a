package org.smartjustice.supervision.internal.departments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

/** Creating, changing, retiring and importing the tenant's departments, with the data rules applied. */
@Component(service = DepartmentService.class)
public class DepartmentService {

    @Reference
    private DepartmentStore store;

    DepartmentEntity create(DepartmentInput input) {
        DepartmentRules.Checked checked = checkOrThrow(input, null);
        return store.write(em -> {
            DepartmentStore.Keys keys = DepartmentStore.lookupOf(em);
            refuseClashes(checked, null, keys);
            DepartmentEntity e = new DepartmentEntity();
            e.createdAt = UtcTimes.now();
            apply(e, checked);
            em.persist(e);
            em.flush();
            return e;
        });
    }

    DepartmentEntity update(String id, DepartmentInput input, long expectedVersion) {
        return store.write(em -> {
            DepartmentEntity e = em.find(DepartmentEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound("部门", id);
            }
            DepartmentRules.Checked checked = checkOrThrow(input, e.status);
            e.requireVersion(expectedVersion);
            refuseClashes(checked, id, DepartmentStore.lookupOf(em));
            apply(e, checked);
            em.flush();
            return e;
        });
    }

    /** Retiring keeps the row (history, audit); the department receives nothing new. */
    DepartmentEntity retire(String id, Long expectedVersion) {
        return store.write(em -> {
            DepartmentEntity e = em.find(DepartmentEntity.class, id);
            if (e == null) {
                throw ProblemException.notFound("部门", id);
            }
            if (expectedVersion != null) {
                e.requireVersion(expectedVersion);
            }
            if (e.status != DepartmentStatus.RETIRED) {
                e.status = DepartmentStatus.RETIRED;
                e.updatedAt = UtcTimes.now();
                em.flush();
            }
            return e;
        });
    }

    /**
     * Stores checked import rows in one transaction: a row that is a stored department (same credit
     * code, else same name) updates it, so importing the same file twice changes nothing. Returns what
     * was stored, in the batch's order.
     */
    public List<DepartmentEntity> upsert(List<DepartmentRules.Checked> batch) {
        return store.write(em -> {
            DepartmentStore.Keys keys = DepartmentStore.lookupOf(em);
            List<DepartmentEntity> stored = new ArrayList<>();
            for (DepartmentRules.Checked c : batch) {
                DepartmentEntity e = keys.entity(DepartmentRules.sameAs(c, keys));
                // Checked against the departments as they were read; refused if another import got in between.
                refuseClashes(c, e == null ? null : e.id(), keys);
                if (e == null) {
                    e = new DepartmentEntity();
                    e.createdAt = UtcTimes.now();
                    apply(e, c);
                    em.persist(e);
                } else if (!sameAs(e, c)) {
                    apply(e, c);
                }
                keys.put(e);
                stored.add(e);
            }
            em.flush();
            return stored;
        });
    }

    private static void refuseClashes(DepartmentRules.Checked c, String self, DepartmentRules.Lookup keys) {
        List<FieldError> clashes = DepartmentRules.clashes(c, self, keys, "");
        if (!clashes.isEmpty()) {
            throw new ProblemException(409, "department-exists", "部门已存在",
                    "名称、统一社会信用代码或组织编码已属于另一个部门", clashes);
        }
    }

    private static DepartmentRules.Checked checkOrThrow(DepartmentInput input, DepartmentStatus keepStatus) {
        List<FieldError> errors = new ArrayList<>();
        DepartmentRules.Checked checked = DepartmentRules.check(input, "", keepStatus, errors);
        if (checked == null) {
            throw ProblemException.badRequest("部门信息有 " + errors.size() + " 处错误", errors);
        }
        return checked;
    }

    /** Whether storing the row would change nothing (then neither version nor time moves). */
    static boolean sameAs(DepartmentEntity e, DepartmentRules.Checked c) {
        return Objects.equals(e.name, c.name()) && Objects.equals(e.shortName, c.shortName()) && e.kind == c.kind()
                && Objects.equals(e.creditCode, c.creditCode()) && Objects.equals(e.orgCode, c.org())
                && Objects.equals(e.enforcementDomains, c.enforcementDomains())
                && Objects.equals(e.responsibilities, DepartmentRules.storeItems(c.responsibilities()))
                && Objects.equals(e.source, c.source()) && e.verified == c.verified() && e.status == c.status();
    }

    private static void apply(DepartmentEntity e, DepartmentRules.Checked c) {
        e.name = c.name();
        e.nameKey = c.nameKey();
        e.shortName = c.shortName();
        e.kind = c.kind();
        e.creditCode = c.creditCode();
        e.orgCode = c.org();
        e.enforcementDomains = c.enforcementDomains();
        e.responsibilities = DepartmentRules.storeItems(c.responsibilities());
        e.source = c.source();
        e.verified = c.verified();
        e.status = c.status();
        e.updatedAt = UtcTimes.now();
    }
}
