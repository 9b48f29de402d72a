package org.smartjustice.platform.api.sheets;

import java.util.Locale;

import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Downloads;

/**
 * The two spreadsheet formats that imports read and exports write.
 *
 * @since 1.3
 */
public enum SheetFormat {
    CSV(Downloads.CSV, "csv"),
    XLSX(Downloads.XLSX, "xlsx");

    private final String mediaType;
    private final String extension;

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format a caller asked for in the query parameter {@code format}: {@code csv} or
     * {@code xlsx} in any case, or {@code fallback} when none was named.
     *
     * @throws ProblemException 400 naming {@code format}
     */
    public static SheetFormat of(String format, SheetFormat fallback) {
        if (format == null || format.isBlank()) {
            return fallback;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw ProblemException.invalidField("format", "应为 csv 或 xlsx");
        };
    }
}
