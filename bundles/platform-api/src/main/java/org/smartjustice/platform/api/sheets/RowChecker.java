package org.smartjustice.platform.api.sheets;

import java.util.List;

import org.smartjustice.platform.api.problem.FieldError;

/**
 * Checks one row of an import on its own.
 *
 * @param <R> the row: a spreadsheet row's cells by header, or an item of a pushed JSON list
 * @param <C> the row checked, ready to store
 * @since 1.3
 */
@FunctionalInterface
public interface RowChecker<R, C> {

    /**
     * @param index  the row's index in the file or list, from 0
     * @param errors where the row's faults go, each naming its field
     * @return the checked row, or null when it has faults (added to {@code errors})
     */
    C check(R row, int index, List<FieldError> errors);
}
