package uk.gov.la.ei.feedback.rest;

/**
 * A CSV cell that a spreadsheet will not run as a formula (CSV/formula injection, OWASP): school names
 * and keep-in-touch points come from outside, and a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @} (or a tab or carriage return, which some spreadsheets skip before one) is prefixed with a
 * single quote, which the spreadsheet shows as text.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
