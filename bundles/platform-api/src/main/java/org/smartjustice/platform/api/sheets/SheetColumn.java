package org.smartjustice.platform.api.sheets;

import java.util.Objects;

/**
 * One column of an import template.
 *
 * @param header  the zh-CN header users see and the import reads
 * @param example the example row's cell, or empty
 * @param format  how the XLSX template formats the column
 */
public record SheetColumn(String header, String example, Format format) {

    public enum Format {
        GENERAL,
        /** Codes and phone numbers: text, so that Excel keeps every digit and leading zero. */
        TEXT,
        /** Coordinates and amounts: the example is a number. */
        NUMBER
    }

    public SheetColumn {
        Objects.requireNonNull(header, "header");
        example = example == null ? "" : example;
        format = format == null ? Format.GENERAL : format;
    }
}
