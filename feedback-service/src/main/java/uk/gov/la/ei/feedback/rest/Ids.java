package uk.gov.la.ei.feedback.rest;

import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.util.List;
import java.util.UUID;

/** Path and query parameters read the same way everywhere: a bad one is a 400 naming it, never a 404 or 500. */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "is not an id (a UUID): " + value);
        }
    }

    static Integer optionalNumber(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "must be a whole number, was " + value));
            return null;
        }
    }

    static int number(String field, String value, List<Violation> violations) {
        Integer n = optionalNumber(field, value, violations);
        return n == null ? 0 : n;
    }
}
