package org.smartjustice.platform.api.sheets;

import java.util.List;
import java.util.Map;

/**
 * A spreadsheet read into memory: its header names and its data rows, each row mapping a header
 * to the cell's text. {@code rowNumbers} are the rows' numbers as the user sees them in the
 * file (the header is row 1), so that a report can point at them.
 */
public record Table(List<String> headers, List<Map<String, String>> rows, List<Integer> rowNumbers) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        rowNumbers = List.copyOf(rowNumbers);
    }

    public int size() {
        return rows.size();
    }
}
