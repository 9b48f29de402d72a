package org.smartjustice.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class QueryFilterTest {

    @Test
    void onlyTheGivenFiltersMakeTheClause() {
        assertEquals("", new QueryFilter().equal("d.tenant", "tenant", null).in("d.tenant", "tenantsIn", null).where());
        assertEquals(" where d.tenant = :tenant and d.type = :type",
                new QueryFilter().equal("d.tenant", "tenant", "410102").equal("d.state", "state", null)
                        .equal("d.type", "type", "rosters.task.accepted").where());
        assertEquals(" where a.occurredAt >= :from", new QueryFilter().when("a.occurredAt >= :from", "from", 1).where());
        assertEquals(" where e.id = s.eventRef and s.status = :status", new QueryFilter().always("e.id = s.eventRef")
                .equal("s.status", "status", "PENDING").in("e.categoryCode", "categories", null).where());
    }

    @Test
    void aRestrictionToNoTenantMatchesNothing() {
        assertEquals(" where 1 = 0", new QueryFilter().in("d.tenant", "tenantsIn", Set.of()).where());
        assertEquals(" where d.tenant in :tenantsIn", new QueryFilter().in("d.tenant", "tenantsIn", Set.of("410102")).where());
    }
}
