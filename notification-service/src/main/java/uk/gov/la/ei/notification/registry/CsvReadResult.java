package uk.gov.la.ei.notification.registry;

import java.util.List;

/**
 * The outcome of reading one of the LA's own CSV files: the rows that could be used, and an error
 * for each that could not. A bad row never stops the read; only a bad header does.
 *
 * @param rows       the good rows, in file order
 * @param errors     the problems found, in file order: the first {@link RowErrors#MAX_LISTED}
 * @param errorCount how many problems there are in all
 * @param <T>        the row type
 */
public record CsvReadResult<T>(List<T> rows, List<RowError> errors, long errorCount) {

    public CsvReadResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        if (errorCount < errors.size()) {
            throw new IllegalArgumentException("errorCount " + errorCount + " < " + errors.size() + " errors listed");
        }
    }

    public CsvReadResult(List<T> rows, List<RowError> errors) {
        this(rows, errors, errors.size());
    }

    CsvReadResult(List<T> rows, RowErrors errors) {
        this(rows, errors.listed(), errors.count());
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
