package org.smartjustice.platform.api.sheets;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.annotation.versioning.ProviderType;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.rest.Upload;

/**
 * Runs a module's {@link SheetImport}s. Each module bundle gets its own instance (bundle scope), so its
 * import jobs are its own and end with it. Every row is checked on its own; a key seen in an earlier
 * row of the same file is refused; valid rows are stored in batches of {@value #BATCH} (one
 * transaction each); the {@link ImportReport} lists every row of a small file, else the first
 * rejected rows; the outcome is audited.
 *
 * @since 1.3
 */
@ProviderType
public interface SheetImports {

    /** Files with fewer data rows are answered with their report; larger ones run as a job. */
    int SYNC_LIMIT = 10_000;
    /** The upload limit of every import, for {@code @UploadLimit(mebibytes = SheetImports.MAX_MIB)}. */
    int MAX_MIB = 32;
    /** Rows stored per transaction. */
    int BATCH = 500;

    /**
     * Reads the uploaded spreadsheet ({@link Spreadsheets#read}) and imports it: {@code 200} with the
     * report below {@value #SYNC_LIMIT} rows, else {@code 202} with the job's {@code Location}.
     *
     * @param checker given the whole table (to look up what its rows refer to in one query), the
     *                check of one row's cells by header
     * @throws org.smartjustice.platform.api.problem.ProblemException 400 naming {@code body} for a
     *         file without data rows, and whatever {@link Spreadsheets#read} refuses
     */
    <C, S> Response importFile(SheetImport<C, S> definition, Upload file, String format, String charset, UriInfo uri,
                               Function<Table, RowChecker<Map<String, String>, C>> checker);

    /**
     * Imports rows that are not a file (a host's JSON push, demo data) the same way, at once,
     * audited as {@code action} on {@code target}.
     *
     * @param nameOfRow what a row calls itself when it is rejected
     */
    <R, C, S> ImportReport importRows(SheetImport<C, S> definition, String action, String target, List<R> rows,
                                      Function<R, String> nameOfRow, RowChecker<R, C> checker);

    /** An import job of this definition's kind, of the current tenant (404 otherwise). */
    Job job(SheetImport<?, ?> definition, String id);

    /** The template as {@code format} ({@code csv}, the default, or {@code xlsx}; 400 naming {@code format}). */
    Response template(SheetImport<?, ?> definition, String format);
}
