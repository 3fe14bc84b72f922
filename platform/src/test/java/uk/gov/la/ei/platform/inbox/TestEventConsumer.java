package uk.gov.la.ei.platform.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.la.ei.platform.events.CloudEventCodec;

import java.util.concurrent.atomic.AtomicInteger;

/** A consumer as the services write them, for the chassis's own test: its effect is a row per event. */
@ApplicationScoped
public class TestEventConsumer {

    static final AtomicInteger deliveries = new AtomicInteger();

    @Inject
    CloudEventCodec codec;
    @Inject
    IdempotentConsumer idempotent;
    @Inject
    EntityManager em;

    @Incoming("test-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        CloudEventCodec.ReceivedEvent event = codec.decode(record.headers(), record.value());
        idempotent.handleOnce("platform-test", event, e -> em
                .createNativeQuery("insert into test_effect (event_id) values (:id)")
                .setParameter("id", e.id())
                .executeUpdate());
        deliveries.incrementAndGet();
    }
}
