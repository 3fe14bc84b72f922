package uk.gov.la.ei.platform.events;

import uk.gov.la.ei.platform.failure.Refusal;

/** A record that is not a readable CloudEvent; names the part that is wrong. */
public class MalformedEventException extends Refusal {

    public MalformedEventException(String field, String message) {
        super(field, field + ": " + message);
    }
}
