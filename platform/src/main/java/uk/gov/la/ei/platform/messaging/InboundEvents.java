package uk.gov.la.ei.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.IntegrationEvent;
import uk.gov.la.ei.platform.events.CloudEventCodec;
import uk.gov.la.ei.platform.events.CloudEventCodec.ReceivedEvent;
import uk.gov.la.ei.platform.events.MalformedEventException;
import uk.gov.la.ei.platform.inbox.IdempotentConsumer;

import java.util.Optional;

/**
 * How a service consumes the others' events: read the CloudEvent, bind its data to the contract
 * record of its type, and run the handler once per event id (processed-event log, one transaction with
 * the handler's effects) – all under {@link InboundRecords}' failure discipline. An event type this
 * consumer does not handle is skipped (tolerant reader); an unreadable one is dead-lettered.
 *
 * <pre>
 * &#64;Incoming("inspections") &#64;Blocking
 * public void on(ConsumerRecord&lt;String, String&gt; record) {
 *     inbound.consume("support-tracking.inspections", record, (event, meta) -&gt; { ... });
 * }
 * </pre>
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    @Inject
    InboundRecords records;
    @Inject
    CloudEventCodec codec;
    @Inject
    IdempotentConsumer idempotent;
    @Inject
    uk.gov.la.ei.platform.inbox.ProcessedEventLog log;

    /** What a consumer does with one event; runs inside the transaction that records the event as processed. */
    @FunctionalInterface
    public interface EventHandler {
        /** @return false if this consumer does not handle the event's type (it is skipped, not recorded) */
        boolean handle(IntegrationEvent event, ReceivedEvent meta);
    }

    public void consume(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        records.process(consumer, record, r -> handle(consumer, r, handler));
    }

    /** A poll's events in one transaction, each under the same discipline (see {@link InboundRecords#processBatch}). */
    public void consume(String consumer, ConsumerRecords<String, String> poll, EventHandler handler) {
        records.processBatch(consumer, poll, r -> handle(consumer, r, handler));
    }

    private void handle(String consumer, ConsumerRecord<String, String> r, EventHandler handler) {
        ReceivedEvent received = codec.decode(r.headers(), r.value());
        Optional<EventCatalog> entry = EventCatalog.ofType(received.type());
        if (entry.isEmpty()) {
            LOG.debugf("%s skips event %s of a type it does not know: %s", consumer, received.id(), received.type());
            return;
        }
        IntegrationEvent event = received.data(entry.get().payload());
        if (event == null) {
            throw new MalformedEventException("data", "is required");
        }
        if (r.key() != null && event.urn() != null && !r.key().equals(event.urn())) {
            throw new MalformedEventException("key", "record key " + r.key() + " is not the event's URN " + event.urn());
        }
        idempotent.once(consumer, received.id(), received.type(), () -> {
            if (!handler.handle(event, received)) {
                log.forget(consumer, received.id()); // not this consumer's business: nothing to remember
            }
            return Boolean.TRUE;
        });
    }
}
