package uk.gov.la.ei.wellbeing.rest;

import uk.gov.la.ei.contracts.notice.Violation;
import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Query parameters read by hand, so that a bad one is a 400 naming it (not a framework 404). */
final class Paging {

    static final int MAX_SIZE = 100;
    static final int PURPOSE_MAX = 150;

    record Page(int page, int size) {
    }

    private Paging() {
    }

    static Page page(String page, String size, List<Violation> violations) {
        int p = number("page", page, violations);
        int s = number("size", size, violations);
        if (p < 0) {
            violations.add(new Violation("page", "must not be negative"));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        return new Page(p, s);
    }

    static int number(String field, String value, List<Violation> violations) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            violations.add(new Violation(field, "must be a whole number, was " + value));
            return 0;
        }
    }

    static UUID uuid(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "is not an id (a UUID): " + value));
            return null;
        }
    }

    static UUID id(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "is not an id (a UUID): " + value);
        }
    }

    static Instant instant(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be an instant such as 2026-11-23T12:00:00Z, was " + value));
            return null;
        }
    }

    /** The optional purpose a caller states for an access (X-Purpose header), recorded as part of "why". */
    static String purpose(String value) {
        if (value != null && value.length() > PURPOSE_MAX) {
            throw new InvalidInputException("X-Purpose", "must be at most " + PURPOSE_MAX + " characters");
        }
        return value;
    }

    static void check(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
