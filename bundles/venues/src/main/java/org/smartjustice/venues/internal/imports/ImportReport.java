package org.smartjustice.venues.internal.imports;

import java.util.List;

import org.smartjustice.platform.api.problem.FieldError;

/** What an import did, row by row: accepted rows name the venue, rejected rows say why. */
public record ImportReport(int total, int accepted, int rejected, List<String> ignoredColumns, List<RowResult> rows) {

    public record RowResult(int row, String status, String venueId, String name, List<FieldError> errors) {

        public static final String ACCEPTED = "ACCEPTED";
        public static final String REJECTED = "REJECTED";
    }
}
