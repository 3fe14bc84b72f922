package uk.gov.la.ei.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.platform.events.CloudEventCodec.ReceivedEvent;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a consumer's effect once per event id, in one transaction with the processed-event record:
 * the one way every consumer (Kafka or HTTP) makes a redelivered event harmless.
 */
@ApplicationScoped
public class IdempotentConsumer {

    @Inject
    ProcessedEventLog log;

    /** The effect's result the first time {@code consumer} sees {@code eventId}; empty for a repeat. */
    @Transactional
    public <T> Optional<T> once(String consumer, String eventId, String eventType, Supplier<T> effect) {
        if (!log.firstTime(consumer, eventId, eventType)) {
            return Optional.empty();
        }
        return Optional.of(effect.get());
    }

    /** @return false if this consumer had already handled the event (nothing was done) */
    @Transactional
    public boolean handleOnce(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        return once(consumer, event.id(), event.type(), () -> {
            effect.accept(event);
            return Boolean.TRUE;
        }).isPresent();
    }
}
