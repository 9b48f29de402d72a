package org.smartjustice.platform.api.sheets;

import java.util.List;

import javax.ws.rs.core.Response;

import org.osgi.annotation.versioning.ProviderType;
import org.smartjustice.platform.api.rest.Downloads;
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

    /**
     * Data (an export, a report) as CSV under the headers of {@code columns}: UTF-8 with BOM, CRLF,
     * every text cell that a spreadsheet would take for a formula neutralised (DESIGN §5,
     * {@link SpreadsheetCells#text}); cells of {@link SheetColumn.Format#NUMBER} columns as given.
     * A null cell is empty.
     *
     * @since 1.2
     */
    byte[] csv(SheetTemplate columns, List<List<String>> rows);

    /**
     * Data as an XLSX workbook like the template (header bold and frozen): cells are written as
     * values, never as formulas, so nothing in them is evaluated; NUMBER columns as numbers where
     * the text is one, TEXT columns formatted as text. Written as a stream, so large exports stay
     * out of the heap.
     *
     * @since 1.2
     */
    byte[] xlsx(SheetTemplate columns, List<List<String>> rows);

    /**
     * Data as a file to download ({@link Downloads#attachment}): {@link #csv(SheetTemplate, List)} or
     * {@link #xlsx(SheetTemplate, List)}, named {@code fileStem.csv} or {@code fileStem.xlsx}.
     *
     * @since 1.3
     */
    default Response download(SheetFormat format, String fileStem, SheetTemplate columns, List<List<String>> rows,
                              Downloads.Contents contents) {
        byte[] bytes = format == SheetFormat.XLSX ? xlsx(columns, rows) : csv(columns, rows);
        return Downloads.attachment(bytes, format.mediaType(), fileStem + "." + format.extension(), contents).build();
    }
}
