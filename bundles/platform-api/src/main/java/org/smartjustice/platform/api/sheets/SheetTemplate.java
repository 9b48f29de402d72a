package org.smartjustice.platform.api.sheets;

import java.util.List;
import java.util.Objects;

/** A downloadable import template: one sheet with the header row and an example row. */
public record SheetTemplate(String sheetName, List<SheetColumn> columns) {

    public SheetTemplate {
        Objects.requireNonNull(sheetName, "sheetName");
        columns = List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(SheetColumn::header).toList();
    }
}
