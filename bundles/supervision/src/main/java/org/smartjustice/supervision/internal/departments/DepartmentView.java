package org.smartjustice.supervision.internal.departments;

import java.time.OffsetDateTime;
import java.util.List;

import org.smartjustice.platform.api.persistence.UtcTimes;

/** A department as clients are shown it. */
public record DepartmentView(String id, String name, String shortName, DepartmentKind kind, String kindTitle,
                             String creditCode, String org, String enforcementDomains, List<String> responsibilities,
                             String source, boolean verified, DepartmentStatus status, String statusTitle,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static DepartmentView of(DepartmentEntity e) {
        return new DepartmentView(e.id(), e.name, e.shortName, e.kind, e.kind.title(), e.creditCode, e.orgCode,
                e.enforcementDomains, DepartmentRules.itemsOf(e.responsibilities), e.source, e.verified, e.status,
                e.status.title(), UtcTimes.toOffset(e.createdAt), UtcTimes.toOffset(e.updatedAt), e.version());
    }
}
