package org.smartjustice.platform.internal.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.ImportReport.RowResult;
import org.smartjustice.platform.api.sheets.RowChecker;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetImports;

/**
 * The rows of one import, one by one: each checked on its own, a key seen in an earlier row refused,
 * valid rows stored in batches. A job's memory must not grow with its accepted rows: only a file of
 * at most {@link ImportReport#LISTED_ROWS} rows lists them.
 */
final class RowPipeline<R, C, S> {

    static final int MAX_NAME = 100;
    static final int MAX_IGNORED_COLUMNS = 50;

    private final SheetImport<C, S> definition;
    private final int batchSize;
    private final List<RowResult> results = new ArrayList<>();
    private final List<C> batch = new ArrayList<>();
    private final List<Integer> batchRows = new ArrayList<>();
    private final List<Integer> slots = new ArrayList<>();
    private int accepted;

    RowPipeline(SheetImport<C, S> definition) {
        this(definition, SheetImports.BATCH);
    }

    RowPipeline(SheetImport<C, S> definition, int batchSize) {
        this.definition = definition;
        this.batchSize = batchSize;
    }

    /**
     * @param rowNumbers the rows' numbers as the user sees them (the header is row 1), by index
     * @param nameOfRow  what a row calls itself when it is rejected (it has no checked value)
     */
    ImportReport run(List<R> rows, List<Integer> rowNumbers, Function<R, String> nameOfRow, RowChecker<R, C> checker,
                     List<String> ignoredColumns, IntConsumer progress) {
        int size = rows.size();
        boolean listAccepted = size <= ImportReport.LISTED_ROWS;
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int rowNumber = rowNumbers.get(i);
            R row = rows.get(i);
            List<FieldError> errors = new ArrayList<>();
            C checked = checker.check(row, i, errors);
            if (checked != null) {
                String key = definition.key(checked);
                Integer earlier = key == null ? null : firstRowOfKey.putIfAbsent(key, rowNumber);
                if (earlier != null) {
                    errors.add(new FieldError(definition.keyField(checked), "与第 " + earlier + " 行" + definition.sameAs()));
                    checked = null;
                }
            }
            if (checked == null) {
                if (results.size() < ImportReport.LISTED_ROWS) {
                    results.add(new RowResult(rowNumber, RowResult.REJECTED, null, clip(nameOfRow.apply(row)), errors));
                }
            } else {
                batch.add(checked);
                batchRows.add(rowNumber);
                slots.add(listAccepted ? results.size() : -1);
                if (listAccepted) {
                    results.add(null);
                }
            }
            if (batch.size() == batchSize) {
                flush();
            }
            progress.accept(i + 1);
        }
        flush();
        return new ImportReport(size, accepted, size - accepted, bounded(ignoredColumns), results, size - results.size());
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<S> stored = definition.store(batch);
        for (int j = 0; j < stored.size(); j++) {
            int slot = slots.get(j);
            if (slot >= 0) {
                results.set(slot, new RowResult(batchRows.get(j), RowResult.ACCEPTED, definition.idOf(stored.get(j)),
                        clip(definition.nameOf(batch.get(j))), List.of()));
            }
        }
        accepted += batch.size();
        batch.clear();
        batchRows.clear();
        slots.clear();
    }

    /** The report stays small whatever the file holds: names are cut. */
    static String clip(String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }

    /** The file's unknown headers, at most {@value #MAX_IGNORED_COLUMNS} of them, each cut. */
    static List<String> bounded(List<String> ignoredColumns) {
        return ignoredColumns.stream().limit(MAX_IGNORED_COLUMNS).map(RowPipeline::clip).toList();
    }
}
