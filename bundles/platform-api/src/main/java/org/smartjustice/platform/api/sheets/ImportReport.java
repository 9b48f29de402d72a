package org.smartjustice.platform.api.sheets;

import java.util.List;

import org.smartjustice.platform.api.problem.FieldError;

/**
 * What an import did, row by row: accepted rows name what they stored, rejected rows say why.
 * Bounded whatever the file's size: {@code rows} lists every row of a file of at most
 * {@value #LISTED_ROWS} data rows; of a larger one the first {@value #LISTED_ROWS} rejected rows
 * only, and {@code unlistedRows} counts the rows (accepted or rejected) that are not listed.
 *
 * @param ignoredColumns headers of the file that no column of the import has
 */
public record ImportReport(int total, int accepted, int rejected, List<String> ignoredColumns, List<RowResult> rows,
                           int unlistedRows) {

    public static final int LISTED_ROWS = 1000;

    /**
     * @param row    the row's number as the user sees it in the file (the header is row 1)
     * @param id     the id of what an accepted row stored
     * @param name   what the row calls itself, for people reading the report
     */
    public record RowResult(int row, String status, String id, String name, List<FieldError> errors) {

        public static final String ACCEPTED = "ACCEPTED";
        public static final String REJECTED = "REJECTED";
    }
}
