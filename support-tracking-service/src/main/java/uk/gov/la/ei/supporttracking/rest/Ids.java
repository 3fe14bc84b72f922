package uk.gov.la.ei.supporttracking.rest;

import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.util.UUID;

/** Path parameters and bodies as the resources read them: a malformed one is a 400 naming it. */
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

    static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        return body;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", was " + value);
        }
    }
}
