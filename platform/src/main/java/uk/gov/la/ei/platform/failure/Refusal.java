package uk.gov.la.ei.platform.failure;

/**
 * A "no" that will be the same next time: bad input, a contract violation, a domain rule refusing the
 * request. Over HTTP it is a 4xx problem; on Kafka the record goes to its dead-letter topic. Names the
 * field where there is one.
 */
public abstract class Refusal extends RuntimeException {

    private final String field;

    protected Refusal(String field, String message) {
        super(message);
        this.field = field;
    }

    protected Refusal(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The offending field (a dotted path such as {@code data.urn}), or null. */
    public String field() {
        return field;
    }
}
