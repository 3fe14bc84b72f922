package uk.gov.la.ei.platform.events;

/** A record that is not a readable CloudEvent; names the part that is wrong. */
public class MalformedEventException extends RuntimeException {
    private final String field;

    public MalformedEventException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
