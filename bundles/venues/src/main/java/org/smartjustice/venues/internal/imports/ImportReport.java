package org.smartjustice.venues.internal.imports;

import java.util.List;

import org.smartjustice.platform.api.problem.FieldError;

/**
 * What an import did, row by row: accepted rows name the venue, rejected rows say why. Bounded
 * whatever the file's size: {@code rows} lists every row of a file of at most {@value #LISTED_ROWS}
 * data rows; of a larger one the first {@value #LISTED_ROWS} rejected rows only, and
 * {@code unlistedRows} counts the rows (accepted or rejected) that are not listed.
 */
public record ImportReport(int total, int accepted, int rejected, List<String> ignoredColumns, List<RowResult> rows,
                           int unlistedRows) {

    public static final int LISTED_ROWS = 1000;

    public record RowResult(int row, String status, String venueId, String name, List<FieldError> errors) {

        public static final String ACCEPTED = "ACCEPTED";
        public static final String REJECTED = "REJECTED";
    }
}
