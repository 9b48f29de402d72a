package org.smartjustice.platform.api.sheets;

import org.osgi.annotation.versioning.ProviderType;
import org.smartjustice.platform.api.rest.Upload;

/**
 * Reads uploaded spreadsheets and writes import templates, for every module's imports. Files are
 * judged by their bytes, not by the type the client declared: CSV in UTF-8 (with or without BOM)
 * or GB18030, or an XLSX workbook (its first sheet; formula cells read as their cached values),
 * within limits on rows, cells and expanded size that a malicious workbook cannot get past.
 */
@ProviderType
public interface Spreadsheets {

    /**
     * @param format  {@code csv} or {@code xlsx} as the caller declared it, or null to let the bytes decide
     * @param charset a CSV charset the caller declared, or null (the upload's declared type, then the bytes decide)
     * @param maxRows data rows past which the file is refused unread
     * @throws org.smartjustice.platform.api.problem.ProblemException 415 {@code unsupported-file} for a file
     *         that is neither (naming what it is), 413 {@code too-many-rows}, 400 naming {@code format},
     *         {@code charset} or {@code body} for a file that cannot be read
     */
    Table read(Upload upload, String format, String charset, int maxRows);

    /** The template as CSV, UTF-8 with BOM so that spreadsheet software shows the Chinese headers. */
    byte[] csv(SheetTemplate template);

    /** The template as an XLSX workbook: header row bold and frozen, columns formatted and sized. */
    byte[] xlsx(SheetTemplate template);
}
