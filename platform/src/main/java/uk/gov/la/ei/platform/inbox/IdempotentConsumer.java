package uk.gov.la.ei.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.platform.events.CloudEventCodec.ReceivedEvent;

import java.util.function.Consumer;

/** Runs a consumer's effect once per event id, in one transaction with the processed-event record. */
@ApplicationScoped
public class IdempotentConsumer {

    @Inject
    ProcessedEventLog log;

    /** @return false if this consumer had already handled the event (nothing was done) */
    @Transactional
    public boolean handleOnce(String consumer, ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        if (!log.firstTime(consumer, event.id(), event.type())) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
