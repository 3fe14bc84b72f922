package uk.gov.la.ei.notification.registry;

import java.util.List;

/**
 * The outcome of reading one of the LA's own CSV files: the rows that could be used, and an error
 * for each that could not. A bad row never stops the read; only a bad header does.
 *
 * @param rows   the good rows, in file order
 * @param errors the problems found, in file order
 * @param <T>    the row type
 */
public record CsvReadResult<T>(List<T> rows, List<RowError> errors) {

    public CsvReadResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
