package uk.gov.la.ei.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail; {@code errors} names each offending field – the first
 * {@link #MAX_LISTED_ERRORS}, with {@code errorCount} saying how many there were in all.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      Integer errorCount) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final int MAX_LISTED_ERRORS = 100;

    public record FieldError(String field, String message) {
    }
}
