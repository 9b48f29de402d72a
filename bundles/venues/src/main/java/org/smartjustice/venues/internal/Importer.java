package org.smartjustice.venues.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.venues.internal.imports.Columns;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.ImportReport.RowResult;
import org.smartjustice.platform.api.sheets.Table;

/**
 * Imports a spreadsheet into the current tenant: every row is validated on its own; valid rows
 * are stored in batches (insert, or update the venue with the same natural key), invalid rows
 * are not stored and the report says why.
 */
final class Importer {

    static final int BATCH = 500;

    private final VenueService service;

    Importer(VenueService service) {
        this.service = service;
    }

    ImportReport run(String tenant, Table table, String defaultCrs, IntConsumer progress) {
        return run(tenant, table.size(), table.rowNumbers()::get,
                (i, errors) -> Columns.toInput(table.rows().get(i), defaultCrs, "", errors),
                bounded(Columns.unknownHeaders(table.headers())), progress);
    }

    /** Generated rows (demo data): numbered from 1. */
    ImportReport run(String tenant, List<VenueInput> inputs) {
        return run(tenant, inputs.size(), i -> i + 1, (i, errors) -> inputs.get(i), List.of(), rows -> { });
    }

    private interface RowSource {
        VenueInput input(int index, List<FieldError> errors);
    }

    private ImportReport run(String tenant, int size, IntUnaryOperator rowNumberOf, RowSource source,
                             List<String> ignoredColumns, IntConsumer progress) {
        // A job's memory must not grow with its accepted rows: only small files list them.
        boolean listAccepted = size <= ImportReport.LISTED_ROWS;
        List<RowResult> results = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        List<VenueRules.Checked> batch = new ArrayList<>();
        List<Integer> batchRows = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < size; i++) {
            int rowNumber = rowNumberOf.applyAsInt(i);
            List<FieldError> errors = new ArrayList<>();
            VenueInput input = source.input(i, errors);
            VenueRules.Checked checked = errors.isEmpty() ? service.rules().check(tenant, input, "", errors) : null;
            if (checked != null) {
                Integer earlier = firstRowOfKey.putIfAbsent(checked.naturalKey(), rowNumber);
                if (earlier != null) {
                    errors.add(new FieldError(checked.creditCode() != null ? "creditCode" : "name",
                            "与第 " + earlier + " 行是同一阵地（统一社会信用代码，或类型、名称、街道相同）"));
                    checked = null;
                }
            }
            if (checked == null) {
                if (results.size() < ImportReport.LISTED_ROWS) {
                    results.add(new RowResult(rowNumber, RowResult.REJECTED, null, clip(input.name()), errors));
                }
            } else {
                batch.add(checked);
                batchRows.add(listAccepted ? results.size() : -1);
                if (listAccepted) {
                    results.add(null);
                }
            }
            if (batch.size() == BATCH) {
                accepted += store(batch, batchRows, results, rowNumberOf);
            }
            progress.accept(i + 1);
        }
        accepted += store(batch, batchRows, results, rowNumberOf);
        return new ImportReport(size, accepted, size - accepted, ignoredColumns, results, size - results.size());
    }

    /** The report stays small whatever the file holds: names and the list of unknown columns are cut. */
    static final int MAX_NAME = 100;
    static final int MAX_IGNORED_COLUMNS = 50;

    static String clip(String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }

    static List<String> bounded(List<String> ignoredColumns) {
        return ignoredColumns.size() <= MAX_IGNORED_COLUMNS ? ignoredColumns
                : ignoredColumns.stream().limit(MAX_IGNORED_COLUMNS).map(Importer::clip).toList();
    }

    private int store(List<VenueRules.Checked> batch, List<Integer> slots, List<RowResult> results,
                      IntUnaryOperator rowNumberOf) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<VenueEntity> stored = service.upsert(batch);
        for (int j = 0; j < stored.size(); j++) {
            int slot = slots.get(j);
            if (slot < 0) {
                continue;
            }
            results.set(slot, new RowResult(rowNumberOf.applyAsInt(slot), RowResult.ACCEPTED, stored.get(j).id(),
                    stored.get(j).name, List.of()));
        }
        int n = batch.size();
        batch.clear();
        slots.clear();
        return n;
    }
}
