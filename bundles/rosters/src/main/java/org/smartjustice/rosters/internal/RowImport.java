package org.smartjustice.rosters.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.ImportReport;
import org.smartjustice.platform.api.sheets.ImportReport.RowResult;

/**
 * Imports rows one by one: each row is checked on its own, a key seen in an earlier row of the same
 * file is refused, valid rows are stored in batches (one transaction each); the report lists every
 * row of a small file, else the first rejected rows only ({@link ImportReport}).
 *
 * @param <C> a checked row, ready to store
 * @param <S> what storing a row gives back
 */
public final class RowImport<C, S> {

    public static final int BATCH = 500;
    static final int MAX_NAME = 100;

    /** Checks a row: the checked value, or null with the errors added. */
    public interface Checker<C> {
        C check(int index, List<FieldError> errors);
    }

    private final Function<C, String> key;
    private final String keyField;
    private final Function<List<C>, List<S>> store;
    private final Function<S, String> idOf;
    private final Function<C, String> nameOf;

    public RowImport(Function<C, String> key, String keyField, Function<List<C>, List<S>> store, Function<S, String> idOf,
                     Function<C, String> nameOf) {
        this.key = key;
        this.keyField = keyField;
        this.store = store;
        this.idOf = idOf;
        this.nameOf = nameOf;
    }

    /**
     * @param rowNumbers the rows' numbers as the user sees them (header row 1), by index
     * @param nameOfRow  what a row calls itself, for rejected rows (which have no checked value)
     */
    public ImportReport run(int size, List<Integer> rowNumbers, Checker<C> checker, Function<Integer, String> nameOfRow,
                            List<String> ignoredColumns, IntConsumer progress) {
        boolean listAccepted = size <= ImportReport.LISTED_ROWS;
        List<RowResult> results = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        List<C> batch = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<Integer> batchRows = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < size; i++) {
            int rowNumber = rowNumbers.get(i);
            List<FieldError> errors = new ArrayList<>();
            C checked = checker.check(i, errors);
            if (checked != null) {
                Integer earlier = firstRowOfKey.putIfAbsent(key.apply(checked), rowNumber);
                if (earlier != null) {
                    errors.add(new FieldError(keyField, "与第 " + earlier + " 行重复"));
                    checked = null;
                }
            }
            if (checked == null) {
                if (results.size() < ImportReport.LISTED_ROWS) {
                    results.add(new RowResult(rowNumber, RowResult.REJECTED, null, clip(nameOfRow.apply(i)), errors));
                }
            } else {
                batch.add(checked);
                batchRows.add(rowNumber);
                slots.add(listAccepted ? results.size() : -1);
                if (listAccepted) {
                    results.add(null);
                }
            }
            if (batch.size() == BATCH) {
                accepted += flush(batch, slots, batchRows, results);
            }
            progress.accept(i + 1);
        }
        accepted += flush(batch, slots, batchRows, results);
        return new ImportReport(size, accepted, size - accepted, ignoredColumns, results, size - results.size());
    }

    private int flush(List<C> batch, List<Integer> slots, List<Integer> rows, List<RowResult> results) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<S> stored = store.apply(batch);
        for (int j = 0; j < stored.size(); j++) {
            if (slots.get(j) >= 0) {
                results.set(slots.get(j), new RowResult(rows.get(j), RowResult.ACCEPTED, idOf.apply(stored.get(j)),
                        clip(nameOf.apply(batch.get(j))), List.of()));
            }
        }
        int n = batch.size();
        batch.clear();
        slots.clear();
        rows.clear();
        return n;
    }

    /** The report stays small whatever the file holds. */
    public static String clip(String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }

    /** The file's unknown headers, at most 50 of them, each cut. */
    public static List<String> bounded(List<String> ignoredColumns) {
        return ignoredColumns.stream().limit(50).map(RowImport::clip).toList();
    }
}
