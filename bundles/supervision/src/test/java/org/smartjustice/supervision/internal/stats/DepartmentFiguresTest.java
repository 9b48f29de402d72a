package org.smartjustice.supervision.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class DepartmentFiguresTest {

    @Test
    void seriesAreAlignedWithTheMonthsAndRatesAreShares() {
        List<StatsStore.MonthRow> rows = List.of(
                new StatsStore.MonthRow("CG", "城管局", 202601, 10, 2, 8, 2, 5),
                new StatsStore.MonthRow("CG", "城管局", 202603, 30, 3, 0, 0, 1),
                new StatsStore.MonthRow(null, null, 202602, 4, 0, 4, 1, 0),
                new StatsStore.MonthRow("SC", "市场监管局", 202512, 99, 0, 0, 0, 0));
        DepartmentFigures f = DepartmentFigures.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3), rows,
                List.of(new StatsStore.CollectedRow("CG", 202603, 2)));
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), f.months());
        assertEquals(2, f.departments().size(), "a month outside the range counts for nothing");
        DepartmentFigures.DepartmentSeries cg = f.departments().get(0);
        assertEquals("CG", cg.org());
        assertEquals(List.of(10L, 0L, 30L), cg.series().events());
        assertEquals(Arrays.asList(0.2, null, 0.1), cg.series().overdueRate());
        assertEquals(Arrays.asList(0.25, null, null), cg.series().dissatisfactionRate());
        assertEquals(List.of(0L, 0L, 2L), cg.series().collected());
        assertEquals(40, cg.totals().events());
        assertEquals(0.125, cg.totals().overdueRate());
        assertNull(f.departments().get(1).org(), "events without a department come last");
        assertEquals(0.25, f.departments().get(1).totals().dissatisfactionRate());
    }

    @Test
    void aRateIsRoundedToFourPlaces() {
        assertEquals(0.3333, DepartmentFigures.rate(1, 3));
        assertNull(DepartmentFigures.rate(0, 0));
    }
}
