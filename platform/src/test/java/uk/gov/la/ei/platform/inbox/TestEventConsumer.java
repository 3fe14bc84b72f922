package uk.gov.la.ei.platform.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.platform.events.CloudEventCodec;
import uk.gov.la.ei.platform.messaging.InboundRecords;
import uk.gov.la.ei.platform.problem.InvalidInputException;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer as the services write them, for the chassis's own tests: its effect is a row per event
 * (with the event's {@code note}, into a short column). An event's data can ask it to refuse
 * ({@code "refuse": "<field>"}), to fail in a way the classifier does not know ({@code "boom": true}), or to
 * publish an event about a school ({@code "publishFor": "<urn>"}).
 */
@ApplicationScoped
public class TestEventConsumer {

    static final AtomicInteger deliveries = new AtomicInteger();
    static final AtomicInteger booms = new AtomicInteger();

    @Inject
    CloudEventCodec codec;
    @Inject
    IdempotentConsumer idempotent;
    @Inject
    InboundRecords inbound;
    @Inject
    EntityManager em;
    @Inject
    uk.gov.la.ei.platform.outbox.Outbox outbox;

    /** Consumes in batches (as notification-service's notices are): the failure discipline holds per record. */
    @Incoming("test-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        inbound.processBatch("platform-test", records, this::handle);
    }

    void handle(ConsumerRecord<String, String> r) {
        CloudEventCodec.ReceivedEvent event = codec.decode(r.headers(), r.value());
        if (event.data().hasNonNull("refuse")) {
            throw new InvalidInputException(event.data().get("refuse").asText(), "refused by the test consumer");
        }
        if (event.data().path("boom").asBoolean()) {
            booms.incrementAndGet();
            throw new IllegalStateException("boom: a failure nobody classified");
        }
        if (event.data().hasNonNull("publishFor")) {
            idempotent.handleOnce("platform-test", event, e -> outbox.publish(new uk.gov.la.ei.contracts.events.AcknowledgementOverdue(
                    java.util.UUID.randomUUID(), e.data().get("publishFor").asText(), java.time.Instant.now(), null)));
            return;
        }
        idempotent.handleOnce("platform-test", event, e -> em
                .createNativeQuery("insert into test_effect (event_id, note) values (:id, :note)")
                .setParameter("id", e.id())
                .setParameter("note", e.data().path("note").asText(null))
                .executeUpdate());
        deliveries.incrementAndGet();
    }
}
