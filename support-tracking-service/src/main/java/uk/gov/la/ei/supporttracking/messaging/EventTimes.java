package uk.gov.la.ei.supporttracking.messaging;

import uk.gov.la.ei.platform.events.CloudEventCodec.ReceivedEvent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** When an event happened, from its CloudEvent {@code time} (the producer's commit), where the payload says no better. */
final class EventTimes {

    private EventTimes() {
    }

    static Instant of(ReceivedEvent meta) {
        if (meta == null || meta.time() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(meta.time()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
