package uk.gov.la.ei.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.platform.events.CloudEventCodec;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The one way a service tells the others something: the event is stored in the caller's
 * transaction, so it exists if and only if the state change does, and is relayed to Kafka after commit.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    CloudEventCodec codec;
    @Inject
    Clock clock;
    @Inject
    Event<OutboxWritten> written;
    @Inject
    MeterRegistry metrics;

    /** Must run inside the transaction of the state change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(IntegrationEvent event) {
        EventCatalog entry = EventCatalog.of(event);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        OutboxMessage message = new OutboxMessage();
        message.eventId = id;
        message.topic = entry.topic();
        message.recordKey = event.urn();
        message.eventType = entry.type();
        message.payload = codec.encode(entry, event, id, now);
        message.createdAt = now;
        message.persist();
        metrics.counter("outbox.events.written", "type", entry.type()).increment();
        // observed after a successful commit: the relay then sends without waiting for its next poll
        written.fire(new OutboxWritten(id));
        return id;
    }

    /** Fired inside the writing transaction; observers act after it commits. */
    public record OutboxWritten(UUID eventId) {
    }
}
