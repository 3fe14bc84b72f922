package uk.gov.la.ei.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.testinfra.RealInfrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ProcessedEventLogTest {

    @Inject
    EntityManager em;

    private static String cloudEvent(String id) {
        return """
                {"specversion":"1.0","id":"%s","source":"/test","type":"uk.gov.la.ei.test.v1",
                 "time":"2026-11-23T12:00:00Z","subject":"116123","datacontenttype":"application/json","data":{"n":1}}
                """.formatted(id);
    }

    private long effects(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from test_effect where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    @Test
    void anEventDeliveredThreeTimesHasOneEffect() throws Exception {
        String repeated = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        int before = TestEventConsumer.deliveries.get();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>("platform.test-events", "116123", cloudEvent(repeated))).get();
            }
            producer.send(new ProducerRecord<>("platform.test-events", "116123", cloudEvent(other))).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> TestEventConsumer.deliveries.get() >= before + 4);

        assertThat(effects(repeated)).isEqualTo(1);
        assertThat(effects(other)).isEqualTo(1);
    }
}
