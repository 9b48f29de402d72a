package org.smartjustice.platform.internal.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.ImportReport.RowResult;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetTemplate;

/** The one row pipeline of every module's imports. */
class RowPipelineTest {

    private final List<List<String>> batches = new ArrayList<>();

    private SheetImport<String, String> names() {
        return SheetImport.<String, String>of("test.import", new SheetTemplate("名单", List.of(new SheetColumn("名称", "", null))))
                .sameWhen(s -> s, s -> "name", "是同一人")
                .storedBy(batch -> {
                    batches.add(List.copyOf(batch));
                    return batch.stream().map(s -> "id-" + s).toList();
                }, s -> s, s -> s);
    }

    private ImportReport run(List<String> rows, int batchSize) {
        List<Integer> numbers = IntStream.range(0, rows.size()).map(i -> i + 2).boxed().toList();
        return new RowPipeline<String, String, String>(names(), batchSize).run(rows, numbers, r -> r, (row, i, errors) -> {
            if (row.isBlank()) {
                errors.add(new FieldError("name", "必填"));
                return null;
            }
            return row;
        }, List.of("备注"), done -> { });
    }

    @Test
    void validRowsAreStoredInBatchesAndEveryRowIsReported() {
        ImportReport report = run(List.of("甲", "乙", " ", "丙", "丁", "戊"), 2);
        assertEquals(6, report.total());
        assertEquals(5, report.accepted());
        assertEquals(1, report.rejected());
        assertEquals(List.of(List.of("甲", "乙"), List.of("丙", "丁"), List.of("戊")), batches);
        assertEquals(6, report.rows().size());
        RowResult first = report.rows().get(0);
        assertEquals(new RowResult(2, RowResult.ACCEPTED, "id-甲", "甲", List.of()), first);
        RowResult blank = report.rows().get(2);
        assertEquals(4, blank.row(), "the row number the user sees");
        assertEquals(RowResult.REJECTED, blank.status());
        assertEquals(List.of("备注"), report.ignoredColumns());
    }

    @Test
    void aKeySeenInAnEarlierRowIsRefusedNamingThatRow() {
        ImportReport report = run(List.of("甲", "乙", "甲"), 500);
        assertEquals(2, report.accepted());
        RowResult again = report.rows().get(2);
        assertEquals(RowResult.REJECTED, again.status());
        assertEquals(List.of(new FieldError("name", "与第 2 行是同一人")), again.errors());
    }

    @Test
    void aLargeFileListsOnlyItsRejectedRows() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ImportReport.LISTED_ROWS + 10; i++) {
            rows.add(i % 100 == 0 ? "" : "名" + i);
        }
        ImportReport report = run(rows, 500);
        assertEquals(rows.size() - 11, report.accepted());
        assertEquals(11, report.rows().size());
        assertEquals(rows.size() - 11, report.unlistedRows());
    }

    @Test
    void namesAndUnknownColumnsAreCut() {
        assertEquals(101, RowPipeline.clip("名".repeat(5_000_000)).length(), "100 characters and an ellipsis");
        assertEquals("司法所", RowPipeline.clip("司法所"));
        assertNull(RowPipeline.clip(null));
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            columns.add("列" + i);
        }
        assertEquals(RowPipeline.MAX_IGNORED_COLUMNS, RowPipeline.bounded(columns).size());
        assertEquals(List.of("甲"), RowPipeline.bounded(List.of("甲")));
    }
}
