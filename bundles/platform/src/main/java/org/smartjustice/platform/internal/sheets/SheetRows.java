package org.smartjustice.platform.internal.sheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartjustice.platform.api.sheets.SpreadsheetCells;
import org.smartjustice.platform.api.sheets.Table;

/**
 * Collects the cells that {@link SheetHandler} streams out of a worksheet into a {@link Table}, the way
 * {@link CsvTables} does for CSV: row 1 is the header, a cell belongs to the header of its
 * column (by its reference, so skipped empty cells do not shift anything), cells right of the
 * last header are ignored, cells and headers are trimmed, rows with nothing but blanks are
 * skipped, and rows keep the numbers the sheet shows.
 */
final class SheetRows {

    /**
     * Cell text kept in memory at most: 20 million characters (40 MB), far above a real list of
     * 50,000 rows; the shared strings have the same budget of their own. Chosen so that a read
     * ({@code SpreadsheetService} allows one at a time) fits the default heap: a workbook of highly compressible
     * text otherwise expands 14-fold past a 13 MB upload.
     */
    static final long MAX_CHARS = 20L * 1024 * 1024;

    /** Excel's own limit for one cell; a longer one is no spreadsheet a user typed. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Thrown from the streaming callbacks when the sheet holds more text than we keep. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            this("表格内容过多，请拆分为多个文件导入");
        }

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown from the streaming callbacks at the first data row past the limit. */
    static final class RowLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowLimit() {
            super(null, null, false, false);
        }
    }

    private final long maxChars;
    private final int maxRows;
    private final List<String> headers = new ArrayList<>();
    private final List<Map<String, String>> rows = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();
    private final Map<Integer, String> cells = new TreeMap<>();
    private int row = -1;
    private int lastColumn = -1;
    private long chars;

    SheetRows() {
        this(MAX_CHARS);
    }

    SheetRows(long maxChars) {
        this(maxChars, Integer.MAX_VALUE);
    }

    SheetRows(long maxChars, int maxRows) {
        this.maxChars = maxChars;
        this.maxRows = maxRows;
    }

    int maxRows() {
        return maxRows;
    }

    void startRow(int rowIndex) {
        row = rowIndex;
        lastColumn = -1;
        cells.clear();
    }

    void cell(String reference, String text) {
        int column = reference == null ? lastColumn + 1 : column(reference);
        lastColumn = column;
        if (text == null || column < 0 || row > 0 && column >= headers.size()) {
            return;
        }
        String value = text.trim();
        if (value.length() > MAX_CELL_CHARS) {
            throw cellTooLong(reference);
        }
        chars += value.length();
        if (chars > maxChars) {
            throw new TooLarge();
        }
        cells.put(column, row > 0 ? SpreadsheetCells.read(value) : value);
    }

    void endRow(int rowIndex) {
        if (rowIndex == 0) {
            int width = cells.isEmpty() ? 0 : ((TreeMap<Integer, String>) cells).lastKey() + 1;
            for (int c = 0; c < width; c++) {
                headers.add(cells.getOrDefault(c, ""));
            }
            return;
        }
        if (rowIndex < 0 || cells.values().stream().allMatch(String::isEmpty)) {
            return;
        }
        if (rows.size() == maxRows) {
            throw new RowLimit();
        }
        Map<String, String> values = new LinkedHashMap<>();
        cells.forEach((column, value) -> values.put(headers.get(column), value));
        rows.add(values);
        numbers.add(rowIndex + 1);
    }

    Table table() {
        return new Table(headers, rows, numbers);
    }

    /** The zero-based column of a reference such as {@code AB12}; -1 if it names none. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char ch = Character.toUpperCase(reference.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            column = column * 26 + (ch - 'A' + 1);
            if (column > 16_384) {
                return -1;
            }
        }
        return i == 0 ? -1 : column - 1;
    }

    static TooLarge cellTooLong(String reference) {
        return new TooLarge("单元格" + (reference == null ? "" : " " + reference + " ") + "超过 " + MAX_CELL_CHARS
                + " 个字符（Excel 单元格的上限）");
    }
}
