package org.smartjustice.supervision.internal.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.supervision.internal.screening.ScreeningStatus;

/** The figures of the tenant's events, counted by the database per handling department and month. */
@Component(service = StatsStore.class)
public class StatsStore {

    /** What a supervisor counts as dissatisfied: 1 or 2 of 5. */
    static final int DISSATISFIED_AT_MOST = 2;

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-supervision)")
    private TenantPersistence jpa;

    /** One department's month: org (null: none named), name, yyyymm, events, overdue, evaluated, dissatisfied, returns. */
    record MonthRow(String org, String name, int month, long events, long overdue, long evaluated, long dissatisfied, long returns) {
    }

    /** Collected (归集) events of one department's month: org, yyyymm, count. */
    record CollectedRow(String org, int month, long collected) {
    }

    List<MonthRow> months(int from, int to, String org) {
        String byOrg = org == null ? "" : " and e.departmentOrg = :org";
        return jpa.read(em -> {
            var q = em.createQuery("select e.departmentOrg, max(e.departmentName), e.reportedMonth, count(e),"
                    + " sum(case when e.satisfaction is not null then 1 else 0 end),"
                    + " sum(case when e.satisfaction <= " + DISSATISFIED_AT_MOST + " then 1 else 0 end),"
                    + " sum(e.returns)"
                    + " from EventEntity e where e.reportedMonth >= :from and e.reportedMonth <= :to" + byOrg
                    + " group by e.departmentOrg, e.reportedMonth", Object[].class)
                    .setParameter("from", from).setParameter("to", to);
            // Counted apart: EclipseLink writes a boolean inside CASE as 1, which H2 2 does not compare with a BOOLEAN.
            var overdue = em.createQuery("select e.departmentOrg, e.reportedMonth, count(e) from EventEntity e"
                    + " where e.overdue = :yes and e.reportedMonth >= :from and e.reportedMonth <= :to" + byOrg
                    + " group by e.departmentOrg, e.reportedMonth", Object[].class)
                    .setParameter("yes", true).setParameter("from", from).setParameter("to", to);
            if (org != null) {
                q.setParameter("org", org);
                overdue.setParameter("org", org);
            }
            Map<String, Long> late = new HashMap<>();
            overdue.getResultList().forEach(r -> late.put(r[0] + "\t" + r[1], number(r[2])));
            return q.getResultList().stream().map(r -> new MonthRow((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                    number(r[3]), late.getOrDefault(r[0] + "\t" + r[2], 0L), number(r[4]), number(r[5]), number(r[6]))).toList();
        });
    }

    List<CollectedRow> collected(int from, int to, String org) {
        String byOrg = org == null ? "" : " and e.departmentOrg = :org";
        return jpa.read(em -> {
            var q = em.createQuery("select e.departmentOrg, e.reportedMonth, count(s) from ScreeningEntity s, EventEntity e"
                    + " where e.id = s.eventRef and s.status = :collected and e.reportedMonth >= :from and e.reportedMonth <= :to"
                    + byOrg + " group by e.departmentOrg, e.reportedMonth", Object[].class)
                    .setParameter("collected", ScreeningStatus.COLLECTED).setParameter("from", from).setParameter("to", to);
            if (org != null) {
                q.setParameter("org", org);
            }
            return q.getResultList().stream().map(r -> new CollectedRow((String) r[0], ((Number) r[1]).intValue(), number(r[2])))
                    .toList();
        });
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
