package uk.gov.la.ei.notification.registry;

/**
 * A problem with one row of a CSV file, for the person who has to fix the file.
 *
 * @param line    the line of the file the row starts on (the header is line 1); 0 for a problem
 *                with the file as a whole rather than one row
 * @param column  the column the problem is in, or {@code null} when it concerns the whole row
 * @param message what is wrong, in words the file's owner understands
 */
public record RowError(long line, String column, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? "line " + line : "file";
        return column == null ? where + ": " + message : where + ", column " + column + ": " + message;
    }
}
