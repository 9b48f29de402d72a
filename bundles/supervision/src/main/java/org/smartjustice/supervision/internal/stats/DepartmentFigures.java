package org.smartjustice.supervision.internal.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-department figures by month, as a chart draws them: one list of months, and for each department
 * series aligned with it (a month without events is 0, its rates null). Departments with the most events first.
 */
public record DepartmentFigures(List<String> months, int dissatisfiedAtMost, List<DepartmentSeries> departments) {

    /** {@code org} null: events that named no handling department. */
    public record DepartmentSeries(String org, String name, MonthlySeries series, PeriodTotals totals) {
    }

    public record MonthlySeries(List<Long> events, List<Long> overdue, List<Double> overdueRate, List<Long> evaluated,
                         List<Long> dissatisfied, List<Double> dissatisfactionRate, List<Long> returns, List<Long> collected) {
    }

    public record PeriodTotals(long events, long overdue, Double overdueRate, long evaluated, long dissatisfied,
                         Double dissatisfactionRate, long returns, long collected) {
    }

    /** The figures of the months {@code from} to {@code to} (inclusive) from the database's rows. */
    static DepartmentFigures of(YearMonth from, YearMonth to, List<StatsStore.MonthRow> rows, List<StatsStore.CollectedRow> collected) {
        List<Integer> keys = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            keys.add(m.getYear() * 100 + m.getMonthValue());
            months.add(m.toString());
        }
        Map<String, long[][]> byOrg = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (StatsStore.MonthRow r : rows) {
            int i = keys.indexOf(r.month());
            if (i < 0) {
                continue;
            }
            long[][] f = byOrg.computeIfAbsent(key(r.org()), k -> new long[6][keys.size()]);
            f[0][i] += r.events();
            f[1][i] += r.overdue();
            f[2][i] += r.evaluated();
            f[3][i] += r.dissatisfied();
            f[4][i] += r.returns();
            if (r.name() != null) {
                names.putIfAbsent(key(r.org()), r.name());
            }
        }
        for (StatsStore.CollectedRow r : collected) {
            int i = keys.indexOf(r.month());
            long[][] f = byOrg.get(key(r.org()));
            if (i >= 0 && f != null) {
                f[5][i] += r.collected();
            }
        }
        List<DepartmentSeries> departments = new ArrayList<>();
        byOrg.forEach((org, f) -> departments.add(department(org.isEmpty() ? null : org, names.get(org), f)));
        departments.sort(Comparator.comparingLong((DepartmentSeries d) -> -d.totals().events())
                .thenComparing(d -> d.org() == null ? "\uffff" : d.org()));
        return new DepartmentFigures(months, StatsStore.DISSATISFIED_AT_MOST, departments);
    }

    private static String key(String org) {
        return org == null ? "" : org;
    }

    private static DepartmentSeries department(String org, String name, long[][] f) {
        int n = f[0].length;
        List<Double> overdueRate = new ArrayList<>();
        List<Double> dissatisfactionRate = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            overdueRate.add(rate(f[1][i], f[0][i]));
            dissatisfactionRate.add(rate(f[3][i], f[2][i]));
        }
        long[] t = new long[6];
        for (int k = 0; k < 6; k++) {
            for (int i = 0; i < n; i++) {
                t[k] += f[k][i];
            }
        }
        return new DepartmentSeries(org, name, new MonthlySeries(list(f[0]), list(f[1]), overdueRate, list(f[2]), list(f[3]),
                dissatisfactionRate, list(f[4]), list(f[5])),
                new PeriodTotals(t[0], t[1], rate(t[1], t[0]), t[2], t[3], rate(t[3], t[2]), t[4], t[5]));
    }

    /** A share rounded to four places; null when there is nothing to share. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static List<Long> list(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }
}
